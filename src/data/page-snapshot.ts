// Everything the scorecard needs about one page, read from VK in as few requests as possible:
// groups.getById, the first page of wall.get and, when granted, scheduled posts and stats.get go out
// together (one `execute`); further wall pages only when the month is not covered yet.
import { DEFAULT_OPTIONS } from '../core/options';
import { monthBounds, monthOf } from '../core/time';
import type { PageInfo, Post, ReachInput } from '../core/types';
import type { VkApi } from '../vk/api-client';
import { TokenRefusedError } from '../vk/errors';
import { PageUnavailableError, unreadableStateOf } from './page-unavailable';
import { WALL_GET_MAX } from '../vk/limits';
import { toPageInfo, toPost, toReachInput } from '../vk/mappers';
import { groupsGetByIdResponse, type WireGroup } from '../vk/wire-groups';
import { wallGetResponse, type WallGetResponse } from '../vk/wire-posts';
import { statsGetResponse, type WireStatsPeriod } from '../vk/wire-stats';

/** Page fields the metrics and the header read. */
export const PAGE_FIELDS = [
  'members_count',
  'cover',
  'has_photo',
  'description',
  'wall',
  'verified',
  'is_government_organization',
  'screen_name',
  'photo_100',
  'activity',
].join(',');

/** Post fields the metrics read: `execute` returns only these (the `@.` projection). */
export const POST_FIELDS = [
  'id',
  'owner_id',
  'from_id',
  'date',
  'text',
  'is_pinned',
  'marked_as_ads',
  'post_type',
  'copy_history',
  'likes',
  'comments',
  'reposts',
  'views',
] as const;

/** Wider than the spread of Russia's time zones (UTC+2 … UTC+12). */
const ZONE_MARGIN_SECONDS = 24 * 60 * 60;

/** Enough wall pages for the busiest real pages; beyond it the snapshot says it is incomplete. */
export const MAX_WALL_PAGES = 10;

export interface PageSnapshot {
  page: PageInfo;
  /** Published posts (own and reposts) and, when included, scheduled posts. */
  posts: Post[];
  reach: ReachInput;
  /** Scheduled posts: read, not asked for, the right refused, or VK failed to give them. */
  postponed: 'included' | 'not-requested' | 'refused' | 'error';
  /** False when the month had more posts than MAX_WALL_PAGES could fetch. */
  postsComplete: boolean;
}

/** A snapshot with the moment it was read (unix seconds), e.g. by the supervisor's refresh. */
export interface DatedSnapshot {
  snapshot: PageSnapshot;
  fetchedAt: number;
}

export interface SnapshotOptions {
  /** Unix seconds. */
  now: number;
  timeZone: string;
  /** Read stats.get (asks for the `stats` right). */
  withStats: boolean;
  /** Read scheduled posts (asks for the `wall` right). */
  withPostponed: boolean;
}

const wallPick = { count: true, items: POST_FIELDS } as const;

/** One page of a community's own published posts, with only the fields the metrics read. */
export function fetchWallPage(api: VkApi, groupId: number, offset: number): Promise<WallGetResponse> {
  return api.call({
    method: 'wall.get',
    params: { owner_id: -groupId, filter: 'owner', offset, count: WALL_GET_MAX },
    schema: wallGetResponse,
    pick: wallPick,
    label: `club${groupId}`,
  });
}

/**
 * The oldest post date worth reading: a day before the start of the month that began a day before
 * now. Whatever Russian zone the admin picks for the page, its month is covered and the core
 * recomputes without asking VK again.
 */
export function postsFromFor(now: number, timeZone: string): number {
  return monthBounds(monthOf(now - ZONE_MARGIN_SECONDS, timeZone), timeZone).startsAt - ZONE_MARGIN_SECONDS;
}

export interface WallMonth {
  /** Mapped posts: callers keep these, never the wire objects. */
  posts: Post[];
  /** False when the month had more posts than MAX_WALL_PAGES could fetch. */
  complete: boolean;
}

/** Reads on from a wall's first page while its oldest non-pinned post is still inside the month. */
export function readWallMonth(
  api: VkApi,
  groupId: number,
  first: WallGetResponse,
  postsFrom: number,
): Promise<WallMonth> {
  return readWallFrom(api, groupId, first, postsFrom);
}

export interface WallReadOptions {
  /** Pages read at most, the first included (default MAX_WALL_PAGES). */
  maxPages?: number;
  /** Called after each page with the posts read so far and the wall's total. */
  onPage?: (read: number, total: number) => void;
}

/**
 * Reads on from a wall's first page while its oldest non-pinned post is not older than `postsFrom`,
 * up to `maxPages` pages; `complete` says whether everything from `postsFrom` on was read.
 *
 * Each post once: a post published between two requests shifts the wall, so the next page repeats
 * the last post of the previous one. A repeated id is skipped (the first copy kept); the next offset
 * is the number of wall positions read, repeats included, and the wall's total is the latest answer's
 * (it grew by the new post), so the post pushed past the old total is still read.
 */
export async function readWallFrom(
  api: VkApi,
  groupId: number,
  first: WallGetResponse,
  postsFrom: number,
  { maxPages = MAX_WALL_PAGES, onPage }: WallReadOptions = {},
): Promise<WallMonth> {
  const items: WallGetResponse['items'] = [];
  const seen = new Set<number>();
  const keep = (page: WallGetResponse['items']) => {
    for (const item of page) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      items.push(item);
    }
  };
  keep(first.items);
  /** Wall positions read so far: the offset of the next page. */
  let read = first.items.length;
  let total = first.count;
  let pages = 1;
  onPage?.(read, total);
  while (read < total && pages < maxPages && oldestUnpinned(items) >= postsFrom) {
    const next = await fetchWallPage(api, groupId, read);
    if (next.items.length === 0) break;
    keep(next.items);
    read += next.items.length;
    total = next.count;
    pages += 1;
    onPage?.(read, total);
  }
  return {
    posts: items.map((post) => toPost(post, -groupId)),
    complete: read >= total || oldestUnpinned(items) < postsFrom,
  };
}

/**
 * groups.getById with PAGE_FIELDS and the wall's first page, issued in the same task so they leave in
 * one `execute` (together with whatever the caller issues before awaiting). A wall VK refuses for a
 * deleted, banned or closed page throws PageUnavailableError with the page.
 */
export async function fetchPageHead(
  api: VkApi,
  groupId: number,
): Promise<{ group: WireGroup; first: WallGetResponse }> {
  const groupCall = api.call({
    method: 'groups.getById',
    params: { group_id: groupId, fields: PAGE_FIELDS },
    schema: groupsGetByIdResponse,
    label: `club${groupId}`,
  });
  const firstPage = fetchWallPage(api, groupId, 0);
  const [answer, first] = await Promise.allSettled([groupCall, firstPage]);
  if (answer.status === 'rejected') throw answer.reason;
  const group = answer.value.groups[0];
  if (!group) throw new Error(`VK returned no page for id ${groupId}`);
  if (first.status === 'rejected') {
    // Deleted, banned or closed: say so with the page's name rather than "access denied".
    const page = toPageInfo(group);
    const state = unreadableStateOf(first.reason, page);
    throw state ? new PageUnavailableError(page, state) : first.reason;
  }
  return { group, first: first.value };
}

/**
 * A read the way the scorecard asks for it, dated: the data layer reads a margin around the month, so
 * the page's own zone (a setting the core applies) never needs a refetch, and the month is taken in
 * the default zone.
 */
export function readDatedSnapshot(
  api: VkApi,
  groupId: number,
  now: number,
  extras: Pick<SnapshotOptions, 'withStats' | 'withPostponed'>,
): Promise<DatedSnapshot> {
  return fetchPageSnapshot(api, groupId, { now, timeZone: DEFAULT_OPTIONS.timeZone, ...extras }).then(
    (snapshot) => ({ snapshot, fetchedAt: now }),
  );
}

export interface PostponedRead {
  posts: Post[];
  /** 'refused': the viewer declined the wall right; 'error': VK failed. Either way `posts` is empty. */
  state: 'included' | 'refused' | 'error';
}

/**
 * The page's scheduled posts (admins and editors only; the user token's wall right). They only sharpen
 * a forecast or a plan, so a refusal or an error is an answer, not a failure.
 */
export function fetchPostponed(api: VkApi, groupId: number): Promise<PostponedRead> {
  return api
    .call({
      method: 'wall.get',
      params: { owner_id: -groupId, filter: 'postponed', count: WALL_GET_MAX },
      schema: wallGetResponse,
      pick: wallPick,
      scopes: ['wall'],
      label: `club${groupId}`,
    })
    .then(
      (page) => ({ posts: page.items.map((post) => toPost(post, -groupId)), state: 'included' as const }),
      (err: unknown) => ({
        posts: [],
        state: err instanceof TokenRefusedError ? ('refused' as const) : ('error' as const),
      }),
    );
}

export async function fetchPageSnapshot(
  api: VkApi,
  groupId: number,
  options: SnapshotOptions,
): Promise<PageSnapshot> {
  const monthStart = monthBounds(monthOf(options.now, options.timeZone), options.timeZone).startsAt;

  // Issued in the same task, so the adapter batches them into one request.
  const headCall = fetchPageHead(api, groupId);
  const reachCall = options.withStats ? fetchReach(api, groupId, monthStart, options.now) : null;
  const postponedCall = options.withPostponed ? fetchPostponed(api, groupId) : null;

  const { group, first } = await headCall;
  const wall = await readWallMonth(api, groupId, first, postsFromFor(options.now, options.timeZone));
  const postponed = postponedCall ? await postponedCall : { posts: [], state: 'not-requested' as const };
  return {
    page: toPageInfo(group),
    posts: [...wall.posts, ...postponed.posts],
    reach: reachCall ? await reachCall : { kind: 'unavailable', reason: 'not-requested' },
    postponed: postponed.state,
    postsComplete: wall.complete,
  };
}

function oldestUnpinned(items: readonly { date: number; is_pinned?: unknown }[]): number {
  let oldest = Infinity;
  for (const item of items)
    if (!(item.is_pinned === 1 || item.is_pinned === true)) oldest = Math.min(oldest, item.date);
  return oldest;
}

/** stats.get for the month so far; a refused right or an error leaves reach to the estimate. */
async function fetchReach(api: VkApi, groupId: number, from: number, to: number): Promise<ReachInput> {
  try {
    return toReachInput(await fetchDailyStats(api, groupId, { from, to, statsGroups: 'reach' }));
  } catch (err) {
    return { kind: 'unavailable', reason: err instanceof TokenRefusedError ? 'no-rights' : 'error' };
  }
}

/** stats.get by day (asks for the `stats` right); e.g. statsGroups 'reach' or 'activity'. */
export function fetchDailyStats(
  api: VkApi,
  groupId: number,
  { from, to, statsGroups }: { from: number; to: number; statsGroups: string },
): Promise<WireStatsPeriod[]> {
  return api.call({
    method: 'stats.get',
    params: {
      group_id: groupId,
      timestamp_from: from,
      timestamp_to: to,
      interval: 'day',
      stats_groups: statsGroups,
    },
    schema: statsGetResponse,
    scopes: ['stats'],
    label: `club${groupId}`,
  });
}
