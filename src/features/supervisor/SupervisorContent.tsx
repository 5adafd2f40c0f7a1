// The supervisor's table: every subordinate page with its verdict and figures, streaming in as VK
// answers; a refresh keeps the rows on screen (dimmed) and replaces each as its new figures arrive.
import {
  Button,
  Div,
  Footnote,
  Group,
  Header,
  Placeholder,
  Progress,
  Search,
  Snackbar,
  Spinner,
  useAdaptivityWithJSMediaQueries,
  ViewWidth,
} from '@vkontakte/vkui';
import { useMemo, useState } from 'react';
import { useServices } from '../../shared/services';
import { exportRows, neutralizeFormula } from '../../core/pages/export';
import { filterRows, sortRows } from '../../core/pages/supervisor-table';
import { monthOf } from '../../core/time';
import { mergeEntries } from '../../data/children/list-store';
import { formatDateTime } from '../../shared/format';
import { reasonsLine } from '../../shared/verdict-text';
import { copyText } from '../../data/screen-actions';
import { describeVkError } from '../../shared/vk-error-text';
import { AddPages } from './components/AddPages';
import { ChildRowCell } from './components/ChildRowCell';
import { RepliesControl } from './components/RepliesControl';
import { StatusFilter, SortOrder } from './components/TableControls';
import { SummaryCard } from './components/SummaryCard';
import { TableActions, type TableAction } from './components/TableActions';
import { downloadCsv, downloadXlsx } from '../../shared/download';
import { clockTime, remainingText } from './text';
import { useSupervisor } from './useSupervisor';
import './supervisor.css';
import { progressPercent, progressText } from '../../shared/progress';

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
  const { viewWidth = ViewWidth.SMALL_TABLET } = useAdaptivityWithJSMediaQueries();
  const phone = viewWidth < ViewWidth.SMALL_TABLET;
  const { order, status, query } = state.view;
  const [notice, setNotice] = useState<string | null>(null);
  const sorted = useMemo(() => sortRows(state.rows, order), [state.rows, order]);
  const visible = useMemo(
    () => filterRows(sorted, { status: status === 'all' ? undefined : status, query }),
    [sorted, status, query],
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
  const { progress, pending } = state;
  const exportTable = () =>
    exportRows(sorted, state.summary, {
      title: 'Подведомственные страницы',
      month: monthOf(now, 'Europe/Moscow'),
      updatedAt: state.oldestFetch === null ? '—' : formatDateTime(state.oldestFetch, 'Europe/Moscow'),
      reasonsLine,
    });
  const actions: TableAction[] = [
    {
      id: 'export-csv',
      label: 'Скачать таблицу CSV',
      icon: 'download',
      run: () =>
        void downloadCsv(target, 'podvedomstvennye.csv', exportTable()).catch(() =>
          setNotice('Не удалось сохранить файл: скопируйте таблицу.'),
        ),
    },
    {
      id: 'export-xlsx',
      label: 'Скачать таблицу Excel (XLSX)',
      icon: 'download',
      run: () =>
        void downloadXlsx(target, 'podvedomstvennye.xlsx', exportTable()).catch(() =>
          setNotice('Не удалось сохранить файл Excel: скачайте CSV или скопируйте таблицу.'),
        ),
    },
    {
      id: 'export-copy',
      label: 'Скопировать таблицей',
      icon: 'copy',
      run: () =>
        void copyText(bridge, tableAsTsv(exportTable())).then((ok) =>
          setNotice(ok ? 'Таблица скопирована: вставьте её в письмо или Excel.' : 'Не удалось скопировать.'),
        ),
    },
    ...(onOpenPosters
      ? [
          {
            id: 'open-children-posters',
            label: 'Плакаты с QR-кодами',
            icon: 'qr' as const,
            run: onOpenPosters,
          },
        ]
      : []),
  ];
  const remaining = progress.total - progress.done;
  const repliesFailed = [...state.replyReads.values()].filter((read) => read.status === 'error').length;
  const repliesRead = order === 'waiting' || order === 'slowest' || state.rows.some((row) => row.replies);

  return (
    <>
      <Group>
        <Div>
          <Footnote data-testid="list-place">
            {state.list.store.place === 'community'
              ? 'Список хранится в сообществе: его видят все администраторы.'
              : parentId === null
                ? 'Это ваш личный список: он не связан с сообществом, его видите только вы. Список подведомственных вашего сообщества открывается из «Мои сообщества» → «Подведомственные».'
                : 'Список хранится во ВКонтакте, в ваших данных этого приложения: его видите только вы.'}{' '}
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
      {state.entries.length > 0 && (
        <SummaryCard
          summary={state.summary}
          filter={status}
          onFilter={(next) => session.setView({ status: next })}
        />
      )}
      {state.entries.length > 0 && (
        <Group header={<Header>Страницы</Header>}>
          <Div className="sup-toolbar">
            <Footnote data-testid="progress" aria-live="polite">
              {refreshText(progress, state.oldestFetch, pending.size > 0, now)}
              {progress.error ? ` · ${describeVkError(progress.error).title}` : ''}
            </Footnote>
            {progress.running && (
              <Progress
                value={progressPercent(progress) ?? 0}
                aria-label={progressText({ ...progress, name: 'Обновление' })}
              />
            )}
            <TableActions
              phone={phone}
              refreshing={progress.running}
              onRefresh={() => session.refreshNow()}
              actions={actions}
            />
          </Div>
          <RepliesControl
            progress={state.replies}
            rows={state.rows}
            failed={repliesFailed}
            refreshing={progress.running}
            cost={(scope) => session.repliesCost(scope)}
            onRead={(scope) => session.readReplies(scope)}
            onStop={() => session.stopReplies()}
          />
          <StatusFilter
            value={status}
            counts={state.summary.verdicts}
            all={state.rows.length}
            phone={phone}
            onChange={(next) => session.setView({ status: next })}
          />
          <SortOrder
            value={order}
            phone={phone}
            replies={repliesRead}
            onChange={(next) => session.setView({ order: next })}
          />
          <Search
            value={query}
            onChange={(event) => session.setView({ query: event.currentTarget.value })}
            placeholder="Поиск по названию"
            aria-label="Поиск по названию или короткому имени"
          />
          <div className="sup-rows" aria-busy={progress.running} data-testid="child-rows">
            {visible.map((row) => (
              <ChildRowCell
                key={row.id}
                row={row}
                pending={pending.has(row.id)}
                refine={state.refining.get(row.id)}
                onRefine={() => void session.refine(row.id)}
                replies={state.replyReads.get(row.id)}
                onRetryReplies={() => void session.retryReplies(row.id)}
                onOpen={() => {
                  session.setViewOrder(visible.map((r) => r.id));
                  onOpenChild(row.id);
                }}
              />
            ))}
          </div>
          {progress.running && remaining > 0 && (
            <Footnote className="sup-remaining" data-testid="progress-remaining">
              {remainingText(remaining)}
            </Footnote>
          )}
          {!progress.running && visible.length === 0 && (
            <Placeholder>
              {status === 'all' && query === ''
                ? 'Ничего не найдено.'
                : 'Таких страниц нет. Выберите «Все», чтобы увидеть весь список.'}
            </Placeholder>
          )}
        </Group>
      )}
      <AddPages
        parentId={parentId}
        existing={state.entries}
        phone={phone}
        onConfirm={(added) => session.save(mergeEntries(state.entries, added))}
      />
      {notice && <Snackbar onClose={() => setNotice(null)}>{notice}</Snackbar>}
    </>
  );
}

/**
 * «Обновлено в 14:05»; while a refresh runs, its count and the time of the figures still shown
 * («Обновляем: 5 из 22 · бледные строки — данные на 14:05»).
 */
function refreshText(
  progress: { running: boolean; done: number; total: number },
  oldestFetch: number | null,
  showingOld: boolean,
  now: number,
): string {
  if (progress.running) {
    const count = progressText({ ...progress, name: 'Обновляем' });
    return showingOld && oldestFetch !== null
      ? `${count} · бледные строки — данные ${clockTime(oldestFetch, now, 'на')}`
      : count;
  }
  return oldestFetch === null ? 'Данные ещё не загружены' : `Обновлено ${clockTime(oldestFetch, now, 'в')}`;
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
