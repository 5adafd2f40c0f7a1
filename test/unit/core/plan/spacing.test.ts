import { describe, expect, it } from 'vitest';
import { spreadEvenly, spreadOverDays, type CandidateDay } from '../../../../src/core/plan/spacing';

const WEEK = [1, 2, 3, 4, 5, 6, 7];

describe('spreadEvenly', () => {
  it.each([
    [1, [1]],
    [2, [1, 4]], // ⌊0⌋, ⌊7/2⌋ = 3
    [3, [1, 3, 5]], // ⌊0⌋, ⌊7/3⌋ = 2, ⌊14/3⌋ = 4
    [5, [1, 2, 3, 5, 6]], // ⌊0⌋, ⌊1.4⌋, ⌊2.8⌋, ⌊4.2⌋, ⌊5.6⌋
    [7, WEEK],
    [0, []],
  ])('%i of a week → %j', (count, days) => {
    expect(spreadEvenly(WEEK, count)).toEqual(days);
  });
});

describe('spreadOverDays', () => {
  /** Day d with hours 10, 12, 14 (at = d·100 + hour, so the order is by day, then hour). */
  const day = (d: number, hasPost = false): CandidateDay<{ at: number }> => ({
    hasPost,
    slots: [10, 12, 14].map((h) => ({ at: d * 100 + h })),
  });

  it('prefers the days without a post, spread among themselves', () => {
    // Days 1..5, posts on 2 and 3: free 1, 4, 5; two posts → ⌊0⌋ = 1, ⌊3/2⌋ = 1 → day 4.
    const days = [day(1), day(2, true), day(3, true), day(4), day(5)];
    expect(spreadOverDays(days, 2)).toEqual([{ at: 110 }, { at: 410 }]);
  });

  it('uses days with a post only when the free ones run out, spread among themselves', () => {
    // Free 1, 5; four posts: both free, then two of 2, 3, 4 → ⌊0⌋ = 2, ⌊3/2⌋ = 1 → day 3.
    const days = [day(1), day(2, true), day(3, true), day(4, true), day(5)];
    expect(spreadOverDays(days, 4)).toEqual([{ at: 110 }, { at: 210 }, { at: 310 }, { at: 510 }]);
  });

  it('stops short when no day has a slot left', () => {
    const oneSlot: CandidateDay<{ at: number }> = { hasPost: false, slots: [{ at: 1 }] };
    expect(spreadOverDays([oneSlot], 3)).toEqual([{ at: 1 }]);
    expect(spreadOverDays([], 2)).toEqual([]);
  });
});
