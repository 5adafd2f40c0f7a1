// The supervisor's table: every subordinate page with its figures, streaming in as VK answers.
import {
  Button,
  ButtonGroup,
  Checkbox,
  Div,
  Footnote,
  Group,
  Header,
  Placeholder,
  Progress,
  Search,
  SegmentedControl,
  Snackbar,
  Spinner,
} from '@vkontakte/vkui';
import { useMemo, useState } from 'react';
import { useServices } from '../../app/services';
import { exportRows, neutralizeFormula } from '../../core/pages/export';
import { filterRows, sortRows, type RowOrder } from '../../core/pages/supervisor-table';
import { monthOf } from '../../core/time';
import { mergeEntries } from '../../data/children/list-store';
import { countOf, formatDateTime } from '../../shared/format';
import { copyText } from '../../vk/community-actions';
import { describeVkError } from '../../vk/error-messages';
import { AddPages } from './components/AddPages';
import { ChildRowCell } from './components/ChildRowCell';
import { SummaryCard } from './components/SummaryCard';
import { downloadCsv, downloadXlsx } from '../../shared/download';
import { useSupervisor } from './useSupervisor';

const MINUTES = ['минуту', 'минуты', 'минут'] as const;

interface Props {
  parentId: number | null;
  tryCommunity: boolean;
  onOpenChild: (childId: number) => void;
  /** Opens the printable QR posters of every page in the list. */
  onOpenPosters?: () => void;
}

export function SupervisorContent({ parentId, tryCommunity, onOpenChild, onOpenPosters }: Props) {
  const { bridge, clock, launch } = useServices();
  const target = { bridge, platform: launch.platform };
  const [state, session] = useSupervisor(parentId, tryCommunity);
  const [order, setOrder] = useState<RowOrder>('worst');
  const [onlyFailing, setOnlyFailing] = useState(false);
  const [query, setQuery] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const visible = useMemo(
    () => filterRows(sortRows(state.rows, order), { onlyFailing, query }),
    [state.rows, order, onlyFailing, query],
  );

  if (state.list.status === 'opening') return <Spinner size="l" aria-label="Открываем список" />;
  if (state.list.status === 'error') {
    const { title, action } = describeVkError(state.list.error);
    return (
      <Placeholder
        title={title}
        action={
          <Button size="m" onClick={() => session.reopen()}>
            Попробовать снова
          </Button>
        }
      >
        {action}
      </Placeholder>
    );
  }

  const now = Math.floor(clock.now() / 1000);
  const { progress } = state;
  const exportTable = () =>
    exportRows(sortRows(state.rows, order), state.summary, {
      title: 'Подведомственные страницы',
      month: monthOf(now, 'Europe/Moscow'),
      updatedAt: state.oldestFetch === null ? '—' : formatDateTime(state.oldestFetch, 'Europe/Moscow'),
    });

  return (
    <>
      <Group>
        <Div>
          <Footnote data-testid="list-place">
            {state.list.store.place === 'community'
              ? 'Список хранится в сообществе: его видят все администраторы.'
              : 'Список хранится в вашем VK Storage: его видите только вы.'}{' '}
            Страниц в списке: {state.entries.length}.
          </Footnote>
          {state.saveError ? (
            <Footnote data-testid="save-error">
              Последнее изменение списка не сохранилось:{' '}
              {describeVkError(state.saveError).title.toLowerCase()}. Повторите его.
            </Footnote>
          ) : null}
        </Div>
      </Group>
      {state.entries.length > 0 && <SummaryCard summary={state.summary} />}
      {state.entries.length > 0 && (
        <Group header={<Header>Страницы</Header>}>
          <Div>
            <Progress
              value={progress.total === 0 ? 100 : (progress.done / progress.total) * 100}
              aria-label="Обновление"
            />
            <Footnote data-testid="progress">
              {progress.running
                ? `Обновляем: ${progress.done} из ${progress.total}`
                : state.oldestFetch === null
                  ? 'Данные ещё не загружены'
                  : `Обновлено ${minutesAgo(now, state.oldestFetch)}`}
              {progress.error ? ` · ${describeVkError(progress.error).title}` : ''}
            </Footnote>
            <ButtonGroup mode="horizontal" gap="s" style={{ marginTop: 8 }}>
              <Button
                size="s"
                mode="secondary"
                loading={progress.running}
                onClick={() => session.refreshNow()}
              >
                Обновить
              </Button>
              <Button
                size="s"
                mode="secondary"
                data-testid="export-csv"
                onClick={() =>
                  void downloadCsv(target, 'podvedomstvennye.csv', exportTable()).catch(() =>
                    setNotice('Не удалось сохранить файл: скопируйте таблицу.'),
                  )
                }
              >
                Скачать CSV
              </Button>
              <Button
                size="s"
                mode="secondary"
                data-testid="export-xlsx"
                onClick={() =>
                  void downloadXlsx(target, 'podvedomstvennye.xlsx', exportTable()).catch(() =>
                    setNotice('Не удалось сформировать XLSX: скачайте CSV или скопируйте таблицу.'),
                  )
                }
              >
                Скачать XLSX
              </Button>
              <Button
                size="s"
                mode="secondary"
                onClick={() =>
                  void copyText(bridge, tableAsTsv(exportTable())).then((ok) =>
                    setNotice(
                      ok ? 'Таблица скопирована: вставьте её в письмо или Excel.' : 'Не удалось скопировать.',
                    ),
                  )
                }
              >
                Скопировать таблицей
              </Button>
              {onOpenPosters && (
                <Button size="s" mode="secondary" data-testid="open-children-posters" onClick={onOpenPosters}>
                  Плакаты с QR-кодами
                </Button>
              )}
            </ButtonGroup>
          </Div>
          <SegmentedControl
            value={order}
            onChange={(value) => setOrder(value as RowOrder)}
            options={[
              { label: 'Худшие сверху', value: 'worst' },
              { label: 'По рейтингу', value: 'rating' },
              { label: 'По имени', value: 'name' },
            ]}
          />
          <Search
            value={query}
            onChange={(event) => setQuery(event.currentTarget.value)}
            placeholder="Поиск по названию"
          />
          <Checkbox checked={onlyFailing} onChange={(event) => setOnlyFailing(event.currentTarget.checked)}>
            Только не выполняющие показатели
          </Checkbox>
          {visible.map((row) => (
            <ChildRowCell
              key={row.id}
              row={row}
              refine={state.refining.get(row.id)}
              onRefine={() => void session.refine(row.id)}
              onOpen={() => {
                session.setViewOrder(visible.map((r) => r.id));
                onOpenChild(row.id);
              }}
            />
          ))}
          {progress.running && progress.done < progress.total && (
            <Footnote style={{ padding: '8px 16px' }}>
              Ещё {countOf(progress.total - state.rows.length, ['страница', 'страницы', 'страниц'])}{' '}
              загружается…
            </Footnote>
          )}
          {!progress.running && visible.length === 0 && <Placeholder>Ничего не найдено.</Placeholder>}
        </Group>
      )}
      <AddPages
        parentId={parentId}
        existing={state.entries}
        onConfirm={(added) => session.save(mergeEntries(state.entries, added))}
      />
      {notice && <Snackbar onClose={() => setNotice(null)}>{notice}</Snackbar>}
    </>
  );
}

function minutesAgo(now: number, then: number): string {
  const minutes = Math.max(0, Math.floor((now - then) / 60));
  return minutes === 0 ? 'только что' : `${countOf(minutes, MINUTES)} назад`;
}

/** Tab-separated: pastes into Excel and mail clients as a table. */
function tableAsTsv(table: ReturnType<typeof exportRows>): string {
  // Pasted into Excel, a cell starting with = + - @ would run as a formula: hostile page names too.
  const clean = (cell: unknown) =>
    typeof cell === 'string' ? neutralizeFormula(cell.replace(/[\t\n\r]+/g, ' ')) : String(cell ?? '');
  return [...table.summaryLines, [], table.header, ...table.rows]
    .map((row) => row.map(clean).join('\t'))
    .join('\n');
}
