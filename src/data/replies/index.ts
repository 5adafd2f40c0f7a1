// A page's replies to its subscribers in a month (docs/replies.md): the comments under the month's own
// posts, read together so they share `execute` requests (posts without comments cost nothing), the
// page's managers when the viewer may read them, then the names of those still waiting. The rules
// are the core's (core/replies).
import { computeReplies, type RepliesInput } from '../../core/replies';
import { monthBounds, monthOf, type MonthId } from '../../core/time';
import type { Post } from '../../core/types';
import { postRefOf } from '../../core/wall';
import type { VkApi } from '../../vk/api-client';
import type { VkStorage } from '../../vk/storage';
import { pageManagers } from '../managers';
import { readDatedSnapshot } from '../page-snapshot';
import { DEFAULT_PAGE_SETTINGS, loadPageSettings } from '../page-settings';
import { readPostComments } from '../wall/comments';
import { fetchNames } from '../wall/users';

/** Top-level comments read per post at most (their threads are read in full). */
export const REPLIES_COMMENTS_CAP = 1000;

/** What the screen shows of a subscriber's comment beyond the core's figures. */
export interface CommentDetails {
  text: string;
  /** «Имя Фамилия» of the subscriber. */
  author: string;
  /** The post it is under: the start of its text and its date. */
  postText: string;
  postDate: number;
}

export interface RepliesRead {
  /** The core's input: the figures are computeReplies(input), again after each answer (withAnswer). */
  input: RepliesInput;
  /** Details of the comments waiting when read, by comment id. */
  details: ReadonlyMap<number, CommentDetails>;
  /** False when the viewer may not read the page's managers: their comments then count as subscribers'. */
  managersKnown: boolean;
  /** False when a post had more comments than were read (the figures are then a lower bound). */
  complete: boolean;
}

export interface ReadRepliesOptions {
  groupId: number;
  /** The page's posts as read (the scorecard's snapshot); the month's own posts are the ones read. */
  posts: readonly Post[];
  month: MonthId;
  timeZone: string;
  now: number;
  /** The viewer manages the page: only then are its managers read. */
  canManage: boolean;
  /** Read who waits and what they wrote (the screen's list); false for the figures alone. Default true. */
  withDetails?: boolean;
}

/** The page's own published posts dated in the month, up to `now`: where the month's comments are read. */
export function postsOfMonth(o: Pick<ReadRepliesOptions, 'posts' | 'month' | 'timeZone' | 'now'>): Post[] {
  const { startsAt, endsAt } = monthBounds(o.month, o.timeZone);
  return o.posts.filter(
    (p) => p.own && p.state === 'published' && p.date >= startsAt && p.date < endsAt && p.date <= o.now,
  );
}

export async function readReplies(api: VkApi, o: ReadRepliesOptions): Promise<RepliesRead> {
  const posts = postsOfMonth(o);
  const [read, managers] = await Promise.all([
    Promise.all(posts.map((post) => readPostComments(api, post, REPLIES_COMMENTS_CAP))),
    o.canManage ? pageManagers(api, o.groupId) : null,
  ]);
  const input: RepliesInput = {
    groupId: o.groupId,
    managers: managers ?? [],
    month: o.month,
    timeZone: o.timeZone,
    now: o.now,
    posts: posts.map((post, i) => ({ postId: postRefOf(post), comments: read[i]!.comments })),
  };
  const managersKnown = managers !== null;
  const complete = read.every((r) => r.complete);
  if (o.withDetails === false) return { input, details: new Map(), managersKnown, complete };
  const { waiting } = computeReplies(input);
  const names = await fetchNames(
    api,
    waiting.map((w) => w.fromId),
  );
  const postByRef = new Map(posts.map((post) => [postRefOf(post), post]));
  // Comment ids are unique on a wall, and every post here is on the page's.
  const textById = new Map(read.flatMap((r) => r.comments.map((c) => [c.id, c.text] as const)));
  const details = new Map(
    waiting.map((w) => [
      w.commentId,
      {
        text: textById.get(w.commentId) ?? '',
        author: names.get(w.fromId) ?? `id${w.fromId}`,
        postText: postByRef.get(w.postId)?.text ?? '',
        postDate: postByRef.get(w.postId)?.date ?? 0,
      },
    ]),
  );
  return { input, details, managersKnown, complete };
}

/** The replies of the page's current month, in the zone the admin set for it (Moscow time by default). */
export async function readPageReplies(
  api: VkApi,
  userStorage: VkStorage,
  o: { groupId: number; now: number; canManage: boolean },
): Promise<RepliesRead> {
  const [settings, dated] = await Promise.all([
    // The defaults (Moscow time) are a fine answer when storage fails.
    loadPageSettings(userStorage, o.groupId).catch(() => DEFAULT_PAGE_SETTINGS),
    readDatedSnapshot(api, o.groupId, o.now, { withStats: false, withPostponed: false }),
  ]);
  return readReplies(api, {
    groupId: o.groupId,
    posts: dated.snapshot.posts,
    month: monthOf(o.now, settings.timeZone),
    timeZone: settings.timeZone,
    now: o.now,
    canManage: o.canManage,
  });
}
