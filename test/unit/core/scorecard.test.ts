import { describe, expect, it } from 'vitest';
import { computeScorecard, type ScorecardInput } from '../../../src/core/scorecard';
import { msk, page, post, postsAt, utc } from './helpers';

const base: ScorecardInput = {
  page: page({ hasCover: false }),
  posts: [...postsAt('2024-11-02T09:00', 3, { likes: 1 }), post({ date: msk('2024-11-09T09:00'), likes: 1 })],
  category: 'active',
  reach: { kind: 'unavailable', reason: 'no-rights' },
  posWidgetsDeclared: true,
  now: msk('2024-11-10T12:00'),
};

describe('computeScorecard', () => {
  it('bundles every component and the rating, computed by hand', () => {
    const card = computeScorecard(base);
    expect(card.month).toBe('2024-11');
    expect(card.timeZone).toBe('Europe/Moscow');
    expect(card.er).toMatchObject({ percent: 1, achievement: 33.33 });
    expect(card.frequency).toMatchObject({ score: 100, met: false });
    expect(card.reach).toMatchObject({ percent: 10, achievement: 33.33, estimated: true });
    expect(card.requirements).toMatchObject({ missingCount: 1, deductedCount: 1 });
    // 0.5 × 100 + 0.3 × 33.33 + 0.2 × 33.33 − 5 = 50 + 9.999 + 6.666 − 5 = 61.665 → 61.67
    expect(card.rating.total).toBe(61.67);
    expect(card.actions[0]?.kind).toBe('need-reactions');
  });

  it('defaults the month to the month of now in the page’s zone', () => {
    const lateNight = utc('2024-11-30T21:30'); // 1 December 00:30 in Moscow
    expect(computeScorecard({ ...base, now: lateNight }).month).toBe('2024-12');
    expect(computeScorecard({ ...base, now: lateNight, options: { timeZone: 'UTC' } }).month).toBe('2024-11');
    expect(computeScorecard({ ...base, month: '2024-10' }).month).toBe('2024-10');
  });

  it('passes N/A periods through to the frequency', () => {
    const card = computeScorecard({ ...base, unavailablePeriods: [1] });
    expect(card.frequency.periods[0].status).toBe('unavailable');
    expect(card.frequency.score).toBe(0);
  });
});
