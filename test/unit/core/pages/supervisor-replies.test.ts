// The supervisor's «Ответы подписчикам» column in the core: the figures a row carries, what they were
// read for, and the two orders by them (hand-computed over the methodology's worked example).
import { describe, expect, it } from 'vitest';
import { repliesKey, rowRepliesOf } from '../../../../src/core/pages/supervisor-replies';
import { sortRows, type RowReplies, type SupervisorRow } from '../../../../src/core/pages/supervisor-table';
import type { Replies } from '../../../../src/core/replies';
import { post } from '../helpers';
import { child, EXAMPLE_ROWS, unavailable, WORKED_REPLIES } from './children';

const names = (rows: SupervisorRow[]) => rows.map((row) => row.name);

function replies(over: Partial<RowReplies>): RowReplies {
  return {
    comments: 10,
    unanswered: 0,
    medianReplyMinutes: null,
    oldestWaitingMinutes: null,
    managersKnown: false,
    complete: true,
    ...over,
  };
}

describe('rowRepliesOf', () => {
  it('keeps the figures the table shows and how far to trust them, not the list of who waits', () => {
    const figures: Replies = {
      comments: 6,
      answered: 4,
      unanswered: 2,
      answeredPercent: 66.67,
      medianReplyMinutes: 38,
      oldestWaitingMinutes: 1620,
      waiting: [{ postId: '-201_2', commentId: 20, fromId: 1005, date: 1732860000, waitingMinutes: 1620 }],
    };
    expect(rowRepliesOf(figures, { managersKnown: false, complete: true })).toEqual(WORKED_REPLIES);
    expect(rowRepliesOf(figures, { managersKnown: true, complete: false })).toMatchObject({
      managersKnown: true,
      complete: false,
    });
  });
});

describe('repliesKey', () => {
  it('names the month and the posts with comments, each with its count', () => {
    const a = post({ ownerId: -201, id: 1, comments: 3 });
    const b = post({ ownerId: -201, id: 2, comments: 0 });
    const c = post({ ownerId: -201, id: 10, comments: 12 });
    expect(repliesKey('2024-11', [a, b, c])).toBe('2024-11|-201_1:3|-201_10:12');
  });

  it('changes with a new comment or another month, not with a post nobody commented', () => {
    const a = post({ ownerId: -201, id: 1, comments: 3 });
    const key = repliesKey('2024-11', [a]);
    expect(repliesKey('2024-11', [a, post({ ownerId: -201, id: 5, comments: 0 })])).toBe(key);
    expect(repliesKey('2024-11', [{ ...a, comments: 4 }])).not.toBe(key);
    expect(repliesKey('2024-12', [a])).not.toBe(key);
  });
});

describe('sorting by replies', () => {
  // Worst first, as the table's default: Учреждение 2 (fails, rating 50.4), Учреждение 3 (fails, 79.1),
  // Учреждение 1 (fails, 87.5), Министерство (meets, 100); the deleted Ёлочка fails with no rating and
  // comes before them all.
  const [ministry, first, second, third] = EXAMPLE_ROWS as [
    SupervisorRow,
    SupervisorRow,
    SupervisorRow,
    SupervisorRow,
  ];
  const rows: SupervisorRow[] = [
    { ...ministry, replies: replies({ unanswered: 4, medianReplyMinutes: 30, oldestWaitingMinutes: 90 }) },
    { ...first, replies: replies({ unanswered: 4, medianReplyMinutes: 200, oldestWaitingMinutes: 3000 }) },
    { ...second, replies: replies({ unanswered: 0, medianReplyMinutes: 15 }) },
    // Comments, none answered: two wait, no median.
    { ...third, replies: replies({ unanswered: 2, medianReplyMinutes: null, oldestWaitingMinutes: 60 }) },
    unavailable(5, 'Ёлочка', 'deleted'),
  ];

  it('puts the most waiting first, ties worst first, pages not read last', () => {
    // 4 (Учреждение 1 fails, Министерство meets), 2, 0, then the deleted page that has none.
    expect(names(sortRows(rows, 'waiting'))).toEqual([
      'Учреждение 1',
      'Министерство',
      'Учреждение 3',
      'Учреждение 2',
      'Ёлочка',
    ]);
  });

  it('puts the slowest median first, pages without one last (worst first among them)', () => {
    // 200, 30, 15 minutes; then no median: Ёлочка (no rating) before Учреждение 3 (79.1).
    expect(names(sortRows(rows, 'slowest'))).toEqual([
      'Учреждение 1',
      'Министерство',
      'Учреждение 2',
      'Ёлочка',
      'Учреждение 3',
    ]);
  });

  it('breaks a tie of verdict, rating and figure by name', () => {
    const same = { weeks: [3, 3, 3, 3], er: { reactions: 3, views: 100 } };
    const figures = replies({ unanswered: 3, medianReplyMinutes: 45 });
    const b = { ...child({ id: 1, name: 'Б', ...same }), replies: figures };
    const a = { ...child({ id: 2, name: 'А', ...same }), replies: figures };
    expect(names(sortRows([b, a], 'waiting'))).toEqual(['А', 'Б']);
    expect(names(sortRows([b, a], 'slowest'))).toEqual(['А', 'Б']);
  });

  it('falls back to the worst-first order when nothing was read', () => {
    const plain = [...EXAMPLE_ROWS, unavailable(5, 'Ёлочка', 'deleted')];
    expect(names(sortRows(plain, 'waiting'))).toEqual(names(sortRows(plain, 'worst')));
    expect(names(sortRows(plain, 'slowest'))).toEqual(names(sortRows(plain, 'worst')));
  });
});
