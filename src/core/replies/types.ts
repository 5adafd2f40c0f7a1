// How fast a page answers its subscribers' comments (docs/replies.md): the input, one comment per
// entry with the thread it belongs to, and the figures the app and the report show.
import type { MonthId } from '../time';
import type { PostRef } from '../wall/post-link';

/** A wait this long (a day) is overdue: regional centres rank pages by reply speed, in hours. */
export const REPLY_OVERDUE_MINUTES = 24 * 60;

/** How a wait reads: nothing waits, a comment waits, or one has waited a day and more. */
export type WaitStatus = 'none' | 'waiting' | 'overdue';

/** One comment under a post, top level or a thread reply. */
export interface ReplyComment {
  id: number;
  /** Negative for a community. */
  fromId: number;
  /** Unix seconds. */
  date: number;
  /** Null at the top level; a reply's top-level comment (VK's parents_stack[0]). */
  threadId: number | null;
  /** Deleted comments come back from VK with `deleted: true` (and an empty text). */
  deleted: boolean;
}

/** The comments read under one of the page's posts, each once. */
export interface PostComments {
  postId: PostRef;
  comments: readonly ReplyComment[];
}

export interface RepliesInput {
  /** The page's group id (positive); its own comments have fromId = −groupId. */
  groupId: number;
  /** The page's managers (admins, editors, moderators): their comments answer, never ask. */
  managers: readonly number[];
  /** The assessed month, its bounds taken in `timeZone`. */
  month: MonthId;
  timeZone: string;
  /** The moment of assessment, unix seconds. */
  now: number;
  posts: readonly PostComments[];
}

/** A subscriber comment nobody of the page has answered by `now`. */
export interface WaitingComment {
  postId: PostRef;
  commentId: number;
  fromId: number;
  date: number;
  /** Whole minutes from the comment to `now`, rounded down. */
  waitingMinutes: number;
}

export interface Replies {
  /** Subscriber comments of the month, up to `now`. */
  comments: number;
  answered: number;
  unanswered: number;
  /** answered ÷ comments × 100, two decimals half up; null without comments. */
  answeredPercent: number | null;
  /** The median of the answered comments' reply times, whole minutes half up; null without answers. */
  medianReplyMinutes: number | null;
  /** The longest wait among `waiting`; null when nothing waits. */
  oldestWaitingMinutes: number | null;
  /** Oldest first; ties by post (owner, then post number), then comment id. */
  waiting: WaitingComment[];
}
