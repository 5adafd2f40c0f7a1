// (d) The supervisor's batched refresh of 25, 250 and 1,700 subordinate pages over the demo world on
// the virtual clock (3 req/s, 150 ms latency per request, both in simulated time): requests against
// the floor ⌈N/25⌉, simulated seconds to the whole table and to its first row, requests for a second
// refresh within the cache window, and the peak JS heap of the 1,700-page refresh in Node.
import { createMemoryCache } from '../../src/data/supervisor/cache';
import { refreshChildren } from '../../src/data/supervisor/refresh';
import { EXECUTE_MAX_CALLS } from '../../src/vk/limits';
import { DEMO_NOW } from '../../test/integration/demo-services';
import { childrenWorld } from '../../test/integration/supervisor/supervisor-services';
import type { BenchSection, Figure } from './types';

export const SUPERVISOR_SIZES = [25, 250, 1700] as const;
const LATENCY_MS = 150;
const MB = 1024 * 1024;

export interface SupervisorFigures {
  pages: number;
  requests: number;
  floorRequests: number;
  simulatedSeconds: number;
  firstRowSeconds: number;
  cachedRequests: number;
}

const gc = (globalThis as { gc?: () => void }).gc;
const heapUsed = () => process.memoryUsage().heapUsed;
const OPTS = { now: DEMO_NOW, timeZone: 'Europe/Moscow' };

async function measure(pages: number): Promise<SupervisorFigures> {
  const { services, clock, ids } = childrenWorld(pages, `latency=${LATENCY_MS}`);
  const cache = createMemoryCache();
  const start = clock.now();
  let firstRowMs: number | null = null;
  await refreshChildren(services.api, ids, {
    ...OPTS,
    cache,
    onResult: () => void (firstRowMs ??= clock.now() - start),
  });
  const simulatedSeconds = (clock.now() - start) / 1000;
  const requests = services.api.stats().requests;
  await refreshChildren(services.api, ids, { ...OPTS, now: DEMO_NOW + 60, cache });
  return {
    pages,
    requests,
    floorRequests: Math.ceil(pages / EXECUTE_MAX_CALLS),
    simulatedSeconds,
    firstRowSeconds: (firstRowMs ?? 0) / 1000,
    cachedRequests: services.api.stats().requests - requests,
  };
}

/**
 * Heap of a refresh of `pages` pages. The fake VK memoizes what it derives (walls, counters) in the
 * same heap, so a first refresh warms it up; the second, measured one then shows the app's own memory.
 */
async function measureHeap(pages: number): Promise<{ baseline: number; peak: number }> {
  const { services, ids } = childrenWorld(pages);
  await refreshChildren(services.api, ids, OPTS);
  gc?.();
  const baseline = heapUsed();
  let peak = baseline;
  let rows = 0;
  await refreshChildren(services.api, ids, {
    ...OPTS,
    onResult: () => {
      if (rows++ % 25 === 0) peak = Math.max(peak, heapUsed());
    },
  });
  return { baseline, peak: Math.max(peak, heapUsed()) };
}

function figures(r: SupervisorFigures): Figure[] {
  const key = `supervisor.${r.pages}`;
  const budget = 1.1 * r.floorRequests + 2;
  return [
    {
      key: `${key}.requests`,
      label: `${r.pages} pages: requests (floor ${r.floorRequests}, ratio ${(r.requests / r.floorRequests).toFixed(2)})`,
      value: r.requests,
      unit: 'count',
      status: r.requests <= budget ? 'OK' : 'OVER',
      note: `budget ≤ ${budget.toFixed(1)}`,
    },
    {
      key: `${key}.simulatedSeconds`,
      label: `${r.pages} pages: simulated time`,
      value: r.simulatedSeconds,
      unit: 's',
    },
    {
      key: `${key}.firstRowSeconds`,
      label: `${r.pages} pages: first row`,
      value: r.firstRowSeconds,
      unit: 's',
    },
    {
      key: `${key}.cachedRequests`,
      label: `${r.pages} pages: second refresh within the cache window`,
      value: r.cachedRequests,
      unit: 'count',
      status: r.cachedRequests <= 2 ? 'OK' : 'OVER',
    },
  ];
}

export const supervisorRefresh: BenchSection = {
  id: 'supervisor',
  title: 'Supervisor refresh of N pages (3 req/s, 150 ms latency, virtual clock, demo world)',
  async run(ctx) {
    const rows: SupervisorFigures[] = [];
    for (const pages of SUPERVISOR_SIZES) {
      ctx.log(`  ${pages} pages…`);
      rows.push(await measure(pages));
    }
    ctx.log('  heap, 1700 pages…');
    const heap = await measureHeap(1700);
    return {
      figures: [
        ...rows.flatMap(figures),
        {
          key: 'supervisor.1700.heapPeak',
          label: '1700 pages: peak JS heap (Node)',
          value: heap.peak,
          unit: 'bytes',
        },
        {
          key: 'supervisor.1700.heapGrowth',
          label: '1700 pages: peak heap above the baseline',
          value: heap.peak - heap.baseline,
          unit: 'bytes',
        },
      ],
      notes: [
        `heap: process.memoryUsage().heapUsed every 25 rows of a second refresh (the first warms the fake VK, ` +
          `whose world shares the heap: baseline ${(heap.baseline / MB).toFixed(1)} MB)` +
          (gc ? ', after a gc' : '; run node --expose-gc for a gc before the baseline'),
      ],
      json: { supervisor: rows },
    };
  },
};
