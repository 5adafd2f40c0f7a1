import { describe, expect, it } from 'vitest';
import { computeReach } from '../../../src/core/reach';
import type { Post, ReachInput } from '../../../src/core/types';
import { msk, post } from './helpers';

const NOW = msk('2024-11-20T12:00');
const NO_STATS: ReachInput = { kind: 'unavailable', reason: 'no-rights' };

function reach(input: { reach?: ReachInput; membersCount?: number | null; posts?: Post[] }) {
  return computeReach({
    reach: input.reach ?? NO_STATS,
    membersCount: input.membersCount === undefined ? 1000 : input.membersCount,
    posts: input.posts ?? [],
    month: '2024-11',
    now: NOW,
  });
}

describe('computeReach', () => {
  it('is exact from stats: reach / members × 100', () => {
    const result = reach({ reach: { kind: 'stats', reach: 150, reachSubscribers: 90 }, membersCount: 600 });
    // 150 / 600 = 25%; 25 / 30 × 100 = 83.33
    expect(result).toMatchObject({
      kind: 'stats',
      estimated: false,
      reach: 150,
      percent: 25,
      achievement: 83.33,
    });
    expect(result.missing).toBeNull();
  });

  it('estimates from the mean views of the month’s own published posts, labelled as an estimate', () => {
    const posts = [
      post({ date: msk('2024-11-02T10:00'), views: 100 }),
      post({ date: msk('2024-11-10T10:00'), views: 200 }),
      post({ date: msk('2024-11-19T10:00'), views: 301 }),
      // none of these count:
      post({ date: msk('2024-10-31T10:00'), views: 9000 }),
      post({ date: msk('2024-11-19T11:00'), views: 9000, own: false }),
      post({ date: msk('2024-11-21T10:00'), views: 9000 }),
      post({ date: msk('2024-11-19T12:00'), views: 9000, state: 'postponed' }),
    ];
    const result = reach({ posts });
    // (100 + 200 + 301) / 3 = 200.33 views per post over 1000 members = 20.03%; 20.03 / 30 = 66.77
    expect(result).toMatchObject({
      kind: 'estimate',
      estimated: true,
      reach: 200.33,
      percent: 20.03,
      achievement: 66.77,
      postsUsed: 3,
      missing: null,
      statsUnavailable: 'no-rights',
    });
  });

  it('caps the achievement at 100 and leaves the percent uncapped', () => {
    const result = reach({ posts: [post({ date: NOW - 60, views: 1500 })] });
    expect(result).toMatchObject({ percent: 150, achievement: 100 });
  });

  it('skips posts without views in the mean', () => {
    const result = reach({
      posts: [post({ date: NOW - 60, views: 300 }), post({ date: NOW - 120, views: null })],
    });
    expect(result).toMatchObject({ reach: 300, postsUsed: 1, percent: 30 });
  });

  it.each([
    { name: 'no members', membersCount: 0, posts: [post({ date: NOW - 60 })], missing: 'no-members' },
    { name: 'members unknown', membersCount: null, posts: [post({ date: NOW - 60 })], missing: 'no-members' },
    { name: 'no posts this month', membersCount: 1000, posts: [], missing: 'no-posts' },
    {
      name: 'no views',
      membersCount: 1000,
      posts: [post({ date: NOW - 60, views: null })],
      missing: 'no-views',
    },
  ])('$name → null, missing: $missing', ({ membersCount, posts, missing }) => {
    const result = reach({ membersCount, posts });
    expect(result).toMatchObject({ percent: null, achievement: null, missing });
    expect(result.kind).toBe('none');
  });

  it('is null from stats when members are unknown', () => {
    const result = reach({ reach: { kind: 'stats', reach: 10, reachSubscribers: null }, membersCount: null });
    expect(result).toMatchObject({ kind: 'stats', percent: null, missing: 'no-members' });
  });

  it('honours reachTargetPercent', () => {
    const result = computeReach({
      reach: { kind: 'stats', reach: 100, reachSubscribers: null },
      membersCount: 1000,
      posts: [],
      month: '2024-11',
      now: NOW,
      options: { reachTargetPercent: 20 },
    });
    expect(result).toMatchObject({ percent: 10, targetPercent: 20, achievement: 50 });
  });
});
