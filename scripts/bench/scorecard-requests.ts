// (c) What one page's scorecard costs in VK API traffic: requests (an `execute` counts as one), the
// API calls inside them, and simulated seconds at VK's 3 requests/s for a user token, measured on the
// virtual clock over the demo world — for the first screen, and with the extra rights (scheduled
// posts and statistics) granted.
import { fetchPageSnapshot } from '../../src/data/page-snapshot';
import { HEAD_ID } from '../../src/demo/pages';
import { DEMO_NOW, demoServices } from '../../test/integration/demo-services';
import type { BenchSection, Figure } from './types';

async function measure(withExtras: boolean) {
  const { services, clock } = demoServices('role=admin');
  const start = clock.now();
  await fetchPageSnapshot(services.api, HEAD_ID, {
    now: DEMO_NOW,
    timeZone: 'Europe/Moscow',
    withStats: withExtras,
    withPostponed: withExtras,
  });
  const { requests, calls } = services.api.stats();
  return { requests, calls, simulatedSeconds: (clock.now() - start) / 1000 };
}

function figures(prefix: string, label: string, r: Awaited<ReturnType<typeof measure>>): Figure[] {
  return [
    {
      key: `${prefix}.requests`,
      label: `${label}: requests (execute = 1)`,
      value: r.requests,
      unit: 'count',
    },
    { key: `${prefix}.calls`, label: `${label}: API calls`, value: r.calls, unit: 'count' },
    {
      key: `${prefix}.simulatedSeconds`,
      label: `${label}: simulated time`,
      value: r.simulatedSeconds,
      unit: 's',
    },
  ];
}

export const scorecardRequests: BenchSection = {
  id: 'requests',
  title: "VK API cost of one page's scorecard (3 req/s, virtual clock, demo head page)",
  async run() {
    const first = await measure(false);
    const full = await measure(true);
    return {
      figures: [
        ...figures('scorecard', 'first screen', first),
        ...figures('scorecardWithExtras', 'with wall + stats', full),
      ],
    };
  },
};
