// An answer written in the app joins the answered comment's thread and the figures are computed again
// by the same rules: the comment leaves the waiting list, the median takes its reply time.
import { describe, expect, it } from 'vitest';
import { computeReplies, waitStatus, withAnswer, type RepliesInput } from '../../../../src/core/replies';
import { msk } from '../helpers';

const NOW = msk('2024-11-20T12:00');
const input: RepliesInput = {
  groupId: 1,
  managers: [],
  month: '2024-11',
  timeZone: 'Europe/Moscow',
  now: NOW,
  posts: [
    {
      postId: '-1_10',
      comments: [
        // Waits since 10:00.
        { id: 11, fromId: 101, date: msk('2024-11-20T10:00'), threadId: null, deleted: false },
        // A subscriber's reply in thread 12, waits since 11:00.
        { id: 12, fromId: 102, date: msk('2024-11-19T09:00'), threadId: null, deleted: false },
        { id: 13, fromId: -1, date: msk('2024-11-19T09:30'), threadId: 12, deleted: false },
        { id: 14, fromId: 102, date: msk('2024-11-20T11:00'), threadId: 12, deleted: false },
      ],
    },
  ],
};

describe('withAnswer', () => {
  it('takes the answered comment out of the waits and counts its reply time', () => {
    const before = computeReplies(input);
    expect(before.waiting.map((w) => w.commentId)).toEqual([11, 14]);
    expect(before.medianReplyMinutes).toBe(30);

    const after = computeReplies(
      withAnswer(input, { postId: '-1_10', commentId: 11, answerId: 90, at: msk('2024-11-20T12:10') }),
    );
    expect(after.waiting.map((w) => w.commentId)).toEqual([14]);
    expect(after.answered).toBe(2);
    // Reply times 30 and 130 minutes: the median is their mean, 80.
    expect(after.medianReplyMinutes).toBe(80);
    // Time moved on with the answer: 14 has waited 70 minutes at 12:10.
    expect(after.oldestWaitingMinutes).toBe(70);
  });

  it('answers a reply in its top-level comment’s thread', () => {
    const after = computeReplies(
      withAnswer(input, { postId: '-1_10', commentId: 14, answerId: 91, at: msk('2024-11-20T11:20') }),
    );
    expect(after.waiting.map((w) => w.commentId)).toEqual([11]);
    expect(after.answered).toBe(2);
  });

  it('leaves the input as it was for a comment it does not know', () => {
    expect(withAnswer(input, { postId: '-1_99', commentId: 11, answerId: 92, at: NOW })).toBe(input);
    expect(withAnswer(input, { postId: '-1_10', commentId: 77, answerId: 92, at: NOW })).toBe(input);
  });
});

describe('waitStatus', () => {
  it('reads nothing waiting, a wait under a day, and a day or more as overdue', () => {
    expect(waitStatus(null)).toBe('none');
    expect(waitStatus(0)).toBe('waiting');
    expect(waitStatus(24 * 60 - 1)).toBe('waiting');
    expect(waitStatus(24 * 60)).toBe('overdue');
  });
});
