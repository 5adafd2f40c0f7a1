// The supervisor's «Ответы подписчикам» column: a page's replies figures (core/replies) as its row
// carries them, and what they were read for, so a later reading of the page tells whether they still
// hold.
import type { Replies } from '../replies';
import type { MonthId } from '../time';
import type { Post } from '../types';
import { postRefOf } from '../wall';
import type { RowReplies } from './supervisor-table';

/** The row's figures from the core's replies and how complete the read was. */
export function rowRepliesOf(
  replies: Replies,
  read: { managersKnown: boolean; complete: boolean },
): RowReplies {
  return {
    comments: replies.comments,
    unanswered: replies.unanswered,
    medianReplyMinutes: replies.medianReplyMinutes,
    oldestWaitingMinutes: replies.oldestWaitingMinutes,
    managersKnown: read.managersKnown,
    complete: read.complete,
  };
}

/**
 * What the figures were read for: the month and the month's posts with comments, each with its count.
 * A new comment, a new post with comments or another month gives another key (the figures are then
 * out of date); a post without comments costs nothing to read and changes nothing.
 */
export function repliesKey(month: MonthId, postsOfMonth: readonly Post[]): string {
  const read = postsOfMonth.filter((post) => post.comments > 0);
  return [month, ...read.map((post) => `${postRefOf(post)}:${post.comments}`)].join('|');
}
