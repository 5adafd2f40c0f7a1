// One batched refresh of a supervisor's subordinate pages. The plan, near the floor of ⌈N/25⌉
// requests (one `execute` carries 25 calls):
//   1. groups.getById for every page not fresh in the cache, GROUPS_GET_BY_ID_MAX ids per call (one
//      request for up to 12,500 pages: the calls share an `execute`);
//   2. the first wall.get page of every readable page, all issued at once, so the adapter packs 25
//      per `execute`; deleted and banned pages are answered from step 1 without a wall call;
//   3. further wall pages only for pages whose first page does not cover the month (page-snapshot's
//      rule); they join the queue as soon as their first page is in.
// Every page ends as a result (a row), streamed through onResult as soon as it is known.
import { isGone, type PageInfo } from '../../core/types';
import type { VkApi } from '../../vk/api-client';
import { GROUPS_GET_BY_ID_MAX, inBatches } from '../../vk/limits';
import { toPageInfo } from '../../vk/mappers';
import { groupsGetByIdResponse } from '../../vk/wire-groups';
import { unreadableStateOf } from '../page-unavailable';
import { fetchWallPage, PAGE_FIELDS, postsFromFor, readWallMonth, type PageSnapshot } from '../page-snapshot';
import { CACHE_WINDOW_SECONDS, isFresh, type SnapshotCache } from './cache';
import type { CachedSnapshot, ChildResult, UnavailableReason } from './types';

export interface RefreshOptions {
  /** Unix seconds: the refresh's moment (the month to read, the cache's clock, fetchedAt). */
  now: number;
  timeZone: string;
  cache?: SnapshotCache;
  /** How old a cached snapshot may be to be served; CACHE_WINDOW_SECONDS by default. */
  maxAgeSeconds?: number;
  /** Ignore the cache and read every page again (the cache is still updated). */
  force?: boolean;
  /** Called once per page as soon as its result is known (cached results first). */
  onResult?: (result: ChildResult) => void;
  /** Stops issuing requests and rejects with the signal's reason; calls already queued finish unseen. */
  signal?: AbortSignal;
}

/** Refreshes `ids` (duplicates read once) and returns one result per page, in the order of `ids`. */
export async function refreshChildren(
  api: VkApi,
  ids: number[],
  opts: RefreshOptions,
): Promise<ChildResult[]> {
  const { now, cache, signal } = opts;
  signal?.throwIfAborted();
  const unique = [...new Set(ids)];
  const results = new Map<number, ChildResult>();
  const writes: Promise<void>[] = [];
  const emit = (result: ChildResult, fromCache: boolean) => {
    if (signal?.aborted) return;
    results.set(result.id, result);
    if (cache && !fromCache) {
      const entry = cacheable(result);
      if (entry) writes.push(cache.put(result.id, entry).catch(() => undefined));
    }
    opts.onResult?.(result);
  };

  const stale: number[] = [];
  const cached =
    cache && !opts.force ? await Promise.all(unique.map((id) => cache.get(id).catch(() => null))) : [];
  const maxAge = opts.maxAgeSeconds ?? CACHE_WINDOW_SECONDS;
  unique.forEach((id, i) => {
    const entry = cached[i];
    if (entry && isFresh(entry, now, maxAge)) emit(entry, true);
    else stale.push(id);
  });
  signal?.throwIfAborted();

  const pages = await readPages(api, stale);
  signal?.throwIfAborted();

  const postsFrom = postsFromFor(now, opts.timeZone);
  // Issued in one task: the first wall pages queue together and leave 25 per `execute`.
  await Promise.all(
    stale.map(async (id) => emit(await readChild(api, id, pages.get(id), postsFrom, now), false)),
  );
  await Promise.all(writes);
  signal?.throwIfAborted();
  return unique.map((id) => results.get(id) as ChildResult);
}

/** One page's row, from what groups.getById said about it and, when readable, its wall. */
async function readChild(
  api: VkApi,
  id: number,
  found: PageInfo | Failure | undefined,
  postsFrom: number,
  now: number,
): Promise<ChildResult> {
  const unavailable = (reason: UnavailableReason, page?: PageInfo, error?: unknown): ChildResult => ({
    id,
    status: 'unavailable',
    reason,
    ...(error === undefined ? {} : { error }),
    ...(page ? { page } : {}),
    fetchedAt: now,
  });
  if (found instanceof Failure) return unavailable('error', undefined, found.error);
  // Left out of groups.getById's answer: VK does not know the page (any more).
  if (found === undefined) return unavailable('deleted');
  if (isGone(found.status)) return unavailable(found.status, found);
  try {
    const wall = await readWallMonth(api, id, await fetchWallPage(api, id, 0), postsFrom);
    const snapshot: PageSnapshot = {
      page: found,
      posts: wall.posts,
      reach: { kind: 'unavailable', reason: 'not-requested' },
      postponed: 'not-requested',
      postsComplete: wall.complete,
    };
    return { id, status: 'ok', snapshot, fetchedAt: now };
  } catch (error) {
    return unavailable(unreadableStateOf(error, found) ?? 'error', found, error);
  }
}

/** A groups.getById call that failed for good: every page of its batch becomes an 'error' row. */
class Failure {
  constructor(readonly error: unknown) {}
}

/** groups.getById in batches, all issued at once; page id → what VK said (or the batch's failure). */
async function readPages(api: VkApi, ids: readonly number[]): Promise<Map<number, PageInfo | Failure>> {
  const batches = inBatches(ids, GROUPS_GET_BY_ID_MAX);
  const pages = new Map<number, PageInfo | Failure>();
  await Promise.all(
    batches.map(async (batch) => {
      try {
        const { groups } = await api.call({
          method: 'groups.getById',
          params: { group_ids: batch, fields: PAGE_FIELDS },
          schema: groupsGetByIdResponse,
          label: batch.length === 1 ? `club${batch[0]}` : `club${batch[0]}…club${batch[batch.length - 1]}`,
        });
        for (const group of groups) pages.set(group.id, toPageInfo(group));
      } catch (error) {
        const failure = new Failure(error);
        for (const id of batch) pages.set(id, failure);
      }
    }),
  );
  return pages;
}

/** What the cache may keep of a result: not failures (retried next time), and no error objects. */
function cacheable(result: ChildResult): CachedSnapshot | null {
  if (result.status === 'ok') return result;
  if (result.reason === 'error') return null;
  const { error: _error, ...rest } = result;
  return { ...rest, reason: result.reason };
}
