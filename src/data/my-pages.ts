// «Мои сообщества» with a verdict each: the pages the viewer administers, read the way the
// supervisor's refresh reads subordinate pages (batched, cached), then judged as the page's own
// scorecard judges it on opening: with the admin's settings (category, time zone, ПОС widgets) and
// the monitoring-grade ER, so the word in the list is the word on the page.
import { computeMonitoringEr } from '../core/monitoring';
import { withMonitoringEr, type SupervisorRow } from '../core/pages/supervisor-table';
import type { PageInfo } from '../core/types';
import { DEFAULT_OPTIONS } from '../core/options';
import type { VkApi } from '../vk/api-client';
import type { VkStorage } from '../vk/storage';
import { toSupervisorRow } from './children/rows';
import { fetchMonitoringInput } from './monitoring';
import { DEFAULT_PAGE_SETTINGS, loadPageSettings, type PageSettings } from './page-settings';
import type { SnapshotCache } from './supervisor/cache';
import { refreshChildren } from './supervisor/refresh';
import type { ChildResult } from './supervisor/types';

export interface MyPagesReadOptions {
  /** Unix seconds: the moment the pages are judged at. */
  now: number;
  cache?: SnapshotCache;
  /** Called with each page's row as soon as it is judged. */
  onRow?: (row: SupervisorRow) => void;
  signal?: AbortSignal;
}

/** Every page's row, in the order of `pages`; a page that cannot be read is a row saying why. */
export async function readMyPageRows(
  deps: { api: VkApi; userStorage: VkStorage },
  pages: readonly PageInfo[],
  options: MyPagesReadOptions,
): Promise<SupervisorRow[]> {
  const { api, userStorage } = deps;
  // Unreadable settings are the defaults, as on the scorecard before they arrive.
  const settings = new Map(
    pages.map((page) => [
      page.id,
      loadPageSettings(userStorage, page.id).catch((): PageSettings => DEFAULT_PAGE_SETTINGS),
    ]),
  );
  const judged: Promise<SupervisorRow>[] = [];
  await refreshChildren(
    api,
    pages.map((page) => page.id),
    {
      now: options.now,
      // The read covers the month in any zone (a margin); each page is judged in its own below.
      timeZone: DEFAULT_OPTIONS.timeZone,
      cache: options.cache,
      signal: options.signal,
      onResult: (result) => {
        const page = pages.find((p) => p.id === result.id);
        const row = judge(api, result, page, settings.get(result.id)!);
        judged.push(row);
        void row.then((r) => !options.signal?.aborted && options.onRow?.(r));
      },
    },
  );
  const rows = new Map((await Promise.all(judged)).map((row) => [row.id, row]));
  return pages.map((page) => rows.get(page.id)!);
}

async function judge(
  api: VkApi,
  result: ChildResult,
  page: PageInfo | undefined,
  settingsRead: Promise<PageSettings>,
): Promise<SupervisorRow> {
  const settings = await settingsRead;
  const entry = { id: result.id, name: page?.name ?? `club${result.id}`, category: settings.category };
  const row = toSupervisorRow(result, entry, settings.timeZone, settings.posWidgetsDeclared);
  if (row.state !== 'ok') return row;
  try {
    const input = await fetchMonitoringInput(api, {
      groupId: row.id,
      posts: row.scorecard.er.posts,
      canManage: true,
    });
    return withMonitoringEr(row, computeMonitoringEr(row.scorecard.er, input));
  } catch {
    // The plain ER stands, as on the scorecard when the extra lists cannot be read.
    return row;
  }
}
