// (g) The monitoring-grade ER for one page: the lists behind the plain ER's five sampled posts (likers,
// reposters, commenters with threads, their account status, the managers), measured on the demo
// world's leaderboard bench page, whose posts carry several hundred reactions each (500 likes, 50
// reposts, 40 comments; generateWorld({ leaderboardBench: true })). Target: at most 4 requests.
import { computeEr } from '../../src/core/er';
import { fetchMonitoringInput } from '../../src/data/monitoring';
import { fetchPageSnapshot } from '../../src/data/page-snapshot';
import { LEADERBOARD_BENCH_PAGE_ID } from '../../src/demo/world';
import { DEMO_NOW, demoServices } from '../../test/integration/demo-services';
import type { BenchSection } from './types';

const TARGET_REQUESTS = 4;

export const monitoringEr: BenchSection = {
  id: 'monitoring',
  title: 'Monitoring-grade ER: VK API cost for one page (3 req/s, virtual clock, leaderboard bench page)',
  async run() {
    const groupId = LEADERBOARD_BENCH_PAGE_ID;
    const { services, clock } = demoServices(`role=admin&lbbench=1&group=${groupId}`);
    const snapshot = await fetchPageSnapshot(services.api, groupId, {
      now: DEMO_NOW,
      timeZone: 'Europe/Moscow',
      withStats: false,
      withPostponed: false,
    });
    const er = computeEr(snapshot.posts, { now: DEMO_NOW });
    const before = services.api.stats();
    const start = clock.now();
    await fetchMonitoringInput(services.api, { groupId, posts: er.posts, canManage: true });
    const after = services.api.stats();
    const requests = after.requests - before.requests;
    const perPost = er.posts.map((p) => p.likes + p.comments + p.reposts).join(', ');
    const label = `${er.posts.length} posts (reactions: ${perPost})`;
    return {
      figures: [
        {
          key: 'monitoringEr.requests',
          label: `${label}: requests (execute = 1), target ≤ ${TARGET_REQUESTS}`,
          value: requests,
          unit: 'count',
          status: requests <= TARGET_REQUESTS ? 'OK' : 'OVER',
        },
        {
          key: 'monitoringEr.calls',
          label: `${label}: API calls`,
          value: after.calls - before.calls,
          unit: 'count',
        },
        {
          key: 'monitoringEr.simulatedSeconds',
          label: `${label}: simulated time`,
          value: (clock.now() - start) / 1000,
          unit: 's',
        },
      ],
    };
  },
};
