// Opened outside a community: the pages the viewer administers, with a button to install the app in
// each page's menu, and a guide to forward to the admins of subordinate pages.
import { Icon56UsersOutline } from '@vkontakte/icons';
import { Button, Div, Footnote, Group, Header, Placeholder, Snackbar, Spinner } from '@vkontakte/vkui';
import { useCallback, useEffect, useState } from 'react';
import { useServices } from '../../shared/services';
import type { SupervisorRow } from '../../core/pages/supervisor-table';
import type { PageInfo } from '../../core/types';
import { fetchAdminPages } from '../../data/admin-pages';
import { readMyPageRows } from '../../data/my-pages';
import { createIndexedDbCache } from '../../data/supervisor/cache';
import { addAppToCommunity, copyText } from '../../data/screen-actions';
import { describeVkError } from '../../shared/vk-error-text';
import { installGuide } from './installGuide';
import { MyPageRow } from './MyPageRow';

type State =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; pages: PageInfo[] }
  | { status: 'error'; error: unknown };

interface Props {
  onOpenPage: (groupId: number) => void;
  /** The page's own list of subordinate pages (the one its admins see inside the community). */
  onOpenChildren: (groupId: number) => void;
}

export function MyPages({ onOpenPage, onOpenChildren }: Props) {
  const { api, bridge, launch, tokens } = useServices();
  const [state, setState] = useState<State>({ status: 'idle' });
  const [notice, setNotice] = useState<string | null>(null);
  const verdicts = useVerdicts(state.status === 'ready' ? state.pages : null);

  const load = useCallback(() => {
    setState({ status: 'loading' });
    fetchAdminPages(api).then(
      (pages) => setState({ status: 'ready', pages }),
      (error: unknown) => setState({ status: 'error', error }),
    );
  }, [api]);

  // Once the right is granted (e.g. coming back from a page), the list loads without asking again.
  useEffect(() => {
    if (tokens.hasUserScope('groups')) load();
  }, [load, tokens]);

  // VK shows its own picker of the viewer's communities: the page is chosen there.
  const install = async () => {
    const groupId = await addAppToCommunity(bridge);
    // VK's picker decides the community: name the one VK reports, not the row that was tapped.
    const name = state.status === 'ready' ? state.pages.find((page) => page.id === groupId)?.name : undefined;
    setNotice(
      groupId === null
        ? 'Приложение не добавлено: окно закрыто.'
        : `Приложение добавлено в меню сообщества${name ? ` «${name}»` : ''}.`,
    );
  };

  const copyGuide = async () => {
    const copied = await copyText(bridge, installGuide(`https://vk.com/app${launch.appId}`));
    setNotice(
      copied ? 'Инструкция скопирована: отправьте её администраторам.' : 'Не удалось скопировать текст.',
    );
  };

  return (
    <>
      <Group header={<Header multiline>Мои сообщества</Header>}>
        {state.status === 'idle' && (
          <Placeholder
            icon={<Icon56UsersOutline />}
            title="Сообщества, где вы администратор"
            action={
              <Button size="m" onClick={load}>
                Показать мои сообщества
              </Button>
            }
          >
            Чтобы показать их список, приложению нужен доступ к списку ваших сообществ: ВКонтакте спросит
            разрешение. Рейтинг каждой страницы откроется отсюда.
          </Placeholder>
        )}
        {state.status === 'loading' && (
          <Div>
            <Spinner size="m" aria-label="Загружаем сообщества" />
          </Div>
        )}
        {state.status === 'error' && (
          <Placeholder
            title={describeVkError(state.error).title}
            action={
              <Button size="m" onClick={load}>
                Попробовать снова
              </Button>
            }
            data-testid="my-pages-error"
          >
            {describeVkError(state.error).action}
          </Placeholder>
        )}
        {state.status === 'ready' && state.pages.length === 0 && (
          <Placeholder title="Вы не администратор ни одного сообщества">
            Откройте приложение из сообщества, где вы администратор или редактор.
          </Placeholder>
        )}
        {state.status === 'ready' &&
          state.pages.map((page) => (
            <MyPageRow
              key={page.id}
              page={page}
              row={verdicts.rows.get(page.id) ?? (verdicts.failed ? 'failed' : undefined)}
              onOpen={() => onOpenPage(page.id)}
              onInstall={() => void install()}
              onOpenChildren={() => onOpenChildren(page.id)}
            />
          ))}
      </Group>
      <Group header={<Header multiline>Подключить подведомственные страницы</Header>}>
        <Div>
          <Footnote>
            Отправьте администраторам подведомственных учреждений короткую инструкцию: они добавят приложение
            в свои сообщества и будут видеть, что сделать сегодня.
          </Footnote>
          <Button mode="secondary" size="m" onClick={() => void copyGuide()} style={{ marginTop: 8 }}>
            Скопировать инструкцию
          </Button>
        </Div>
      </Group>
      {notice && <Snackbar onClose={() => setNotice(null)}>{notice}</Snackbar>}
    </>
  );
}

/** Each page's verdict as it is judged (read in batches, cached like the supervisor's table). */
function useVerdicts(pages: readonly PageInfo[] | null): Verdicts {
  const { api, userStorage, clock, launch } = useServices();
  const [rows, setRows] = useState<ReadonlyMap<number, SupervisorRow>>(new Map());
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!pages || pages.length === 0) return;
    const controller = new AbortController();
    readMyPageRows({ api, userStorage }, pages, {
      now: Math.floor(clock.now() / 1000),
      cache: createIndexedDbCache(launch.userId),
      signal: controller.signal,
      onRow: (row) => setRows((prev) => new Map(prev).set(row.id, row)),
    }).catch(() => {
      // Rows not judged by then say so; each page's own screen tells what happened.
      if (!controller.signal.aborted) setFailed(true);
    });
    return () => controller.abort();
  }, [api, userStorage, clock, launch.userId, pages]);
  return { rows, failed };
}

interface Verdicts {
  rows: ReadonlyMap<number, SupervisorRow>;
  /** The read stopped: pages without a row will not get one. */
  failed: boolean;
}
