// Three months of a page's own published wall and its header, for the history screen:
// groups.getById and the first wall page leave in one `execute`, further pages only while the window
// is not covered, up to a cap (then `complete` is false and the screen says so).
import { HISTORY_MONTHS, shiftMonth } from '../../core/history/months';
import { DEFAULT_OPTIONS } from '../../core/options';
import { monthBounds, monthOf, SECONDS_PER_DAY } from '../../core/time';
import type { PageInfo, Post } from '../../core/types';
import type { VkApi } from '../../vk/api-client';
import { toPageInfo } from '../../vk/mappers';
import { fetchPageHead, readWallFrom } from '../page-snapshot';

/** 30 pages = 3 000 posts: over 30 a day for three months, beyond any government page. */
export const HISTORY_MAX_PAGES = 30;

export interface HistoryData {
  page: PageInfo;
  /** VK's theme of the page (e.g. «Образование»), null when VK gives none. */
  activity: string | null;
  /** Own published posts (and reposts, which the core leaves out) back to `postsFrom`. */
  posts: Post[];
  /** False when the cap stopped the read before the window's start. */
  complete: boolean;
  /** Unix seconds: the oldest moment read. */
  postsFrom: number;
  /** Unix seconds the read was made at. */
  fetchedAt: number;
}

export interface HistoryProgress {
  read: number;
  /** The wall's total (all time): the read stops well before it on an old page. */
  total: number;
}

/**
 * The window's start with a day's margin on both ends of Russia's zones: whatever zone the admin
 * picks for the page, its three whole months are covered and changing it needs no new read.
 */
export function historyPostsFrom(now: number): number {
  const zone = DEFAULT_OPTIONS.timeZone;
  const current = monthOf(now - SECONDS_PER_DAY, zone);
  return monthBounds(shiftMonth(current, -HISTORY_MONTHS), zone).startsAt - SECONDS_PER_DAY;
}

export async function fetchHistory(
  api: VkApi,
  groupId: number,
  { now, onProgress }: { now: number; onProgress?: (progress: HistoryProgress) => void },
): Promise<HistoryData> {
  const { group, first } = await fetchPageHead(api, groupId);
  const postsFrom = historyPostsFrom(now);
  const wall = await readWallFrom(api, groupId, first, postsFrom, {
    maxPages: HISTORY_MAX_PAGES,
    onPage: (read, total) => onProgress?.({ read, total }),
  });
  return {
    page: toPageInfo(group),
    activity: group.activity || null,
    posts: wall.posts.filter((post) => post.date >= postsFrom),
    complete: wall.complete,
    postsFrom,
    fetchedAt: now,
  };
}
