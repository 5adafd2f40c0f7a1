// The verdict (src/core/verdict.ts, docs/methodology.md "The verdict"): every rule and its edges,
// through the scorecard as the app, the export and the report compute it. Month 2024-11 in Moscow,
// active pages (3 posts a period) unless said otherwise; every number below is computed by hand.
import { describe, expect, it } from 'vitest';
import { scorecardFlags } from '../../../src/core/completeness';
import { computeScorecard, type ScorecardInput } from '../../../src/core/scorecard';
import type { Post } from '../../../src/core/types';
import {
  computeVerdict,
  countVerdicts,
  erIndicator,
  unreadPageVerdict,
  type Verdict,
} from '../../../src/core/verdict';
import { ER_TABLE, FREQUENCY_TABLE } from './worked-example';
import { msk, page, post, postsAt } from './helpers';

const MONTH = '2024-11';
const FIRST_DAYS = ['01', '08', '15', '22'];
/** 5 likes per 100 views: ER 5 % ≥ 3 %. */
const GOOD = { likes: 5 };

/** `counts[i]` own posts on the first day of period i + 1, hourly from 09:00 Moscow. */
function weeks(counts: readonly number[], over: Partial<Post> = GOOD): Post[] {
  return counts.flatMap((count, i) => postsAt(`2024-11-${FIRST_DAYS[i]}T09:00`, count, over));
}

/** Five October posts: an ER sample of 25 / 500 = 5 % before the month has any post. */
const OCTOBER = postsAt('2024-10-20T10:00', 5, GOOD);

/** A compliant active page (every requirement met, ПОС declared) unless overridden. */
function scorecard(over: Partial<ScorecardInput> = {}) {
  return computeScorecard({
    page: page(),
    posts: [],
    category: 'active',
    reach: { kind: 'unavailable', reason: 'no-rights' },
    posWidgetsDeclared: true,
    month: MONTH,
    now: msk('2024-11-30T12:00'),
    ...over,
  });
}

const verdictOf = (over: Partial<ScorecardInput> = {}): Verdict => scorecard(over).verdict;

describe('frequency: period boundaries', () => {
  it('is unknown while every period is still ahead (a second before the 1st)', () => {
    // 31 October 23:59:59: period 1 starts in a second; ER 5 % from October, so only frequency is open.
    const verdict = verdictOf({ posts: OCTOBER, now: msk('2024-11-01T00:00') - 1 });
    expect(verdict.indicators).toMatchObject({ frequency: 'unknown', er: 'ok', requirements: 'ok' });
    expect(verdict.status).toBe('unknown');
    expect(verdict.reasons).toEqual([]);
  });

  it('puts a page at risk at 00:00 on the 1st with nothing published or scheduled', () => {
    // Period 1 has begun (now = its start), 0 published + 0 scheduled < 3.
    const verdict = verdictOf({ posts: OCTOBER, now: msk('2024-11-01T00:00') });
    expect(verdict.indicators.frequency).toBe('risk');
    expect(verdict.status).toBe('risk');
    expect(verdict.reasons).toEqual([
      {
        kind: 'period-at-risk',
        periodIndex: 1,
        published: 0,
        scheduled: 0,
        threshold: 3,
        deadline: '2024-11-07',
      },
    ]);
  });

  it('takes a running period from risk to ok once the scheduled posts reach the threshold', () => {
    const now = msk('2024-11-01T00:00');
    const scheduled = (n: number) => postsAt('2024-11-03T10:00', n, { state: 'postponed' });
    // 0 published + 2 scheduled = 2 < 3: still at risk.
    expect(verdictOf({ posts: [...OCTOBER, ...scheduled(2)], now }).status).toBe('risk');
    // 0 published + 3 scheduled = 3 ≥ 3: the forecast meets it.
    const verdict = verdictOf({ posts: [...OCTOBER, ...scheduled(3)], now });
    expect(verdict.indicators.frequency).toBe('ok');
    expect(verdict.status).toBe('ok');
  });

  it('takes the 10th from risk to ok with one more scheduled post (the methodology.md example)', () => {
    const now = msk('2024-11-10T12:00');
    // Period 1: 3 on the 1st (met). Period 2: 1 published on the 9th + 1 scheduled for the 12th = 2 < 3.
    const posts = [
      ...weeks([3]),
      post({ date: msk('2024-11-09T10:00'), ...GOOD }),
      post({ date: msk('2024-11-12T10:00'), state: 'postponed' }),
    ];
    expect(verdictOf({ posts, now }).status).toBe('risk');
    // One more for the 13th: 1 + 2 = 3 ≥ 3.
    const more = post({ date: msk('2024-11-13T10:00'), state: 'postponed' });
    expect(verdictOf({ posts: [...posts, more], now }).status).toBe('ok');
  });

  it('counts only scheduled posts dated inside the running period', () => {
    // Three posts scheduled for the 8th belong to period 2: period 1 stays at 0 + 0.
    const later = postsAt('2024-11-08T10:00', 3, { state: 'postponed' });
    expect(verdictOf({ posts: [...OCTOBER, ...later], now: msk('2024-11-01T00:00') }).status).toBe('risk');
  });

  it('keeps a period at risk until its last second, and fails it at its end', () => {
    const posts = [
      post({ date: msk('2024-11-02T10:00'), ...GOOD }),
      post({ date: msk('2024-11-03T10:00'), ...GOOD }),
    ];
    const end = msk('2024-11-08T00:00'); // period 1's endsAt (exclusive) = period 2's start
    // 23:59:59 on the 7th: 2 of 3, still running → risk.
    expect(verdictOf({ posts: [...OCTOBER, ...posts], now: end - 1 }).status).toBe('risk');
    // 00:00 on the 8th: period 1 over at 2 < 3 → missed → fail; period 2 has begun with 0 → also at risk.
    const verdict = verdictOf({ posts: [...OCTOBER, ...posts], now: end });
    expect(verdict.indicators.frequency).toBe('fail');
    expect(verdict.status).toBe('fail');
    expect(verdict.reasons.map((r) => r.kind)).toEqual(['period-missed', 'period-at-risk']);
    expect(verdict.reasons[0]).toEqual({
      kind: 'period-missed',
      periodIndex: 1,
      published: 2,
      threshold: 3,
      unavailable: false,
    });
  });

  it('rescues a running period with a post in its last minute', () => {
    const now = msk('2024-11-07T23:30');
    const two = postsAt('2024-11-02T10:00', 2, GOOD);
    // 2 published + 1 scheduled for 23:45 on the 7th = 3: the forecast meets period 1.
    const last = post({ date: msk('2024-11-07T23:45'), state: 'postponed' });
    expect(verdictOf({ posts: [...OCTOBER, ...two, last], now }).indicators.frequency).toBe('ok');
    // The same post scheduled for 00:15 on the 8th is period 2's: period 1 stays at risk.
    const late = post({ date: msk('2024-11-08T00:15'), state: 'postponed' });
    expect(verdictOf({ posts: [...OCTOBER, ...two, late], now }).indicators.frequency).toBe('risk');
  });

  it('counts a post dated exactly at a period start in that period', () => {
    const at = msk('2024-11-08T00:00');
    const card = scorecard({ posts: [...weeks([3]), post({ date: at, ...GOOD })], now: at });
    expect(card.frequency.periods.map((p) => p.published)).toEqual([3, 1, 0, 0]);
    // Period 1 met, period 2 running at 1 + 0 < 3.
    expect(card.verdict.status).toBe('risk');
  });

  it('treats a met period as final mid-period, the later ones as not yet judged', () => {
    // 3 posts on the 1st, now the 3rd: period 1 met; 2–4 upcoming → ok (not unknown).
    const verdict = verdictOf({ posts: weeks([3]), now: msk('2024-11-03T12:00') });
    expect(verdict.indicators.frequency).toBe('ok');
    expect(verdict.status).toBe('ok');
  });

  it('ignores days 29–31: posts there rescue no period, silence there loses none', () => {
    const month = '2024-10';
    const now = msk('2024-10-31T23:00');
    const october = (days: string[], n: number) =>
      days.flatMap((d) => postsAt(`2024-10-${d}T09:00`, n, GOOD));
    // 3 + 3 + 3 + 3, nothing on the 29th–31st: every period met → ok.
    const met = verdictOf({ month, now, posts: october(['01', '08', '15', '22'], 3) });
    expect(met.status).toBe('ok');
    // 3 + 3 + 3 + 2, then 3 posts on each of the 29th, 30th and 31st: period 4 is 2 < 3 → fail.
    const card = scorecard({
      month,
      now,
      posts: [...october(['01', '08', '15'], 3), ...october(['22'], 2), ...october(['29', '30', '31'], 3)],
    });
    expect(card.frequency.periods.map((p) => p.published)).toEqual([3, 3, 3, 2]);
    expect(card.verdict.status).toBe('fail');
    expect(card.verdict.reasons).toEqual([
      { kind: 'period-missed', periodIndex: 4, published: 2, threshold: 3, unavailable: false },
    ]);
  });

  it('fails a page for an unavailable (N/A) period even when its posts met the threshold', () => {
    // 3 / 3 / 6 / 3 with period 3 out of the federal export: N/A counts as not met.
    const verdict = verdictOf({ posts: weeks([3, 3, 6, 3]), unavailablePeriods: [3] });
    expect(verdict.indicators.frequency).toBe('fail');
    expect(verdict.status).toBe('fail');
    expect(verdict.reasons).toEqual([
      { kind: 'period-missed', periodIndex: 3, published: 6, threshold: 3, unavailable: true },
    ]);
  });
});

describe('the worked example of METHODOLOGY.md (4 pages, after day 28)', () => {
  // Frequency: 10/3/5/8 met; 3/3/3/1, 0/0/20/0 and 3/4/N/A/5 not. ER over each page's last five
  // posts (the newest carries the table's totals, the others 0 of 0 views):
  // 219 / 1,000 = 21.9 %; 16 / 100 = 16 %; 10 / 560 = 1.79 %; 2,638 / 122,000 = 2.16 %.
  const verdicts = FREQUENCY_TABLE.map((row) => {
    const er = ER_TABLE.find((e) => e.id === row.id);
    const posts = weeks(
      row.weeks.map((w) => w ?? 0),
      { views: 0 },
    ).sort((a, b) => b.date - a.date);
    const [newest, ...rest] = posts;
    const withEr = [
      {
        ...(newest as Post),
        likes: er?.likes ?? 0,
        comments: er?.comments ?? 0,
        reposts: er?.reposts ?? 0,
        views: er?.views ?? 0,
      },
      ...rest,
    ];
    const unavailablePeriods = row.weeks.flatMap((w, i) => (w === null ? [(i + 1) as 1 | 2 | 3 | 4] : []));
    return scorecard({ posts: withEr, unavailablePeriods });
  });

  it('gives the ministry page ok and institutions 1–3 fail', () => {
    expect(verdicts.map((c) => c.er.percent)).toEqual([21.9, 16, 1.79, 2.16]);
    expect(verdicts.map((c) => c.verdict.indicators.frequency)).toEqual(['ok', 'fail', 'fail', 'fail']);
    expect(verdicts.map((c) => c.verdict.indicators.er)).toEqual(['ok', 'ok', 'fail', 'fail']);
    expect(verdicts.map((c) => c.verdict.status)).toEqual(['ok', 'fail', 'fail', 'fail']);
    expect(countVerdicts(verdicts.map((c) => c.verdict))).toEqual({ ok: 1, risk: 0, fail: 3, unknown: 0 });
  });

  it('names why each institution fails, most serious first', () => {
    const missed = (periodIndex: number, published: number, unavailable = false) => ({
      kind: 'period-missed',
      periodIndex,
      published,
      threshold: 3,
      unavailable,
    });
    expect(verdicts[1]?.verdict.reasons).toEqual([missed(4, 1)]);
    expect(verdicts[2]?.verdict.reasons).toEqual([
      missed(1, 0),
      missed(2, 0),
      missed(4, 0),
      { kind: 'er-below-target', percent: 1.79, targetPercent: 3 },
    ]);
    expect(verdicts[3]?.verdict.reasons).toEqual([
      missed(3, 0, true),
      { kind: 'er-below-target', percent: 2.16, targetPercent: 3 },
    ]);
  });
});

describe('ER: compared on the rounded percent the screen shows', () => {
  // Period 1 met by the 3rd (3 posts), plus 2 October posts: the five sampled posts have 20,000
  // views each, 100,000 in all.
  const now = msk('2024-11-03T12:00');
  const sample = (likes: number[]) => [
    ...postsAt('2024-11-01T09:00', 3).map((p, i) => ({ ...p, views: 20_000, likes: likes[i] ?? 0 })),
    ...postsAt('2024-10-20T09:00', 2).map((p, i) => ({ ...p, views: 20_000, likes: likes[i + 3] ?? 0 })),
  ];

  it.each([
    // 600 × 4 + 596 = 2,996 / 100,000 = 2.996 % → shows 3,00 % → meets 3 %
    { likes: [600, 600, 600, 600, 596], percent: 3, indicator: 'ok', status: 'ok' },
    // 599 × 5 = 2,995 → 2.995 % → 3,00 % (half up) → ok
    { likes: [599, 599, 599, 599, 599], percent: 3, indicator: 'ok', status: 'ok' },
    // 2,994 → 2.994 % → 2,99 % → below 3 %
    { likes: [599, 599, 599, 599, 598], percent: 2.99, indicator: 'fail', status: 'fail' },
    // 598 × 5 = 2,990 → 2.99 % → fail
    { likes: [598, 598, 598, 598, 598], percent: 2.99, indicator: 'fail', status: 'fail' },
  ])(
    'Σ likes $likes over 100,000 views → $percent % → $indicator',
    ({ likes, percent, indicator, status }) => {
      const card = scorecard({ posts: sample(likes), now });
      expect(card.er.percent).toBe(percent);
      expect(card.verdict.indicators.er).toBe(indicator);
      expect(card.verdict.status).toBe(status);
    },
  );

  it('still advises the 4 reactions the unrounded 2.996 % lacks, worth 0 points', () => {
    // 3 % of 100,000 = 3,000 − 2,996 = 4; the rounded 3.00 % already gives ER achievement 100.
    const card = scorecard({ posts: sample([600, 600, 600, 600, 596]), now });
    expect(card.er.reactionsNeeded).toBe(4);
    expect(card.actions.find((a) => a.kind === 'need-reactions')).toMatchObject({ count: 4, impact: 0 });
  });

  it('names the shortfall: 2.99 % of 3 %', () => {
    const verdict = verdictOf({ posts: sample([598, 598, 598, 598, 598]), now });
    expect(verdict.reasons).toEqual([{ kind: 'er-below-target', percent: 2.99, targetPercent: 3 }]);
  });

  it('is unknown without a figure: no posts, or a sampled post without views', () => {
    // Period 1 met by the 3rd, but the newest post came without views: ER null → unknown.
    const posts = [...weeks([3]), post({ date: msk('2024-11-03T10:00'), views: null })];
    const verdict = verdictOf({ posts, now });
    expect(verdict.indicators.er).toBe('unknown');
    expect(verdict.status).toBe('unknown');
    expect(erIndicator({ percent: null, targetPercent: 3 })).toBe('unknown');
    // No post at all before the month: frequency and ER both unknown.
    expect(verdictOf({ now: msk('2024-10-31T12:00') }).indicators).toMatchObject({
      frequency: 'unknown',
      er: 'unknown',
    });
  });

  it('fails on ER alone while frequency is fine', () => {
    // 3 posts a period, 1 like per 100 views: ER 1 % < 3 %.
    const verdict = verdictOf({ posts: weeks([3, 3, 3, 3], { likes: 1 }) });
    expect(verdict.indicators).toMatchObject({ frequency: 'ok', er: 'fail' });
    expect(verdict.status).toBe('fail');
  });
});

describe('requirements', () => {
  const posts = weeks([3, 3, 3, 3]);

  it.each([
    { name: 'cover', info: page({ hasCover: false }), missing: ['cover'] },
    { name: 'avatar', info: page({ hasPhoto: false }), missing: ['avatar'] },
    { name: 'description', info: page({ description: '   ' }), missing: ['description'] },
    {
      name: 'cover and avatar',
      info: page({ hasCover: false, hasPhoto: false }),
      missing: ['cover', 'avatar'],
    },
  ])('fails when the $name is missing', ({ info, missing }) => {
    const verdict = verdictOf({ page: info, posts });
    expect(verdict.indicators.requirements).toBe('fail');
    expect(verdict.status).toBe('fail');
    expect(verdict.reasons).toEqual([{ kind: 'requirements-missing', missing }]);
  });

  it('fails when the ПОС widgets are declared missing', () => {
    const verdict = verdictOf({ posts, posWidgetsDeclared: false });
    expect(verdict.indicators.requirements).toBe('fail');
    expect(verdict.reasons).toEqual([{ kind: 'requirements-missing', missing: ['pos-widgets'] }]);
  });

  it('is unknown when nothing is missing but the ПОС widgets are not declared, and the page stays ok', () => {
    const verdict = verdictOf({ posts, posWidgetsDeclared: null });
    expect(verdict.indicators.requirements).toBe('unknown');
    // The status looks at ER and frequency for «нет данных», not at the checklist.
    expect(verdict.status).toBe('ok');
  });

  it('is failed by a missing item even when the ПОС widgets are not declared', () => {
    expect(
      verdictOf({ posts, posWidgetsDeclared: null, page: page({ hasCover: false }) }).indicators.requirements,
    ).toBe('fail');
  });

  it('ignores what the rating does not deduct: a closed wall, an unknown «Госорганизация» mark', () => {
    const verdict = verdictOf({ posts, page: page({ wall: 'closed', isGovernmentOrganization: null }) });
    expect(verdict.indicators.requirements).toBe('ok');
    expect(verdict.status).toBe('ok');
  });
});

describe('reach: shown, never sets the status', () => {
  const posts = weeks([3, 3, 3, 3]);

  it('is fail below its target, and the page is still ok', () => {
    // Mean views 100 / 1,000 members = 10 % < 30 %.
    const card = scorecard({ posts });
    expect(card.reach.percent).toBe(10);
    expect(card.verdict.indicators.reach).toBe('fail');
    expect(card.verdict.status).toBe('ok');
    expect(card.verdict.reasons).toEqual([]);
  });

  it('is ok at its target: 100 / 300 members = 33.33 % ≥ 30 %', () => {
    const verdict = verdictOf({ posts, page: page({ membersCount: 300 }) });
    expect(verdict.indicators.reach).toBe('ok');
    expect(verdict.status).toBe('ok');
  });

  it('is unknown without a figure, and the status stays ok (not unknown)', () => {
    const verdict = verdictOf({ posts, page: page({ membersCount: null }) });
    expect(verdict.indicators.reach).toBe('unknown');
    expect(verdict.status).toBe('ok');
  });
});

describe('business cards: only the requirements count', () => {
  it('passes a card that posts nothing (frequency not assessed, ER unknown)', () => {
    const verdict = verdictOf({ category: 'card' });
    expect(verdict.indicators).toMatchObject({ frequency: 'not-assessed', er: 'unknown' });
    expect(verdict.status).toBe('ok');
  });

  it('does not fail a card on ER: 1 % is shown as failing, the card is ok', () => {
    const verdict = verdictOf({
      category: 'card',
      posts: [post({ date: msk('2024-11-02T10:00'), likes: 1 })],
    });
    expect(verdict.indicators.er).toBe('fail');
    expect(verdict.status).toBe('ok');
    expect(verdict.reasons).toEqual([]);
  });

  it('is neither at risk nor unknown mid-month with nothing posted', () => {
    expect(verdictOf({ category: 'card', now: msk('2024-11-10T12:00') }).status).toBe('ok');
  });

  it('fails a card on a missing requirement', () => {
    const verdict = verdictOf({ category: 'card', page: page({ hasCover: false }) });
    expect(verdict.status).toBe('fail');
    expect(verdict.reasons).toEqual([{ kind: 'requirements-missing', missing: ['cover'] }]);
  });
});

describe('deleted and banned pages', () => {
  // Figures that would otherwise be perfect, a missing cover and exact reach: none of it counts.
  const figures: Partial<ScorecardInput> = {
    posts: weeks([3, 3, 3, 3]),
    reach: { kind: 'stats', reach: 400, reachSubscribers: 300 },
  };

  it.each(['deleted', 'banned'] as const)('%s: status fail, no rating, no deduction, no actions', (state) => {
    const card = scorecard({ ...figures, page: page({ status: state, hasCover: false }) });
    expect(card.verdict).toEqual({
      status: 'fail',
      indicators: { frequency: 'unknown', er: 'unknown', requirements: 'unknown', reach: 'unknown' },
      reasons: [{ kind: 'page-gone', state }],
    });
    expect(card.rating.total).toBeNull();
    expect(card.rating.beforeDeduction).toBeNull();
    expect(card.rating.deduction).toMatchObject({ count: 0, points: 0 });
    expect(card.requirements).toMatchObject({ missingCount: 0, deductedCount: 0 });
    expect(card.actions).toEqual([]);
    // Only the page-state flag, even if the wall read had been cut short.
    expect(scorecardFlags(card, { postsComplete: false })).toEqual([{ kind: `${state}-page` }]);
  });

  it('gives a deleted business card a not-assessed frequency', () => {
    const verdict = verdictOf({ category: 'card', page: page({ status: 'deleted' }) });
    expect(verdict).toMatchObject({ status: 'fail', indicators: { frequency: 'not-assessed' } });
  });

  it('fails a gone page whatever the null-component policy', () => {
    const card = scorecard({
      ...figures,
      page: page({ status: 'banned' }),
      options: { nullComponentPolicy: 'zero' },
    });
    expect(card.rating.total).toBeNull();
  });
});

describe('unreadPageVerdict and countVerdicts', () => {
  it('fails a deleted or banned page it could not read; a private page or a failed read has none', () => {
    expect(unreadPageVerdict('deleted', true)).toMatchObject({
      status: 'fail',
      reasons: [{ kind: 'page-gone', state: 'deleted' }],
    });
    expect(unreadPageVerdict('banned', false)).toMatchObject({
      status: 'fail',
      indicators: { frequency: 'not-assessed' },
    });
    expect(unreadPageVerdict('private', true)).toEqual({
      status: 'unknown',
      indicators: { frequency: 'unknown', er: 'unknown', requirements: 'unknown', reach: 'unknown' },
      reasons: [],
    });
    expect(unreadPageVerdict('error', false).indicators.frequency).toBe('not-assessed');
  });

  it('counts every status, zeros included', () => {
    expect(countVerdicts([])).toEqual({ ok: 0, risk: 0, fail: 0, unknown: 0 });
    const statuses = ['ok', 'fail', 'fail', 'risk', 'unknown', 'fail'] as const;
    expect(countVerdicts(statuses.map((status) => ({ status })))).toEqual({
      ok: 1,
      risk: 1,
      fail: 3,
      unknown: 1,
    });
  });

  it('computes the same verdict from the parts as the scorecard does', () => {
    const card = scorecard({ posts: weeks([3, 3, 3, 1]) });
    const { frequency, ratingEr, requirements, reach } = card;
    expect(computeVerdict({ pageStatus: 'ok', frequency, er: ratingEr, requirements, reach })).toEqual(
      card.verdict,
    );
  });
});
