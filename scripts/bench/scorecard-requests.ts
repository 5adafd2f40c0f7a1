// (c) What one page's scorecard costs in VK API traffic: requests (an `execute` counts as one),
// the API calls inside them, and simulated seconds at 3 requests/s (a user token's limit) on the
// virtual clock. The measurement itself lives with the data layer, in src/data/bench-scorecard.ts:
//
//   export async function benchScorecardRequests(): Promise<{requests: number; calls: number; simulatedSeconds: number}>
//
// Until that module exists this section prints n/a.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchSection, Figure } from './types';

export const HOOK_MODULE = 'src/data/bench-scorecard.ts';

interface HookResult {
  requests: number;
  calls: number;
  simulatedSeconds: number;
}

function isHookResult(x: unknown): x is HookResult {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Record<string, unknown>;
  return ['requests', 'calls', 'simulatedSeconds'].every(
    (k) => typeof r[k] === 'number' && Number.isFinite(r[k]),
  );
}

export const scorecardRequests: BenchSection = {
  id: 'requests',
  title: "VK API cost of one page's scorecard (3 req/s, virtual clock)",
  async run(ctx) {
    const file = join(ctx.root, HOOK_MODULE);
    const na = (note: string): Figure[] => [
      { key: 'scorecard.requests', label: 'requests (execute = 1)', value: null, unit: 'count', note },
      { key: 'scorecard.calls', label: 'API calls', value: null, unit: 'count' },
      { key: 'scorecard.simulatedSeconds', label: 'simulated time', value: null, unit: 's' },
    ];
    if (!existsSync(file)) return { figures: na(`${HOOK_MODULE} not there yet`) };

    const mod = (await import(pathToFileURL(file).href)) as { benchScorecardRequests?: unknown };
    if (typeof mod.benchScorecardRequests !== 'function') {
      throw new Error(`${HOOK_MODULE} does not export benchScorecardRequests()`);
    }
    const result: unknown = await (mod.benchScorecardRequests as () => Promise<unknown>)();
    if (!isHookResult(result)) {
      throw new Error(
        `benchScorecardRequests() returned ${JSON.stringify(result)}; expected {requests, calls, simulatedSeconds}`,
      );
    }
    return {
      figures: [
        { key: 'scorecard.requests', label: 'requests (execute = 1)', value: result.requests, unit: 'count' },
        { key: 'scorecard.calls', label: 'API calls', value: result.calls, unit: 'count' },
        {
          key: 'scorecard.simulatedSeconds',
          label: 'simulated time',
          value: result.simulatedSeconds,
          unit: 's',
        },
      ],
    };
  },
};
