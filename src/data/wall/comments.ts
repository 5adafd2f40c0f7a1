// Every comment under a post, thread replies included, with as few requests as VK allows:
// wall.getComments pages of COMMENTS_MAX top-level comments carrying THREAD_ITEMS_MAX replies each;
// only threads longer than that are paged separately (comment_id), each as soon as its top-level page
// arrives, so pages and threads share execute requests.
import type { ThreadedComment, WallComment } from '../../core/wall';
import type { VkApi } from '../../vk/api-client';
import { COMMENTS_MAX, THREAD_ITEMS_MAX } from '../../vk/limits';
import {
  COMMENT_FIELDS,
  wallGetCommentsResponse,
  type WireComment,
  type WireTopComment,
} from '../../vk/wire-comments';

export interface ReadCommentsOptions {
  ownerId: number;
  postId: number;
  /** Which threads to read in full (default: all); the others keep only their inline replies. */
  pageThread?: (comment: WireTopComment) => boolean;
  /** Top-level comments to read at most (default: all). */
  limit?: number;
  /** Called as pages arrive: comments read so far of `total` (VK's count, replies included). */
  onProgress?: (done: number, total: number | null) => void;
}

export function toWallComment(c: WireComment): WallComment {
  return {
    id: c.id,
    fromId: c.from_id,
    date: c.date,
    text: c.text ?? '',
    replyToUser: c.reply_to_user ?? null,
  };
}

/** A comment read in the thread of `threadId` (null: a top-level comment). */
function inThread(threadId: number | null): (c: WireComment) => ThreadedComment {
  return (c) => ({ ...toWallComment(c), threadId, deleted: c.deleted === true });
}

type CommentsPage = { count: number; levelCount: number; items: WireTopComment[] };

async function commentsPage(
  api: VkApi,
  o: Pick<ReadCommentsOptions, 'ownerId' | 'postId'>,
  offset: number,
  count: number,
  commentId?: number,
): Promise<CommentsPage> {
  const page = await api.call({
    method: 'wall.getComments',
    params: {
      owner_id: o.ownerId,
      post_id: o.postId,
      comment_id: commentId,
      sort: 'asc',
      offset,
      count,
      thread_items_count: commentId === undefined ? THREAD_ITEMS_MAX : undefined,
    },
    schema: wallGetCommentsResponse,
    pick: { count: true, current_level_count: true, items: COMMENT_FIELDS },
    label: `wall${o.ownerId}_${o.postId}`,
  });
  // Without current_level_count (an older answer) only `count`, which includes replies, is known:
  // the extra pages then come back empty, which costs calls but loses nothing.
  return { count: page.count, levelCount: page.current_level_count ?? page.count, items: page.items };
}

function offsets(from: number, total: number, step: number): number[] {
  const out: number[] = [];
  for (let offset = from; offset < total; offset += step) out.push(offset);
  return out;
}

/** The community's own comments, oldest first (ties by id): the ones a published tool trusts. */
export function communityComments(groupId: number, comments: readonly WallComment[]): WallComment[] {
  return comments.filter((c) => c.fromId === -groupId).sort((a, b) => a.date - b.date || a.id - b.id);
}

/** Each id once, at its first place (concurrent pages may overlap). */
export function firstOfEachId<T extends { id: number }>(items: readonly T[]): T[] {
  const seen = new Set<number>();
  return items.filter((x) => !seen.has(x.id) && Boolean(seen.add(x.id)));
}

/**
 * Every reply in the thread of the top-level comment `commentId`, oldest first: its pages issued
 * together after the first (they share execute requests).
 */
export async function readThread(
  api: VkApi,
  o: { ownerId: number; postId: number; commentId: number },
): Promise<ThreadedComment[]> {
  const first = await commentsPage(api, o, 0, COMMENTS_MAX, o.commentId);
  const rest = await Promise.all(
    offsets(COMMENTS_MAX, first.levelCount, COMMENTS_MAX).map((offset) =>
      commentsPage(api, o, offset, COMMENTS_MAX, o.commentId),
    ),
  );
  // Pages are read concurrently: a reply posted meanwhile can shift one into two pages.
  return firstOfEachId([first, ...rest].flatMap((p) => p.items)).map(inThread(o.commentId));
}

/** All comments of the post, oldest first within each thread; top-level comments in VK's asc order. */
export async function readComments(api: VkApi, o: ReadCommentsOptions): Promise<ThreadedComment[]> {
  const limit = o.limit ?? Number.POSITIVE_INFINITY;
  const wantThread = o.pageThread ?? (() => true);
  let done = 0;
  let total: number | null = null;
  const progress = (n: number) => {
    done += n;
    o.onProgress?.(done, total);
  };

  /** A top-level page with every wanted thread completed. */
  const withThreads = async (page: CommentsPage): Promise<ThreadedComment[][]> => {
    progress(page.items.reduce((n, c) => n + 1 + (c.thread?.items?.length ?? 0), 0));
    return Promise.all(
      page.items.map(async (c) => {
        const inline = c.thread?.items ?? [];
        const replies = c.thread?.count ?? 0;
        let rest: WireComment[] = [];
        if (replies > inline.length && wantThread(c)) {
          const pages = await Promise.all(
            offsets(inline.length, replies, COMMENTS_MAX).map((offset) =>
              commentsPage(api, o, offset, COMMENTS_MAX, c.id),
            ),
          );
          rest = pages.flatMap((p) => p.items);
          progress(rest.length);
        }
        return [inThread(null)(c), ...firstOfEachId([...inline, ...rest]).map(inThread(c.id))];
      }),
    );
  };

  const first = await commentsPage(api, o, 0, Math.min(COMMENTS_MAX, limit));
  total = first.count;
  const levelTotal = Math.min(first.levelCount, limit);
  const all = await Promise.all([
    withThreads(first),
    ...offsets(COMMENTS_MAX, levelTotal, COMMENTS_MAX).map(async (offset) =>
      withThreads(await commentsPage(api, o, offset, Math.min(COMMENTS_MAX, levelTotal - offset))),
    ),
  ]);
  // Pages are read concurrently: a comment posted meanwhile can shift one into two pages.
  return firstOfEachId(all.flat(2));
}

/**
 * A post's comments for a figure that reads them all (the monitoring-grade ER, the replies): at most
 * `cap` top-level comments, threads in full, none read for a post without comments. `complete` is
 * false when top-level comments were left unread (the figure is then a bound).
 */
export async function readPostComments(
  api: VkApi,
  post: { ownerId: number; id: number; comments: number },
  cap: number,
): Promise<{ comments: ThreadedComment[]; complete: boolean }> {
  if (post.comments === 0) return { comments: [], complete: true };
  let total: number | null = null;
  const comments = await readComments(api, {
    ownerId: post.ownerId,
    postId: post.id,
    limit: cap,
    onProgress: (_done, all) => {
      total = all;
    },
  });
  // Fewer top-level comments than the cap means every page was read; `total` counts replies too.
  const topLevel = comments.filter((c) => c.threadId === null).length;
  return { comments, complete: topLevel < cap || (total ?? 0) <= comments.length };
}
