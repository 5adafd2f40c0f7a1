// (f) The leaderboard on the demo world's leaderboard bench page: 20,000 members, 30 own posts in the
// rating period with 500 likes, 50 reposts and 40 comments each (generateWorld({ leaderboardBench:
// true })). A full gather: requests against the execute floor ⌈calls/25⌉ and simulated seconds at the
// user token's 3 req/s (virtual clock, no latency); then an incremental refresh after one post got a
// new like (target ≤ 3 requests).
import { DEFAULT_POINTS, ratingPeriodAt, scoreLeaderboard } from '../../src/core/leaderboard';
import { gatherLeaderboard } from '../../src/data/leaderboard';
import { isMember, likersOf, managerRole } from '../../src/demo/crowd';
import { isActiveUser } from '../../src/demo/people';
import { publishedPost, setLike } from '../../src/demo/session';
import { LEADERBOARD_BENCH_PAGE_ID } from '../../src/demo/world';
import { EXECUTE_MAX_CALLS } from '../../src/vk/limits';
import { DEMO_NOW, demoServices } from '../../test/integration/demo-services';
import type { BenchSection, Figure } from './types';

export interface LeaderboardFigures {
  posts: number;
  entries: number;
  full: { requests: number; calls: number; floorRequests: number; simulatedSeconds: number };
  refresh: { requests: number; calls: number; postsRecounted: number; simulatedSeconds: number };
}

export async function measureLeaderboard(): Promise<LeaderboardFigures> {
  const groupId = LEADERBOARD_BENCH_PAGE_ID;
  // lbbench=1: the world gets the bench page (generateWorld({ leaderboardBench: true })).
  const { services, bridge, clock } = demoServices(`role=admin&lbbench=1&group=${groupId}`);
  const period = ratingPeriodAt(DEMO_NOW, 'Europe/Moscow');

  const start = clock.now();
  const first = await gatherLeaderboard(services.api, { groupId, period, canManage: true });
  const full = services.api.stats();
  const entries = scoreLeaderboard(first.input, DEFAULT_POINTS);

  // One subscriber likes one post they had not liked.
  const world = bridge.world;
  const post = publishedPost(world, -groupId, Number(first.input.posts[0]?.ref.split('_')[1]));
  const fan = post
    ? entries.find(
        (e) =>
          !likersOf(world, post).includes(e.userId) &&
          isMember(world, groupId, e.userId) &&
          managerRole(world, groupId, e.userId) === null &&
          isActiveUser(world.seed, e.userId),
      )
    : undefined;
  if (!post || !fan) throw new Error('bench: no post or subscriber to change');
  setLike(world, post, fan.userId, true);
  const refreshStart = clock.now();
  const again = await gatherLeaderboard(services.api, {
    groupId,
    period,
    canManage: true,
    cache: first.cache,
  });
  const total = services.api.stats();
  return {
    posts: first.input.posts.length,
    entries: entries.length,
    full: {
      requests: full.requests,
      calls: full.calls,
      floorRequests: Math.ceil(full.calls / EXECUTE_MAX_CALLS),
      simulatedSeconds: (refreshStart - start) / 1000,
    },
    refresh: {
      requests: total.requests - full.requests,
      calls: total.calls - full.calls,
      postsRecounted: again.stats.postsRecounted,
      simulatedSeconds: (clock.now() - refreshStart) / 1000,
    },
  };
}

function figures(r: LeaderboardFigures): Figure[] {
  const budget = 1.2 * r.full.floorRequests;
  return [
    {
      key: 'leaderboard.full.requests',
      label: `full gather: requests (${r.full.calls} calls, floor ${r.full.floorRequests}, ratio ${(r.full.requests / r.full.floorRequests).toFixed(2)})`,
      value: r.full.requests,
      unit: 'count',
      status: r.full.requests <= budget ? 'OK' : 'OVER',
      note: `budget ≤ ${budget.toFixed(1)}`,
    },
    {
      key: 'leaderboard.full.simulatedSeconds',
      label: 'full gather: simulated time at 3 req/s',
      value: r.full.simulatedSeconds,
      unit: 's',
    },
    {
      key: 'leaderboard.entries',
      label: `board entries (${r.posts} posts)`,
      value: r.entries,
      unit: 'count',
    },
    {
      key: 'leaderboard.refresh.requests',
      label: `refresh after one new like: requests (${r.refresh.calls} calls, ${r.refresh.postsRecounted} post recounted)`,
      value: r.refresh.requests,
      unit: 'count',
      status: r.refresh.requests <= 3 ? 'OK' : 'OVER',
      note: 'budget ≤ 3',
    },
    {
      key: 'leaderboard.refresh.simulatedSeconds',
      label: 'refresh: simulated time at 3 req/s',
      value: r.refresh.simulatedSeconds,
      unit: 's',
    },
  ];
}

export const leaderboardGather: BenchSection = {
  id: 'leaderboard',
  title:
    'Leaderboard: 30 posts × (500 likes, 50 reposts, 40 comments), 20,000 members (3 req/s, virtual clock)',
  async run(ctx) {
    ctx.log('  full gather and one-like refresh…');
    const r = await measureLeaderboard();
    return {
      figures: figures(r),
      notes: [
        'Three dependent steps: wall.get (with the managers and the first member page), then every ' +
          'post list with the rest of the member list (user objects carry `deactivated`, so no users.get), ' +
          'then a check of actors still unknown (none on a full gather of this page).',
      ],
      json: { leaderboard: r },
    };
  },
};
