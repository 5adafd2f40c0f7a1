import { describe, expect, it } from 'vitest';
import { computeActions } from '../../../src/core/actions';
import { computeEr, plainRatingEr } from '../../../src/core/er';
import { computeFrequency } from '../../../src/core/frequency';
import type { OptionsOverride } from '../../../src/core/options';
import { computeReach } from '../../../src/core/reach';
import { checkRequirements } from '../../../src/core/requirements';
import type { Category, PageInfo, Post } from '../../../src/core/types';
import { msk, page, post, postsAt } from './helpers';

const NOW = msk('2024-11-10T12:00');

function actionsFor(
  posts: Post[],
  {
    category = 'active',
    pageInfo = page(),
    options = {},
    now = NOW,
  }: {
    category?: Category;
    pageInfo?: PageInfo;
    options?: OptionsOverride;
    now?: number;
  } = {},
) {
  const frequency = computeFrequency(posts, { category, month: '2024-11', now, options });
  const er = computeEr(posts, { now, options });
  const reach = computeReach({
    reach: { kind: 'unavailable', reason: 'no-rights' },
    membersCount: pageInfo.membersCount,
    posts,
    month: '2024-11',
    now,
    options,
  });
  const requirements = checkRequirements(pageInfo, { posWidgetsDeclared: true, options });
  return computeActions({ frequency, er: plainRatingEr(er), reach, requirements, options });
}

/** Three posts on the 2nd, one on the 9th, one scheduled on the 16th; 1 like per 100 views. */
const MID_MONTH = [
  ...postsAt('2024-11-02T09:00', 3, { likes: 1 }),
  post({ date: msk('2024-11-09T09:00'), likes: 1 }),
  post({ date: msk('2024-11-16T09:00'), state: 'postponed' }),
];

describe('computeActions', () => {
  it('lists what to do, ordered by the rating points each adds, computed by hand', () => {
    const actions = actionsFor(MID_MONTH, {
      pageInfo: page({ hasCover: false, isGovernmentOrganization: null }),
    });
    // The projection at the end of period 2: period 1 met, period 2 (1 of 3, none scheduled) missed →
    // frequency 50; ER 4 / 400 = 1 % → 33.33; reach 100 / 1000 = 10 % → 33.33; cover −5.
    // Before the deduction: 0.5 × 50 + 0.3 × 33.33 + 0.2 × 33.33 = 25 + 10 + 6.67 = 41.67.
    expect(actions).toEqual([
      // period 2 met → frequency 100: + 0.5 × 50 = 25
      {
        kind: 'post-more',
        periodIndex: 2,
        count: 2,
        published: 1,
        scheduled: 0,
        threshold: 3,
        deadline: '2024-11-14',
        impact: 25,
      },
      // 3% needs 12 reactions, 8 more; ER at target: 25 + 30 + 6.67 = 61.67 → +20
      { kind: 'need-reactions', count: 8, posts: 4, percent: 1, targetPercent: 3, impact: 20 },
      // reach at target: 25 + 10 + 20 = 55 → +13.33
      { kind: 'raise-reach', percent: 10, targetPercent: 30, estimated: true, impact: 13.33 },
      { kind: 'fix-requirement', id: 'cover', deducted: true, impact: 5 },
      // later periods are not in the rating yet: planning them adds nothing today
      {
        kind: 'schedule-posts',
        periodIndex: 3,
        count: 2,
        scheduled: 1,
        threshold: 3,
        firstDay: '2024-11-15',
        deadline: '2024-11-21',
        impact: 0,
      },
      {
        kind: 'schedule-posts',
        periodIndex: 4,
        count: 3,
        scheduled: 0,
        threshold: 3,
        firstDay: '2024-11-22',
        deadline: '2024-11-28',
        impact: 0,
      },
      // the 2nd 11:00 → the 9th 09:00 was a 6-day silence
      { kind: 'spread-posts', gaps: 1, longestDays: 6, impact: 0 },
      { kind: 'check-requirement', id: 'gov-mark', impact: 0 },
    ]);
  });

  it('uses effective weights: a business card’s ER weighs 0.3 ÷ 0.5 = 60 %', () => {
    const posts = [post({ date: msk('2024-11-02T10:00'), likes: 1 })];
    // ER 1 % → 33.33; reach 10 % → 33.33; frequency not assessed, so ER 0.6 and reach 0.4:
    // ER at target adds 0.6 × 66.67 = 40, reach 0.4 × 66.67 = 26.67.
    const actions = actionsFor(posts, { category: 'card' });
    expect(actions.find((a) => a.kind === 'need-reactions')?.impact).toBe(40);
    expect(actions.find((a) => a.kind === 'raise-reach')?.impact).toBe(26.67);
  });

  it('counts a requirement’s points even where the rating is clamped at 0', () => {
    const posts = [post({ date: msk('2024-11-02T10:00') })];
    const bare = page({ hasCover: false, hasPhoto: false, description: '' });
    // Period 1 missed, ER 0, reach 10 % → 0 + 0 + 6.67 − 15 < 0: the rating shows 0, each item still 5.
    const fixes = actionsFor(posts, { pageInfo: bare }).filter((a) => a.kind === 'fix-requirement');
    expect(fixes.map((a) => a.impact)).toEqual([5, 5, 5]);
  });

  it('asks for nothing the scheduled posts already cover', () => {
    const posts = [
      ...['01', '04', '07', '08', '09', '10'].map((d) =>
        post({ date: msk(`2024-11-${d}T09:00`), likes: 10 }),
      ),
      ...['15', '22'].flatMap((d) => postsAt(`2024-11-${d}T09:00`, 3, { state: 'postponed' })),
    ];
    const kinds = actionsFor(posts, { pageInfo: page({ membersCount: 300 }) }).map((a) => a.kind);
    expect(kinds).toEqual([]);
  });

  it('tells a silent page to post today', () => {
    const posts = [post({ date: msk('2024-11-04T10:00'), likes: 10 })];
    const gap = actionsFor(posts).find((a) => a.kind === 'fill-gap');
    expect(gap).toEqual({ kind: 'fill-gap', days: 6, since: msk('2024-11-04T10:00'), impact: 0 });
  });

  it('gives a business card no frequency or rhythm actions', () => {
    const kinds = actionsFor([post({ date: msk('2024-11-01T10:00') })], { category: 'card' }).map(
      (a) => a.kind,
    );
    expect(kinds).not.toContain('post-more');
    expect(kinds).not.toContain('schedule-posts');
    expect(kinds).not.toContain('fill-gap');
    expect(kinds).toContain('need-reactions');
  });

  it('values periods at zero once the month is lost in all-or-nothing mode', () => {
    const posts = [post({ date: msk('2024-11-02T10:00'), likes: 10 })];
    const actions = actionsFor(posts, { options: { frequencyScoreMode: 'all-or-nothing' } });
    expect(actions.find((a) => a.kind === 'post-more')?.impact).toBe(0);
    const fresh = actionsFor(posts, {
      options: { frequencyScoreMode: 'all-or-nothing' },
      now: msk('2024-11-03T10:00'),
    });
    expect(fresh.find((a) => a.kind === 'post-more')).toMatchObject({ periodIndex: 1, count: 2, impact: 50 });
  });

  it('gives a non-deducted missing item zero impact', () => {
    const actions = actionsFor(MID_MONTH, { pageInfo: page({ wall: 'closed' }) });
    expect(actions.find((a) => a.kind === 'fix-requirement')).toEqual({
      kind: 'fix-requirement',
      id: 'open-wall',
      deducted: false,
      impact: 0,
    });
  });
});
