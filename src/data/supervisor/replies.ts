// «Ответы подписчикам» for a supervisor's whole list: each page's replies figures (core/replies) from
// the posts its refresh already read (no wall read again), figures only (no names), without managers
// (a supervisor seldom manages a subordinate page: their comments then count as subscribers', and the
// figures say so). The comments of the month's posts of many pages leave together, so the adapter
// packs 25 calls per `execute`: the cost stays near ⌈calls/25⌉ requests. Pages start while fewer than
// WINDOW_CALLS of their first calls are waiting: the queue never runs dry (batches stay full), yet a
// stop leaves little in flight, and a 1,700-page list is not queued at once.
import { computeReplies } from '../../core/replies';
import { rowRepliesOf, repliesKey } from '../../core/pages/supervisor-replies';
import type { RowReplies } from '../../core/pages/supervisor-table';
import type { MonthId } from '../../core/time';
import type { Post } from '../../core/types';
import type { VkApi } from '../../vk/api-client';
import { EXECUTE_MAX_CALLS, USER_RPS } from '../../vk/limits';
import { postsOfMonth, readReplies } from '../replies';

/** First calls (one per post with comments) of the pages being read at most: ten `execute` requests. */
export const WINDOW_CALLS = 250;

export interface RepliesTarget {
  groupId: number;
  /** The page's posts as the refresh read them. */
  posts: readonly Post[];
  /** False when the refresh did not reach the month's start: the figures are then lower bounds. */
  postsComplete: boolean;
}

export type PageRepliesResult =
  | { groupId: number; status: 'ok'; replies: RowReplies; key: string }
  | { groupId: number; status: 'error'; error: unknown };

export interface ReadRepliesOfPagesOptions {
  month: MonthId;
  timeZone: string;
  /** Unix seconds: the moment of reading (comments after it do not count). */
  now: number;
  /** Called once per page as soon as its figures (or its failure) are known. */
  onResult?: (result: PageRepliesResult) => void;
  /** Stops starting pages and rejects with the signal's reason; pages in flight finish unseen. */
  signal?: AbortSignal;
}

/** What the figures of a page are read for (repliesKey): compare with the key a result carries. */
export function repliesKeyOf(
  target: Pick<RepliesTarget, 'posts'>,
  o: Pick<ReadRepliesOfPagesOptions, 'month' | 'timeZone' | 'now'>,
): string {
  return repliesKey(o.month, postsOfMonth({ posts: target.posts, ...o }));
}

/** The figures of every page, one result per page in the order of `pages`; a failed page keeps the rest. */
export async function readRepliesOfPages(
  api: VkApi,
  pages: readonly RepliesTarget[],
  o: ReadRepliesOfPagesOptions,
): Promise<PageRepliesResult[]> {
  const { signal } = o;
  signal?.throwIfAborted();
  const results: PageRepliesResult[] = [];
  await new Promise<void>((resolve, reject) => {
    let next = 0;
    let running = 0;
    let waitingCalls = 0;
    const stop = () => reject(signal?.reason);
    signal?.addEventListener('abort', stop, { once: true });
    const start = () => {
      // Issued in one task: the pages started together share `execute` requests.
      while (next < pages.length && !signal?.aborted && (running === 0 || waitingCalls < WINDOW_CALLS)) {
        const i = next++;
        const page = pages[i]!;
        const calls = firstCalls(page, o);
        running += 1;
        waitingCalls += calls;
        void readPage(api, page, o).then((result) => {
          running -= 1;
          waitingCalls -= calls;
          if (signal?.aborted) return;
          results[i] = result;
          o.onResult?.(result);
          start();
        });
      }
      if (running === 0 && next >= pages.length) {
        signal?.removeEventListener('abort', stop);
        resolve();
      }
    };
    start();
  });
  return results;
}

/**
 * What reading the pages costs before it starts: the posts whose comments are read (one call each, more
 * for a post with over 100 comments or long threads) and the seconds their requests take at the user
 * token's rate, at least.
 */
export function repliesReadCost(
  pages: readonly RepliesTarget[],
  o: Pick<ReadRepliesOfPagesOptions, 'month' | 'timeZone' | 'now'>,
): { posts: number; seconds: number } {
  const posts = pages.reduce((n, page) => n + firstCalls(page, o), 0);
  return { posts, seconds: Math.ceil(posts / EXECUTE_MAX_CALLS) / USER_RPS };
}

/** The page's first wall.getComments calls: one per post of the month with comments. */
function firstCalls(
  page: RepliesTarget,
  o: Pick<ReadRepliesOfPagesOptions, 'month' | 'timeZone' | 'now'>,
): number {
  return postsOfMonth({ posts: page.posts, ...o }).filter((post) => post.comments > 0).length;
}

async function readPage(
  api: VkApi,
  page: RepliesTarget,
  o: ReadRepliesOfPagesOptions,
): Promise<PageRepliesResult> {
  const { groupId } = page;
  try {
    const read = await readReplies(api, {
      groupId,
      posts: page.posts,
      month: o.month,
      timeZone: o.timeZone,
      now: o.now,
      canManage: false,
      withDetails: false,
    });
    const replies = rowRepliesOf(computeReplies(read.input), {
      managersKnown: read.managersKnown,
      complete: read.complete && page.postsComplete,
    });
    return { groupId, status: 'ok', replies, key: repliesKeyOf(page, o) };
  } catch (error) {
    return { groupId, status: 'error', error };
  }
}
