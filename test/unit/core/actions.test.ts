import { describe, expect, it } from 'vitest';
import { computeActions } from '../../../src/core/actions';
import { computeEr } from '../../../src/core/er';
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
  return computeActions({ frequency, er, reach, requirements, options });
}

/** Three posts on the 2nd, one on the 9th, one scheduled on the 16th; 1 like per 100 views. */
const MID_MONTH = [
  ...postsAt('2024-11-02T09:00', 3, { likes: 1 }),
  post({ date: msk('2024-11-09T09:00'), likes: 1 }),
  post({ date: msk('2024-11-16T09:00'), state: 'postponed' }),
];

describe('computeActions', () => {
  it('lists what to do, ordered by the rating points at stake', () => {
    const actions = actionsFor(MID_MONTH, {
      pageInfo: page({ hasCover: false, isGovernmentOrganization: null }),
    });
    expect(actions).toEqual([
      // ER 4 / 400 = 1%: 3% needs 12 reactions, 8 more; impact 0.3 × (100 − 33.33)
      { kind: 'need-reactions', count: 8, posts: 4, percent: 1, targetPercent: 3, impact: 20 },
      // reach estimate 100 views / 1000 members = 10%; impact 0.2 × (100 − 33.33)
      { kind: 'raise-reach', percent: 10, targetPercent: 30, estimated: true, impact: 13.33 },
      // each period is worth 0.5 × 100 / 4 = 12.5 points; the soonest deadline first
      {
        kind: 'post-more',
        periodIndex: 2,
        count: 2,
        published: 1,
        scheduled: 0,
        threshold: 3,
        deadline: '2024-11-14',
        impact: 12.5,
      },
      {
        kind: 'schedule-posts',
        periodIndex: 3,
        count: 2,
        scheduled: 1,
        threshold: 3,
        firstDay: '2024-11-15',
        deadline: '2024-11-21',
        impact: 12.5,
      },
      {
        kind: 'schedule-posts',
        periodIndex: 4,
        count: 3,
        scheduled: 0,
        threshold: 3,
        firstDay: '2024-11-22',
        deadline: '2024-11-28',
        impact: 12.5,
      },
      { kind: 'fix-requirement', id: 'cover', deducted: true, impact: 5 },
      // the 2nd 11:00 → the 9th 09:00 was a 6-day silence
      { kind: 'spread-posts', gaps: 1, longestDays: 6, impact: 0 },
      { kind: 'check-requirement', id: 'gov-mark', impact: 0 },
    ]);
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
