// The reply rules of docs/replies.md: which comments are a subscriber's, which comment answers one,
// and the counts, median and waits a page is judged by.

import { percentOf } from '../round';
import { monthBounds } from '../time';
import type { PostRef } from '../wall/post-link';
import {
  REPLY_OVERDUE_MINUTES,
  type PostComments,
  type Replies,
  type RepliesInput,
  type ReplyComment,
  type WaitingComment,
  type WaitStatus,
} from './types';

const SECONDS_PER_MINUTE = 60;

/**
 * The page's reply figures for a month. A subscriber comment is dated in the month and at or before
 * `now`, by a person who is not a manager, and not deleted. Its answer is the earliest comment of the
 * same thread by the community or a manager dated at or after it (the same second counts) and at or
 * before `now`; a deleted comment answers nothing. Answers may fall after the month.
 */
export function computeReplies(input: RepliesInput): Replies {
  const { startsAt, endsAt } = monthBounds(input.month, input.timeZone);
  const community = -Math.abs(input.groupId);
  const managers = new Set(input.managers);
  const isPage = (c: ReplyComment) => c.fromId === community || managers.has(c.fromId);
  const isSubscriber = (c: ReplyComment) =>
    !c.deleted && c.fromId > 0 && !managers.has(c.fromId) && c.date >= startsAt && c.date < endsAt;

  const replySeconds: number[] = [];
  const waiting: WaitingComment[] = [];
  for (const post of input.posts) {
    const comments = uniqueById(post.comments).filter((c) => c.date <= input.now);
    // A subscriber is never the page, so a comment cannot answer itself.
    const answers = answerDatesByThread(comments.filter((c) => !c.deleted && isPage(c)));
    for (const comment of comments) {
      if (!isSubscriber(comment)) continue;
      const answeredAt = firstAtOrAfter(answers.get(threadOf(comment)) ?? [], comment.date);
      if (answeredAt !== null) replySeconds.push(answeredAt - comment.date);
      else waiting.push(waitingOf(post, comment, input.now));
    }
  }
  waiting.sort(oldestFirst);
  const comments = replySeconds.length + waiting.length;
  return {
    comments,
    answered: replySeconds.length,
    unanswered: waiting.length,
    answeredPercent: percentOf(replySeconds.length, comments),
    medianReplyMinutes: medianMinutes(replySeconds),
    oldestWaitingMinutes: waiting[0]?.waitingMinutes ?? null,
    waiting,
  };
}

/** The id of the top-level comment that opens the comment's thread. */
function threadOf(comment: ReplyComment): number {
  return comment.threadId ?? comment.id;
}

/** The first copy of each comment id. */
function uniqueById(comments: readonly ReplyComment[]): ReplyComment[] {
  const seen = new Set<number>();
  return comments.filter((c) => {
    if (seen.has(c.id)) return false;
    seen.add(c.id);
    return true;
  });
}

/** Thread id → the dates of the page's comments in it, ascending. */
function answerDatesByThread(answers: readonly ReplyComment[]): Map<number, number[]> {
  const byThread = new Map<number, number[]>();
  for (const answer of answers) {
    const dates = byThread.get(threadOf(answer)) ?? [];
    dates.push(answer.date);
    byThread.set(threadOf(answer), dates);
  }
  for (const dates of byThread.values()) dates.sort((a, b) => a - b);
  return byThread;
}

/** The earliest of ascending `dates` at or after `date`, or null (binary search: threads can be long). */
function firstAtOrAfter(dates: readonly number[], date: number): number | null {
  let low = 0;
  let high = dates.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (dates[middle]! < date) low = middle + 1;
    else high = middle;
  }
  return dates[low] ?? null;
}

function waitingOf(post: PostComments, comment: ReplyComment, now: number): WaitingComment {
  return {
    postId: post.postId,
    commentId: comment.id,
    fromId: comment.fromId,
    date: comment.date,
    waitingMinutes: Math.floor((now - comment.date) / SECONDS_PER_MINUTE),
  };
}

function oldestFirst(a: WaitingComment, b: WaitingComment): number {
  return a.date - b.date || postOrder(a.postId, b.postId) || a.commentId - b.commentId;
}

/** Posts by owner, then post number, as numbers: "-1_9" comes before "-1_10". */
function postOrder(a: PostRef, b: PostRef): number {
  const [ownerA = 0, postA = 0] = a.split('_').map(Number);
  const [ownerB = 0, postB = 0] = b.split('_').map(Number);
  return ownerA - ownerB || postA - postB;
}

/**
 * The median in whole minutes, half up (an even count takes the mean of the middle two). Kept in
 * whole seconds until the end, twice the median is an integer, so halves round exactly.
 */
function medianMinutes(seconds: readonly number[]): number | null {
  if (seconds.length === 0) return null;
  const sorted = [...seconds].sort((a, b) => a - b);
  const upper = sorted.length >> 1;
  const twiceMedian = sorted.length % 2 === 1 ? 2 * sorted[upper]! : sorted[upper - 1]! + sorted[upper]!;
  return Math.floor((twiceMedian + SECONDS_PER_MINUTE) / (2 * SECONDS_PER_MINUTE));
}

/** The status of a wait in minutes (a comment's, or the oldest of a page's; null: nothing waits). */
export function waitStatus(waitingMinutes: number | null): WaitStatus {
  if (waitingMinutes === null) return 'none';
  return waitingMinutes >= REPLY_OVERDUE_MINUTES ? 'overdue' : 'waiting';
}
