import { describe, expect, it } from 'vitest';
import { scorecardFlags } from '../../../src/core/completeness';
import type { MonitoringEr } from '../../../src/core/monitoring/types';
import { computeScorecard, withMonitoringRatingEr, type ScorecardInput } from '../../../src/core/scorecard';
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
    // Period 2 (1 of 3) met would add 25 points to the projection: the first thing to do.
    expect(card.actions[0]?.kind).toBe('post-more');
    expect(card.verdict.status).toBe('fail');
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

describe('computeScorecard: the rating ER, the verdict and the actions', () => {
  it('takes the plain ER as the rating ER until the monitoring-grade one is applied', () => {
    const card = computeScorecard(base);
    expect(card.ratingEr).toEqual({
      source: 'plain',
      reactions: 4,
      views: 400,
      percent: 1,
      achievement: 33.33,
      targetPercent: 3,
      reactionsNeeded: 8,
      posts: 4,
    });
  });

  describe('withMonitoringRatingEr: the monitoring-grade ER moves the rating, the verdict and the advice', () => {
    // 12 posts (3 a period), 8 likes and 250 views each; 500 members; now the 30th.
    // Plain ER: the last five, 40 / 1,250 = 3.2 % → achievement min(106.67, 100) = 100.
    // Reach estimate: 250 / 500 = 50 % → 100. Rating 0.5 × 100 + 0.3 × 100 + 0.2 × 100 = 100.
    const card = computeScorecard({
      page: page({ membersCount: 500 }),
      posts: ['01', '08', '15', '22'].flatMap((d) =>
        postsAt(`2024-11-${d}T09:00`, 3, { likes: 8, views: 250 }),
      ),
      category: 'active',
      reach: { kind: 'unavailable', reason: 'no-rights' },
      posWidgetsDeclared: true,
      now: msk('2024-11-30T12:00'),
    });
    // The monitoring removes 10 of the community's own comments: 30 / 1,250 = 2.4 % → 2.4 ÷ 3 = 80.
    const monitoring: MonitoringEr = {
      reactions: 30,
      views: 1250,
      percent: 2.4,
      achievement: 80,
      differences: [{ kind: 'community-comments', count: 10 }],
      unchecked: [],
      topTenShare: null,
      managersShare: null,
      complete: true,
    };
    const refined = withMonitoringRatingEr(card, monitoring);

    it('plain 3.2 %: ok, rating 100, no reactions needed', () => {
      expect(card.er.percent).toBe(3.2);
      expect(card.verdict.status).toBe('ok');
      expect(card.rating.total).toBe(100);
      expect(card.actions.find((a) => a.kind === 'need-reactions')).toBeUndefined();
    });

    it('monitoring 2.4 %: fail, rating 0.5 × 100 + 0.3 × 80 + 0.2 × 100 = 94', () => {
      expect(refined.verdict.indicators.er).toBe('fail');
      expect(refined.verdict.status).toBe('fail');
      expect(refined.verdict.reasons).toEqual([{ kind: 'er-below-target', percent: 2.4, targetPercent: 3 }]);
      expect(refined.rating.total).toBe(94);
      // The plain figure stays as it was, beside the one the rating counts.
      expect(refined.er.percent).toBe(3.2);
      expect(refined.ratingEr).toMatchObject({ source: 'monitoring', percent: 2.4, achievement: 80 });
    });

    it('asks for the reactions the monitoring still misses: 3 % of 1,250 = 37.5 → 38 − 30 = 8, worth 6 points', () => {
      expect(refined.ratingEr.reactionsNeeded).toBe(8);
      expect(refined.actions[0]).toEqual({
        kind: 'need-reactions',
        count: 8,
        posts: 5,
        percent: 2.4,
        targetPercent: 3,
        // ER at target: back to 100, + 0.3 × (100 − 80) = 6
        impact: 6,
      });
    });

    it('leaves a gone page gone', () => {
      const gone = computeScorecard({ ...base, page: page({ status: 'deleted' }) });
      const again = withMonitoringRatingEr(gone, monitoring);
      expect(again.verdict.status).toBe('fail');
      expect(again.rating.total).toBeNull();
      expect(again.actions).toEqual([]);
    });
  });

  it.each(['deleted', 'banned'] as const)(
    'gives a %s page no rating, no deduction, no actions, only its page-state flag',
    (state) => {
      // base: a missing cover (−5) and posts that would give a rating of 61.67.
      const card = computeScorecard({ ...base, page: page({ status: state, hasCover: false }) });
      expect(card.rating.total).toBeNull();
      expect(card.rating.deduction.points).toBe(0);
      expect(card.rating.components.every((c) => !c.counted)).toBe(true);
      expect(card.requirements.deductedCount).toBe(0);
      expect(card.actions).toEqual([]);
      expect(card.verdict.status).toBe('fail');
      expect(card.er.percent).toBeNull();
      expect(card.frequency.periods.map((p) => p.published)).toEqual([0, 0, 0, 0]);
      expect(scorecardFlags(card, { postsComplete: true })).toEqual([{ kind: `${state}-page` }]);
    },
  );

  it('asks nothing of a page at 100 % with nothing left to do', () => {
    // Posts on the 1st, 3rd, 5th | 8th, 10th, 12th | 15th, 17th, 19th | 22nd, 24th, 26th, 28th at
    // 09:00: 3, 3, 3, 4 → every period met; no silence of 4 days (the longest, 5th → 8th, is 3 days;
    // 28th 09:00 → now 30th 12:00 is 2 days 3 hours). 3 likes per 100 views: 15 / 500 = 3 % → 100;
    // reach 100 / 300 = 33.33 % → 100; every requirement met, ПОС declared.
    const days = ['01', '03', '05', '08', '10', '12', '15', '17', '19', '22', '24', '26', '28'];
    const card = computeScorecard({
      page: page({ membersCount: 300 }),
      posts: days.map((d) => post({ date: msk(`2024-11-${d}T09:00`), likes: 3 })),
      category: 'active',
      reach: { kind: 'unavailable', reason: 'no-rights' },
      posWidgetsDeclared: true,
      now: msk('2024-11-30T12:00'),
    });
    expect(card.er).toMatchObject({ percent: 3, achievement: 100, reactionsNeeded: 0 });
    expect(card.reach).toMatchObject({ percent: 33.33, achievement: 100 });
    expect(card.rating.total).toBe(100);
    expect(card.verdict.status).toBe('ok');
    expect(card.actions).toEqual([]);
  });

  it('orders the actions by the points each adds to the projected rating, largest first', () => {
    // base, now the 10th: period 1 met (3), period 2 running at 1 of 3 with nothing scheduled.
    // Projection at the end of period 2: frequency 1 of 2 = 50; ER 4 / 400 = 1 % → 33.33; reach
    // 100 / 1,000 = 10 % → 33.33: 25 + 9.999 + 6.666 = 41.665 → 41.67 before the cover's −5.
    const card = computeScorecard(base);
    expect(card.actions.map((a) => [a.kind, a.impact])).toEqual([
      // period 2 met → frequency 100: 50 + 9.999 + 6.666 = 66.665 → 66.67, + 25
      ['post-more', 25],
      // ER at target: 25 + 30 + 6.666 = 61.666 → 61.67, + 20
      ['need-reactions', 20],
      // reach at target: 25 + 9.999 + 20 = 54.999 → 55, + 13.33
      ['raise-reach', 13.33],
      // the cover: the deduction back
      ['fix-requirement', 5],
      // periods 3 and 4 are not in the projection yet; the 2nd → 9th silence is advice
      ['schedule-posts', 0],
      ['schedule-posts', 0],
      ['spread-posts', 0],
    ]);
    const impacts = card.actions.map((a) => a.impact);
    expect(impacts).toEqual([...impacts].sort((a, b) => b - a));
  });
});
