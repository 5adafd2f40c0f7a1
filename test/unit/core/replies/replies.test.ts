// The reply rules (docs/replies.md), each case computed by hand. Moscow time throughout (UTC+3).

import { describe, expect, it } from 'vitest';
import { computeReplies, type ReplyComment, type RepliesInput } from '../../../../src/core/replies';
import { msk } from '../helpers';
import { NO_REPLIES } from './no-replies';

const GROUP = 1;
const COMMUNITY = -GROUP;
const MANAGER = 50;
const ANNA = 101;
const BORIS = 102;
const NOW = msk('2024-11-20T12:00');

/** A comment at a Moscow wall-clock time; `threadId` for a reply. */
function comment(id: number, fromId: number, local: string, over: Partial<ReplyComment> = {}): ReplyComment {
  return { id, fromId, date: msk(local), threadId: null, deleted: false, ...over };
}
const reply = (
  id: number,
  fromId: number,
  local: string,
  threadId: number,
  over: Partial<ReplyComment> = {},
) => comment(id, fromId, local, { threadId, ...over });

function replies(comments: ReplyComment[], over: Partial<RepliesInput> = {}) {
  return computeReplies({
    groupId: GROUP,
    managers: [MANAGER],
    month: '2024-11',
    timeZone: 'Europe/Moscow',
    now: NOW,
    posts: [{ postId: '-1_10', comments }],
    ...over,
  });
}

describe('computeReplies: empty input', () => {
  it('gives zero counts, nulls and no waits without posts or comments', () => {
    expect(replies([], { posts: [] })).toEqual(NO_REPLIES);
    expect(replies([])).toEqual(NO_REPLIES);
  });

  it('gives the same when only the page itself wrote', () => {
    expect(
      replies([comment(1, COMMUNITY, '2024-11-05T10:00'), comment(2, MANAGER, '2024-11-05T11:00')]),
    ).toEqual(NO_REPLIES);
  });
});

describe('computeReplies: which comments are a subscriber’s', () => {
  it('counts a person’s comment, not the community’s, a manager’s or another community’s', () => {
    const r = replies([
      comment(1, ANNA, '2024-11-05T10:00'),
      comment(2, COMMUNITY, '2024-11-05T10:00'),
      comment(3, MANAGER, '2024-11-05T10:00'),
      comment(4, -777, '2024-11-05T10:00'),
    ]);
    expect(r.comments).toBe(1);
    expect(r.waiting.map((w) => w.commentId)).toEqual([1]);
  });

  it('leaves out a deleted comment', () => {
    const r = replies([comment(1, ANNA, '2024-11-05T10:00', { deleted: true })]);
    expect(r.comments).toBe(0);
  });

  it('takes only comments dated in the assessed month of the time zone', () => {
    const r = replies(
      [
        comment(1, ANNA, '2024-10-31T23:59'), // October
        comment(2, ANNA, '2024-11-01T00:00'), // the month's first second
        comment(3, ANNA, '2024-11-30T23:59'),
        comment(4, ANNA, '2024-12-01T00:00'), // December
      ],
      { now: msk('2024-12-05T00:00') },
    );
    expect(r.waiting.map((w) => w.commentId)).toEqual([2, 3]);
    // 2024-11-01T01:30 in Moscow is still October 31 in UTC.
    const utc = replies([comment(5, ANNA, '2024-11-01T01:30')], { timeZone: 'UTC' });
    expect(utc.comments).toBe(0);
  });

  it('leaves out comments dated after now (the same second is in)', () => {
    const r = replies([comment(1, ANNA, '2024-11-20T12:00'), comment(2, ANNA, '2024-11-20T12:01')]);
    expect(r.waiting.map((w) => w.commentId)).toEqual([1]);
    expect(r.oldestWaitingMinutes).toBe(0);
  });

  it('counts a comment listed twice once', () => {
    const twice = comment(1, ANNA, '2024-11-05T10:00');
    expect(replies([twice, twice]).comments).toBe(1);
  });
});

describe('computeReplies: which comment answers', () => {
  it('answers with the community’s reply in the comment’s thread: reply time 30 minutes', () => {
    const r = replies([comment(1, ANNA, '2024-11-05T10:00'), reply(2, COMMUNITY, '2024-11-05T10:30', 1)]);
    expect(r).toMatchObject({ comments: 1, answered: 1, unanswered: 0, answeredPercent: 100 });
    expect(r.medianReplyMinutes).toBe(30);
    expect(r.waiting).toEqual([]);
    expect(r.oldestWaitingMinutes).toBeNull();
  });

  it('counts a manager’s answer', () => {
    const r = replies([comment(1, ANNA, '2024-11-05T10:00'), reply(2, MANAGER, '2024-11-05T10:45', 1)]);
    expect(r.answered).toBe(1);
    expect(r.medianReplyMinutes).toBe(45);
  });

  it('counts an answer in the same second (0 minutes)', () => {
    const r = replies([comment(1, ANNA, '2024-11-05T10:00'), reply(2, COMMUNITY, '2024-11-05T10:00', 1)]);
    expect(r.answered).toBe(1);
    expect(r.medianReplyMinutes).toBe(0);
  });

  it('takes the earliest of several answers', () => {
    const r = replies([
      comment(1, ANNA, '2024-11-05T10:00'),
      reply(3, COMMUNITY, '2024-11-05T12:00', 1),
      reply(2, MANAGER, '2024-11-05T10:20', 1),
    ]);
    expect(r.medianReplyMinutes).toBe(20);
  });

  it('does not count the page’s comment dated before the comment', () => {
    // The community opened the thread; Anna replied in it afterwards and nobody answered her.
    const r = replies([comment(1, COMMUNITY, '2024-11-05T09:00'), reply(2, ANNA, '2024-11-05T10:00', 1)]);
    expect(r).toMatchObject({ comments: 1, answered: 0, unanswered: 1 });
  });

  it('does not count the community’s comment in another thread, nor a top-level one of its own', () => {
    const r = replies([
      comment(1, ANNA, '2024-11-05T10:00'),
      comment(2, BORIS, '2024-11-05T10:01'),
      reply(3, COMMUNITY, '2024-11-05T10:30', 2), // Boris's thread
      comment(4, COMMUNITY, '2024-11-05T10:40'), // its own thread
    ]);
    expect(r.answered).toBe(1);
    expect(r.waiting.map((w) => w.commentId)).toEqual([1]);
  });

  it('does not count a comment under another post', () => {
    const r = replies([], {
      posts: [
        { postId: '-1_10', comments: [comment(1, ANNA, '2024-11-05T10:00')] },
        { postId: '-1_11', comments: [reply(2, COMMUNITY, '2024-11-05T10:30', 1)] },
      ],
    });
    expect(r.answered).toBe(0);
  });

  it('does not count a deleted answer (a later one still counts)', () => {
    const deleted = { deleted: true };
    const r = replies([
      comment(1, ANNA, '2024-11-05T10:00'),
      reply(2, COMMUNITY, '2024-11-05T10:10', 1, deleted),
      reply(3, COMMUNITY, '2024-11-05T11:00', 1),
      comment(4, BORIS, '2024-11-05T10:00'),
      reply(5, COMMUNITY, '2024-11-05T10:10', 4, deleted),
    ]);
    expect(r.answered).toBe(1);
    expect(r.medianReplyMinutes).toBe(60);
    expect(r.waiting.map((w) => w.commentId)).toEqual([4]);
  });

  it('does not count an answer dated after now: the comment still waits', () => {
    const r = replies([comment(1, ANNA, '2024-11-20T11:00'), reply(2, COMMUNITY, '2024-11-20T12:30', 1)]);
    expect(r.answered).toBe(0);
    expect(r.oldestWaitingMinutes).toBe(60);
  });

  it('counts an answer in the next month', () => {
    const r = replies([comment(1, ANNA, '2024-11-30T23:00'), reply(2, COMMUNITY, '2024-12-01T09:00', 1)], {
      now: msk('2024-12-02T00:00'),
    });
    expect(r.answered).toBe(1);
    expect(r.medianReplyMinutes).toBe(600);
  });

  it('treats a subscriber’s reply in a thread as a comment of its own, answered later in that thread', () => {
    // Anna 10:00, community 10:10 (answers Anna), Boris replies 10:20, community 10:50 (answers Boris).
    const r = replies([
      comment(1, ANNA, '2024-11-05T10:00'),
      reply(2, COMMUNITY, '2024-11-05T10:10', 1),
      reply(3, BORIS, '2024-11-05T10:20', 1),
      reply(4, COMMUNITY, '2024-11-05T10:50', 1),
    ]);
    expect(r).toMatchObject({ comments: 2, answered: 2, unanswered: 0 });
    // Reply times 10 and 30: median 20.
    expect(r.medianReplyMinutes).toBe(20);
  });

  it('leaves a thread reply waiting when the page answered only before it', () => {
    const r = replies([
      comment(1, ANNA, '2024-11-05T10:00'),
      reply(2, COMMUNITY, '2024-11-05T10:10', 1),
      reply(3, BORIS, '2024-11-05T10:20', 1),
    ]);
    expect(r).toMatchObject({ comments: 2, answered: 1, unanswered: 1, answeredPercent: 50 });
    expect(r.waiting.map((w) => w.commentId)).toEqual([3]);
  });
});

describe('computeReplies: the median reply time', () => {
  /** Subscriber comments at 10:00 on successive days, each answered after `seconds[i]`. */
  function answeredAfter(seconds: number[]) {
    const comments = seconds.flatMap((s, i) => {
      const date = msk(`2024-11-0${i + 1}T10:00`);
      return [
        { id: 2 * i + 1, fromId: ANNA, date, threadId: null, deleted: false },
        { id: 2 * i + 2, fromId: COMMUNITY, date: date + s, threadId: 2 * i + 1, deleted: false },
      ];
    });
    return replies(comments).medianReplyMinutes;
  }

  it('takes the middle of an odd count', () => {
    expect(answeredAfter([40 * 60, 10 * 60, 20 * 60])).toBe(20);
  });

  it('takes the mean of the middle two of an even count', () => {
    expect(answeredAfter([100 * 60, 10 * 60, 40 * 60, 20 * 60])).toBe(30);
  });

  it('rounds half up to whole minutes', () => {
    expect(answeredAfter([60, 120])).toBe(2); // (1 + 2) / 2 = 1.5
    expect(answeredAfter([120, 180])).toBe(3); // 2.5
    expect(answeredAfter([90])).toBe(2); // 1.5
    expect(answeredAfter([89])).toBe(1); // 1.48
    expect(answeredAfter([89, 90])).toBe(1); // 89.5 s = 1.49
    expect(answeredAfter([149, 150])).toBe(2); // 149.5 s = 2.49
  });
});

describe('computeReplies: answeredPercent and waits', () => {
  const answered = (id: number, local: string) => [
    comment(id, ANNA, local),
    reply(id + 100, COMMUNITY, local, id),
  ];

  it('rounds answeredPercent to two decimals, half up', () => {
    const oneOfThree = replies([
      ...answered(1, '2024-11-05T10:00'),
      comment(2, ANNA, '2024-11-05T11:00'),
      comment(3, ANNA, '2024-11-05T12:00'),
    ]);
    expect(oneOfThree.answeredPercent).toBe(33.33);
    const twoOfThree = replies([
      ...answered(1, '2024-11-05T10:00'),
      ...answered(2, '2024-11-05T11:00'),
      comment(3, ANNA, '2024-11-05T12:00'),
    ]);
    expect(twoOfThree.answeredPercent).toBe(66.67);
    // 1 of 8 = 12.5; 1 of 32 = 3.125 → 3.13
    const oneOf = (n: number) =>
      replies([
        ...answered(1, '2024-11-05T10:00'),
        ...Array.from({ length: n - 1 }, (_, i) => comment(10 + i, ANNA, '2024-11-06T10:00')),
      ]).answeredPercent;
    expect(oneOf(8)).toBe(12.5);
    expect(oneOf(32)).toBe(3.13);
  });

  it('counts a wait in whole minutes, rounded down', () => {
    const r = replies([comment(1, ANNA, '2024-11-20T10:00')], { now: msk('2024-11-20T10:59') + 59 });
    expect(r.waiting).toEqual([
      { postId: '-1_10', commentId: 1, fromId: ANNA, date: msk('2024-11-20T10:00'), waitingMinutes: 59 },
    ]);
    expect(r.oldestWaitingMinutes).toBe(59);
  });

  it('lists the waits oldest first; ties by post (numerically), then comment id', () => {
    const at = '2024-11-20T10:00';
    const r = replies([], {
      posts: [
        { postId: '-1_10', comments: [comment(7, ANNA, at), comment(3, BORIS, at)] },
        { postId: '-1_9', comments: [comment(8, ANNA, at), comment(1, ANNA, '2024-11-20T11:00')] },
        { postId: '-1_11', comments: [comment(2, BORIS, '2024-11-19T10:00')] },
      ],
    });
    expect(r.waiting.map((w) => [w.postId, w.commentId])).toEqual([
      ['-1_11', 2],
      ['-1_9', 8],
      ['-1_10', 3],
      ['-1_10', 7],
      ['-1_9', 1],
    ]);
    expect(r.oldestWaitingMinutes).toBe(26 * 60);
    expect(r).toMatchObject({ comments: 5, unanswered: 5, answeredPercent: 0, medianReplyMinutes: null });
  });
});
