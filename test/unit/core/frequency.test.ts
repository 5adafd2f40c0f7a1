import { describe, expect, it } from 'vitest';
import {
  computeFrequency,
  findGaps,
  summarizeFrequency,
  type PeriodIndex,
} from '../../../src/core/frequency';
import type { Category, Post } from '../../../src/core/types';
import { FREQUENCY_TABLE } from './worked-example';
import { msk, post, postsAt, utc } from './helpers';

const MONTH = '2024-11';
const AFTER_DAY_28 = msk('2024-11-30T12:00');
const FIRST_DAYS = ['01', '08', '15', '22'];

/** `counts[i]` own posts on the first day of period i+1 (hourly from 09:00 Moscow). */
function weeklyPosts(counts: readonly (number | null)[]): Post[] {
  return counts.flatMap((count, i) => postsAt(`2024-11-${FIRST_DAYS[i]}T09:00`, count ?? 0));
}

function frequency(posts: Post[], now = AFTER_DAY_28, category: Category = 'active', extra = {}) {
  return computeFrequency(posts, { category, month: MONTH, now, ...extra });
}

describe('computeFrequency: the worked example', () => {
  const results = FREQUENCY_TABLE.map((row) =>
    frequency(weeklyPosts(row.weeks), AFTER_DAY_28, 'active', {
      unavailablePeriods: row.weeks.flatMap((w, i) => (w === null ? [(i + 1) as PeriodIndex] : [])),
    }),
  );

  it.each(FREQUENCY_TABLE.map((row, i) => ({ ...row, result: results[i] })))(
    '$name: $weeks → met $met',
    ({ weeks, met, result }) => {
      expect(result?.periods.map((p) => p.published)).toEqual(weeks.map((w) => w ?? 0));
      expect(result?.met).toBe(met);
      expect(result?.complete).toBe(true);
    },
  );

  it('marks the N/A period unavailable (not met)', () => {
    expect(results[3]?.periods.map((p) => p.status)).toEqual(['met', 'met', 'unavailable', 'met']);
    expect(results[1]?.periods.map((p) => p.status)).toEqual(['met', 'met', 'met', 'missed']);
  });

  it('summarizes to 4 assessed, 1 met, 25%', () => {
    expect(summarizeFrequency(results)).toEqual({ pages: 4, assessed: 4, met: 1, percent: 25 });
  });

  it('counts an N/A period as not met even when posts exist', () => {
    const result = frequency(weeklyPosts([3, 3, 6, 3]), AFTER_DAY_28, 'active', { unavailablePeriods: [3] });
    expect(result.periods[2]).toMatchObject({ published: 6, status: 'unavailable', forecastMet: false });
    expect(result.met).toBe(false);
  });
});

describe('computeFrequency: day boundaries', () => {
  it('puts 23:30 UTC on the 7th into period 2 in Moscow, period 1 in UTC', () => {
    const late = [post({ date: utc('2024-11-07T23:30') })];
    expect(frequency(late).periods.map((p) => p.published)).toEqual([0, 1, 0, 0]);
    const inUtc = computeFrequency(late, {
      category: 'active',
      month: MONTH,
      now: AFTER_DAY_28,
      options: { timeZone: 'UTC' },
    });
    expect(inUtc.periods.map((p) => p.published)).toEqual([1, 0, 0, 0]);
  });

  it.each([
    { at: msk('2024-11-07T23:59:59'), period: 1 },
    { at: msk('2024-11-08T00:00'), period: 2 },
    { at: msk('2024-11-01T00:00'), period: 1 },
    { at: msk('2024-11-28T23:59:59'), period: 4 },
  ])('a post at $at lands in period $period', ({ at, period }) => {
    const counts = frequency([post({ date: at })]).periods.map((p) => p.published);
    expect(counts.indexOf(1) + 1).toBe(period);
  });

  it('ignores days 29–31 and other months', () => {
    const posts = [
      post({ date: msk('2024-11-29T00:00') }),
      post({ date: msk('2024-11-30T10:00') }),
      post({ date: msk('2024-10-31T23:59') }),
      post({ date: msk('2024-12-01T00:00') }),
    ];
    expect(frequency(posts, msk('2024-12-02T00:00')).periods.map((p) => p.published)).toEqual([0, 0, 0, 0]);
  });

  it('gives the period bounds and deadlines as local calendar days', () => {
    const [p1, p2, , p4] = frequency([]).periods;
    expect(p1).toMatchObject({
      firstDay: 1,
      lastDay: 7,
      startsAt: msk('2024-11-01'),
      endsAt: msk('2024-11-08'),
    });
    expect(p2).toMatchObject({ firstDate: '2024-11-08', deadline: '2024-11-14' });
    expect(p4).toMatchObject({
      startsAt: msk('2024-11-22'),
      endsAt: msk('2024-11-29'),
      deadline: '2024-11-28',
    });
  });

  it('follows a daylight-saving change (New York, 3 Nov 2024)', () => {
    const result = computeFrequency([], {
      category: 'active',
      month: MONTH,
      now: AFTER_DAY_28,
      options: { timeZone: 'America/New_York' },
    });
    expect(result.periods[0].startsAt).toBe(utc('2024-11-01T04:00')); // EDT, UTC−4
    expect(result.periods[1].startsAt).toBe(utc('2024-11-08T05:00')); // EST, UTC−5
  });

  it('rejects a malformed month', () => {
    expect(() => computeFrequency([], { category: 'active', month: '2024-13', now: 0 })).toThrow(RangeError);
  });
});

describe('computeFrequency: what counts', () => {
  it('counts own published posts only, not reposts, suggestions or posts after now', () => {
    const now = msk('2024-11-05T12:00');
    const posts = [
      post({ date: msk('2024-11-02T10:00') }),
      post({ date: msk('2024-11-02T11:00'), own: false }),
      post({ date: msk('2024-11-02T12:00'), state: 'suggested' }),
      post({ date: msk('2024-11-06T10:00') }),
    ];
    expect(frequency(posts, now).periods[0]).toMatchObject({ published: 1, scheduled: 0 });
  });

  it('reports statuses, needs and the scheduled forecast in the middle of the month', () => {
    const now = msk('2024-11-10T12:00');
    const posts = [
      ...postsAt('2024-11-02T09:00', 3),
      post({ date: msk('2024-11-09T09:00') }),
      post({ date: msk('2024-11-12T09:00'), state: 'postponed' }),
      post({ date: msk('2024-11-13T09:00'), state: 'postponed' }),
      post({ date: msk('2024-11-16T09:00'), state: 'postponed' }),
      // a scheduled post already due is not a forecast any more
      post({ date: msk('2024-11-10T11:00'), state: 'postponed' }),
    ];
    const result = frequency(posts, now);
    expect(
      result.periods.map((p) => [p.status, p.published, p.scheduled, p.needed, p.neededAfterScheduled]),
    ).toEqual([
      ['met', 3, 0, 0, 0],
      ['in-progress', 1, 2, 2, 0],
      ['upcoming', 0, 1, 3, 2],
      ['upcoming', 0, 0, 3, 3],
    ]);
    expect(result.periods.map((p) => p.forecastMet)).toEqual([true, true, false, false]);
    expect(result).toMatchObject({
      met: false,
      forecastMet: false,
      complete: false,
      missedPeriods: 0,
      score: 100,
    });
  });

  it('forecasts the month met when scheduled posts fill every period', () => {
    const now = msk('2024-11-03T12:00');
    const posts = [
      ...postsAt('2024-11-01T09:00', 3),
      ...['08', '15', '22'].flatMap((d) => postsAt(`2024-11-${d}T09:00`, 3, { state: 'postponed' })),
    ];
    const result = frequency(posts, now);
    expect(result.met).toBe(false);
    expect(result.forecastMet).toBe(true);
  });

  it.each([
    { category: 'flagship' as const, counts: [5, 5, 5, 5], met: true },
    { category: 'flagship' as const, counts: [5, 4, 5, 5], met: false },
    { category: 'active' as const, counts: [3, 3, 3, 3], met: true },
    { category: 'active' as const, counts: [3, 3, 2, 30], met: false },
  ])('$category with $counts → met $met', ({ category, counts, met }) => {
    expect(frequency(weeklyPosts(counts), AFTER_DAY_28, category).met).toBe(met);
  });

  it('does not assess a business card', () => {
    const result = frequency([], AFTER_DAY_28, 'card');
    expect(result).toMatchObject({
      threshold: null,
      assessed: false,
      met: true,
      forecastMet: true,
      score: null,
    });
    expect(result.periods.map((p) => [p.status, p.needed])).toEqual(Array(4).fill(['not-assessed', null]));
  });

  it('leaves business cards out of the summary', () => {
    const card = frequency([], AFTER_DAY_28, 'card');
    const met = frequency(weeklyPosts([3, 3, 3, 3]));
    const missed = frequency(weeklyPosts([3, 3, 3, 0]));
    expect(summarizeFrequency([card, met, missed])).toEqual({ pages: 3, assessed: 2, met: 1, percent: 50 });
    expect(summarizeFrequency([card])).toEqual({ pages: 1, assessed: 0, met: 0, percent: null });
  });
});

describe('computeFrequency: score', () => {
  it.each([
    // decided = met + missed; undecided periods do not count
    { counts: [3, 3, 3, 0], now: AFTER_DAY_28, mode: 'share-of-decided-periods', score: 75 },
    { counts: [3, 0, 3, 0], now: AFTER_DAY_28, mode: 'share-of-decided-periods', score: 50 },
    { counts: [3, 1, 0, 0], now: msk('2024-11-10T12:00'), mode: 'share-of-decided-periods', score: 100 },
    { counts: [1, 0, 0, 0], now: msk('2024-11-03T12:00'), mode: 'share-of-decided-periods', score: null },
    { counts: [2, 3, 3, 3], now: AFTER_DAY_28, mode: 'share-of-decided-periods', score: 75 },
    { counts: [3, 3, 3, 0], now: AFTER_DAY_28, mode: 'all-or-nothing', score: 0 },
    { counts: [3, 3, 3, 3], now: AFTER_DAY_28, mode: 'all-or-nothing', score: 100 },
    { counts: [3, 0, 0, 0], now: msk('2024-11-10T12:00'), mode: 'all-or-nothing', score: 100 },
    { counts: [0, 0, 0, 0], now: msk('2024-11-03T12:00'), mode: 'all-or-nothing', score: null },
  ] as const)('$counts at $now, $mode → $score', ({ counts, now, mode, score }) => {
    const result = computeFrequency(weeklyPosts(counts), {
      category: 'active',
      month: MONTH,
      now,
      options: { frequencyScoreMode: mode },
    });
    expect(result.score).toBe(score);
  });
});

describe('gaps', () => {
  it('warns about a burst followed by silence even when the counts are met', () => {
    // three posts on the 1st, 8th, 15th and 22nd: every period met, yet a week of silence each time
    const result = frequency(weeklyPosts([3, 3, 3, 3]));
    expect(result.met).toBe(true);
    expect(result.gaps.map((g) => [g.from, g.to, g.days])).toEqual([
      ['post', 'post', 6],
      ['post', 'post', 6],
      ['post', 'post', 6],
      ['post', 'now', 8],
    ]);
  });

  it('ends the last silence at the month end once the month is over', () => {
    const result = frequency(weeklyPosts([3, 3, 3, 3]), msk('2024-12-05T12:00'));
    expect(result.gaps.at(-1)).toMatchObject({ to: 'month-end', endsAt: msk('2024-12-01'), days: 8 });
  });

  it('includes the silence since the month start and the one still going on', () => {
    const now = msk('2024-11-12T10:00');
    const posts = [
      post({ id: 1, date: msk('2024-11-05T10:00') }),
      post({ id: 2, date: msk('2024-11-06T10:00') }),
    ];
    const result = frequency(posts, now);
    expect(result.gaps).toEqual([
      {
        startsAt: msk('2024-11-01'),
        endsAt: msk('2024-11-05T10:00'),
        days: 4,
        from: 'month-start',
        to: 'post',
        afterPostId: null,
        beforePostId: 1,
      },
      {
        startsAt: msk('2024-11-06T10:00'),
        endsAt: now,
        days: 6,
        from: 'post',
        to: 'now',
        afterPostId: 2,
        beforePostId: null,
      },
    ]);
  });

  it.each([
    { seconds: 4 * 86_400, warned: true },
    { seconds: 4 * 86_400 - 1, warned: false },
  ])('a silence of $seconds s is warned: $warned (gapWarningDays 4)', ({ seconds, warned }) => {
    const start = msk('2024-11-10T00:00');
    const posts = [post({ date: start }), post({ date: start + seconds })];
    const gaps = findGaps(posts, start, start + 30 * 86_400, start + seconds, 4);
    expect(gaps.length).toBe(warned ? 1 : 0);
  });

  it('ignores reposts when looking for silences and honours gapWarningDays', () => {
    const now = msk('2024-11-04T00:00');
    const posts = [
      post({ date: msk('2024-11-01T00:00') }),
      post({ date: msk('2024-11-02T00:00'), own: false }),
    ];
    expect(frequency(posts, now).gaps).toEqual([]);
    const strict = computeFrequency(posts, {
      category: 'active',
      month: MONTH,
      now,
      options: { gapWarningDays: 2 },
    });
    expect(strict.gaps.map((g) => g.days)).toEqual([3]);
  });
});
