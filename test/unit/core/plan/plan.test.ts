// The plan's numbers (docs/plan.md), each computed by hand. Moscow time (UTC+3) unless said.
import { describe, expect, it } from 'vitest';
import {
  bestHourOf,
  DEFAULT_PLAN_HOUR,
  planMonth,
  planPublications,
  type PlanInput,
  type PublicationPlan,
} from '../../../../src/core/plan';
import type { HeatCell } from '../../../../src/core/history/best-time';
import { msk, post } from '../helpers';
import { EXAMPLE_NOW, examplePosts } from './worked-example';

const MSK = 'Europe/Moscow';

function plan(over: Partial<PlanInput> = {}): PublicationPlan {
  return planPublications({ posts: [], category: 'active', now: EXAMPLE_NOW, timeZone: MSK, ...over });
}

/** 'YYYY-MM-DDTHH:00' Moscow → the suggestion the plan makes for it. */
function at(local: string) {
  return { date: local.slice(0, 10), hour: Number(local.slice(11, 13)), at: msk(local) };
}

describe('planPublications: the worked example (docs/plan.md)', () => {
  const result = plan({ posts: examplePosts() });

  it('plans December with the default hour', () => {
    expect(result.month).toBe('2025-12');
    expect(result.hour).toBe(10);
    expect(result.hourSource).toBe('default');
  });

  it('leaves the met period alone', () => {
    expect(result.periods[0]).toEqual({
      index: 1,
      firstDate: '2025-12-01',
      deadline: '2025-12-07',
      threshold: 3,
      published: 3,
      scheduled: 0,
      stillNeeded: 0,
      status: 'met',
      plansFrom: null,
      suggested: [],
    });
  });

  it('spreads the running period over the days after today: 11–14 → the 11th and the 13th', () => {
    // 3 − 1 = 2 posts; today's 10:00 has passed; days 11, 12, 13, 14: ⌊0·4/2⌋ = 0, ⌊1·4/2⌋ = 2.
    expect(result.periods[1]).toMatchObject({ status: 'in-progress', published: 1, stillNeeded: 2 });
    expect(result.periods[1].plansFrom).toBe('2025-12-11');
    expect(result.periods[1].suggested).toEqual([at('2025-12-11T10:00'), at('2025-12-13T10:00')]);
  });

  it('avoids the day of a scheduled post: 15–20 free → the 15th and the 18th', () => {
    // 3 − 0 − 1 = 2; the 21st has the scheduled post; free 15..20 (6 days): ⌊0⌋ = 0, ⌊6/2⌋ = 3.
    expect(result.periods[2]).toMatchObject({ status: 'upcoming', scheduled: 1, stillNeeded: 2 });
    expect(result.periods[2].suggested).toEqual([at('2025-12-15T10:00'), at('2025-12-18T10:00')]);
  });

  it('spreads an empty period of seven days: 22, 24, 26', () => {
    // ⌊0·7/3⌋ = 0, ⌊7/3⌋ = 2, ⌊14/3⌋ = 4; never day 29–31.
    expect(result.periods[3]).toMatchObject({ deadline: '2025-12-28', stillNeeded: 3 });
    expect(result.periods[3].suggested).toEqual([
      at('2025-12-22T10:00'),
      at('2025-12-24T10:00'),
      at('2025-12-26T10:00'),
    ]);
  });
});

describe('planPublications: today and the hour', () => {
  const monday = (time: string) => msk(`2025-12-15T${time}`);
  const period3 = (over: Partial<PlanInput>) => plan({ now: monday('08:00'), ...over }).periods[2];

  it('counts today while the hour is ahead: 15, 17, 19', () => {
    expect(period3({}).suggested).toEqual([
      at('2025-12-15T10:00'),
      at('2025-12-17T10:00'),
      at('2025-12-19T10:00'),
    ]);
  });

  it('starts tomorrow once the hour has come (10:00 sharp) or passed (late evening): 16, 18, 20', () => {
    const tomorrow = [at('2025-12-16T10:00'), at('2025-12-18T10:00'), at('2025-12-20T10:00')];
    expect(period3({ now: monday('10:00') }).suggested).toEqual(tomorrow);
    expect(period3({ now: monday('22:00') }).plansFrom).toBe('2025-12-16');
    expect(period3({ now: monday('22:00') }).suggested).toEqual(tomorrow);
  });

  it('avoids today when it already has a post: 2 posts over 16–21 → 16 and 19', () => {
    // Published at 07:30: 3 − 1 = 2; today (15) is taken, free 16..21 (6): ⌊0⌋ = 0, ⌊6/2⌋ = 3.
    const p = period3({ posts: [post({ date: monday('07:30') })] });
    expect(p.plansFrom).toBe('2025-12-15');
    expect(p.suggested).toEqual([at('2025-12-16T10:00'), at('2025-12-19T10:00')]);
  });

  it('uses the best hour when given: at noon 19:00 is still ahead, 10:00 is not', () => {
    const best = plan({ now: monday('12:00'), bestHour: 19 });
    expect(best.hourSource).toBe('best-time');
    expect(best.periods[2].suggested).toEqual([
      at('2025-12-15T19:00'),
      at('2025-12-17T19:00'),
      at('2025-12-19T19:00'),
    ]);
    const byDefault = plan({ now: monday('12:00'), bestHour: null });
    expect(byDefault.hour).toBe(DEFAULT_PLAN_HOUR);
    expect(byDefault.periods[2].suggested.map((s) => s.date)).toEqual([
      '2025-12-16',
      '2025-12-18',
      '2025-12-20',
    ]);
  });

  it("takes the hours and the days in the page's zone", () => {
    // 07:30 in Moscow is 09:30 in Yekaterinburg (UTC+5): its 10:00 (08:00 Moscow) is still ahead.
    // A post at 22:30 Moscow on the 15th is 00:30 on the 16th there: the 16th is taken.
    const p = planPublications({
      posts: [post({ date: monday('22:30'), state: 'postponed' })],
      category: 'active',
      now: monday('07:30'),
      timeZone: 'Asia/Yekaterinburg',
    }).periods[2];
    // 2 posts over free 15, 17..21 (6 days): ⌊0⌋ = 15, ⌊6/2⌋ = 3 → the 19th.
    expect(p.suggested).toEqual([
      { date: '2025-12-15', hour: 10, at: msk('2025-12-15T08:00') },
      { date: '2025-12-19', hour: 10, at: msk('2025-12-19T08:00') },
    ]);
  });

  it('refuses an hour outside 0..23', () => {
    expect(() => plan({ bestHour: 24 })).toThrow(RangeError);
    expect(() => plan({ bestHour: 9.5 })).toThrow(RangeError);
  });
});

describe('planPublications: periods met, covered or over', () => {
  it('suggests nothing for a period over, even one missed', () => {
    // On the 10th, period 1 with one post is missed: nothing can be added to it any more.
    const p = plan({ posts: [post({ date: msk('2025-12-02T09:00') })] }).periods[0];
    expect(p).toMatchObject({
      status: 'missed',
      published: 1,
      stillNeeded: 0,
      plansFrom: null,
      suggested: [],
    });
  });

  it('suggests nothing for a running period its scheduled posts cover', () => {
    const scheduled = ['2025-12-11T09:00', '2025-12-12T09:00', '2025-12-13T09:00'].map((local) =>
      post({ date: msk(local), state: 'postponed' }),
    );
    const p = plan({ posts: scheduled }).periods[1];
    expect(p).toMatchObject({ status: 'in-progress', scheduled: 3, stillNeeded: 0, suggested: [] });
  });

  it('still says what is needed when the last day is too late for its hour', () => {
    // Sunday 28th, 21:00: period 4 runs until midnight but 10:00 has passed.
    const p = plan({ now: msk('2025-12-28T21:00') }).periods[3];
    expect(p).toMatchObject({ status: 'in-progress', stillNeeded: 3, plansFrom: null, suggested: [] });
  });
});

describe('planPublications: more posts than days', () => {
  const saturday = msk('2025-12-27T09:00');

  it('puts a second post on a day only when every day has one, two hours apart', () => {
    // Flagship: 5 posts over the 27th and 28th. Rounds: both days, both days, then the earlier one.
    const p = plan({ category: 'flagship', now: saturday }).periods[3];
    expect(p.suggested).toEqual([
      at('2025-12-27T10:00'),
      at('2025-12-27T12:00'),
      at('2025-12-27T14:00'),
      at('2025-12-28T10:00'),
      at('2025-12-28T12:00'),
    ]);
  });

  it('gives the extra post to the day without a post', () => {
    // Two scheduled on the 27th: 5 − 2 = 3; round 1 picks one of two days, the free 28th.
    const scheduled = [post({ date: msk('2025-12-27T18:00'), state: 'postponed' })];
    scheduled.push(post({ date: msk('2025-12-27T20:00'), state: 'postponed' }));
    const p = plan({ category: 'flagship', now: saturday, posts: scheduled }).periods[3];
    expect(p.suggested).toEqual([at('2025-12-27T10:00'), at('2025-12-28T10:00'), at('2025-12-28T12:00')]);
  });

  it('goes earlier in the day when later hours run out', () => {
    // One day left, best hour 22: 22, then 20 and 18 (24 does not exist).
    const p = plan({ now: msk('2025-12-28T09:00'), bestHour: 22 }).periods[3];
    expect(p.suggested).toEqual([at('2025-12-28T18:00'), at('2025-12-28T20:00'), at('2025-12-28T22:00')]);
  });
});

describe('planPublications: days 29–31 and months of 28–31 days', () => {
  it('never suggests 29 February: period 4 of a leap February ends on the 28th', () => {
    // Monday 26 Feb 2024, noon: 27 and 28 left for 3 posts, too few days one post a day, so the rest
    // of today joins (its next whole hour, 13:00) instead of a second post on the 27th.
    const p = plan({ month: '2024-02', now: msk('2024-02-26T12:00') }).periods[3];
    expect(p.deadline).toBe('2024-02-28');
    expect(p.suggested).toEqual([at('2024-02-26T13:00'), at('2024-02-27T10:00'), at('2024-02-28T10:00')]);
  });

  it('takes the rest of today only when the days left are too few: a short period, not a roomy one', () => {
    // Saturday 6 Dec 2025, 12:00, nothing posted: period 1 needs 3 with only the 7th left after today.
    const short = plan({ now: msk('2025-12-06T12:00') }).periods[0];
    expect(short.suggested).toEqual([at('2025-12-06T13:00'), at('2025-12-06T15:00'), at('2025-12-07T10:00')]);
    // At 21:30 no hour is left today (the last is 21:00): three posts on the 7th, two hours apart.
    const evening = plan({ now: msk('2025-12-06T21:30') }).periods[0];
    expect(evening.suggested).toEqual([
      at('2025-12-07T10:00'),
      at('2025-12-07T12:00'),
      at('2025-12-07T14:00'),
    ]);
    // Wednesday the 3rd at noon: 4 days left for 3 posts, today stays out.
    const roomy = plan({ now: msk('2025-12-03T12:00') }).periods[0];
    expect(roomy.suggested.map((slot) => slot.date)).not.toContain('2025-12-03');
  });

  it('plans the last day of a non-leap February in the morning: three posts on the 28th', () => {
    const result = plan({ now: msk('2025-02-28T09:00') });
    expect(result.month).toBe('2025-02');
    expect(result.periods[3].suggested).toEqual([
      at('2025-02-28T10:00'),
      at('2025-02-28T12:00'),
      at('2025-02-28T14:00'),
    ]);
  });

  it('plans March on 29 February (a leap year): 1, 3, 5 March', () => {
    const result = plan({ now: msk('2024-02-29T12:00') });
    expect(result.month).toBe('2024-03');
    expect(result.periods.map((p) => p.status)).toEqual(['upcoming', 'upcoming', 'upcoming', 'upcoming']);
    expect(result.periods[0].suggested).toEqual([
      at('2024-03-01T10:00'),
      at('2024-03-03T10:00'),
      at('2024-03-05T10:00'),
    ]);
  });

  it('plans December on 30 November (a 30-day month), counting only December posts', () => {
    const posts = [
      post({ date: msk('2025-11-30T09:00') }), // November's: not December's period 1
      post({ date: msk('2025-12-03T10:00'), state: 'postponed' }),
    ];
    const result = plan({ now: msk('2025-11-30T12:00'), posts });
    expect(result.month).toBe('2025-12');
    // 3 − 1 = 2 over free 1, 2, 4, 5, 6, 7: ⌊0⌋ = 0 → the 1st, ⌊6/2⌋ = 3 → the 5th.
    expect(result.periods[0]).toMatchObject({ published: 0, scheduled: 1, stillNeeded: 2 });
    expect(result.periods[0].suggested).toEqual([at('2025-12-01T10:00'), at('2025-12-05T10:00')]);
  });

  it('plans January on 31 December: 1, 3, 5 January', () => {
    const result = plan({ now: msk('2025-12-31T20:00') });
    expect(result.month).toBe('2026-01');
    expect(result.periods[0].suggested.map((s) => s.date)).toEqual([
      '2026-01-01',
      '2026-01-03',
      '2026-01-05',
    ]);
  });
});

describe('planPublications: a business card', () => {
  it('has no threshold, so nothing is needed or suggested', () => {
    const result = plan({ category: 'card', posts: examplePosts() });
    for (const p of result.periods)
      expect(p).toMatchObject({ threshold: null, status: 'not-assessed', stillNeeded: 0, suggested: [] });
  });
});

describe('planMonth', () => {
  it("is now's month through day 28, the next one from day 29, in the page's zone", () => {
    expect(planMonth(msk('2025-12-28T23:59'), MSK)).toBe('2025-12');
    expect(planMonth(msk('2025-12-29T00:00'), MSK)).toBe('2026-01');
    expect(planMonth(msk('2025-11-29T00:00'), MSK)).toBe('2025-12');
    // 23:30 Moscow on the 28th is 01:30 on the 29th in Yekaterinburg.
    expect(planMonth(msk('2025-12-28T23:30'), 'Asia/Yekaterinburg')).toBe('2026-01');
  });
});

describe('bestHourOf', () => {
  const cell = (hour: number): HeatCell => ({
    weekday: 2,
    hour,
    posts: 3,
    reactions: 9,
    views: 300,
    percent: 3,
  });

  it("is the best slot's hour once the heat map has enough data, null otherwise", () => {
    expect(bestHourOf({ tooFew: false, best: [cell(19), cell(10)] })).toBe(19);
    expect(bestHourOf({ tooFew: true, best: [] })).toBeNull();
  });
});
