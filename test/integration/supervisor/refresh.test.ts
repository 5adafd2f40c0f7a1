// The supervisor's batched refresh over the demo: one result per page, streamed, near the floor of
// ⌈N/25⌉ requests, and the same table through injected faults.
import { describe, expect, it } from 'vitest';
import { fetchPageSnapshot } from '../../../src/data/page-snapshot';
import { refreshChildren } from '../../../src/data/supervisor/refresh';
import type { ChildResult } from '../../../src/data/supervisor/types';
import { VkApiError } from '../../../src/vk/errors';
import { DEMO_NOW } from '../demo-services';
import { childrenWorld, supervisorServices } from './supervisor-services';

const OPTS = { now: DEMO_NOW, timeZone: 'Europe/Moscow' };
const PRIVATE_ID = 219000024;
const DELETED_ID = 219000027;
/** The 25 hand-made pages below the head and the education office (219000003–219000027). */
const IDS = Array.from({ length: 25 }, (_, i) => 219000003 + i);
const budget = (n: number) => 1.1 * Math.ceil(n / 25) + 2;

/** A result without what depends on when or how it was read (the time, the error object). */
const table = (results: ChildResult[]) =>
  results.map((r) =>
    r.status === 'ok' ? { id: r.id, snapshot: r.snapshot } : { id: r.id, reason: r.reason, page: r.page },
  );

describe('refreshChildren over the demo world', () => {
  it('refreshes 25 pages, streaming one result per page, within the request budget', async () => {
    const { services } = supervisorServices();
    const streamed: number[] = [];
    const results = await refreshChildren(services.api, IDS, {
      ...OPTS,
      onResult: (r) => streamed.push(r.id),
    });

    expect(results.map((r) => r.id)).toEqual(IDS);
    expect([...streamed].sort()).toEqual([...IDS].sort());
    expect(services.api.stats().requests).toBeLessThanOrEqual(budget(IDS.length));
    expect(results.filter((r) => r.status === 'ok')).toHaveLength(23);

    const privatePage = results.find((r) => r.id === PRIVATE_ID);
    expect(privatePage).toMatchObject({
      status: 'unavailable',
      reason: 'private',
      page: { status: 'private' },
    });
    expect(privatePage?.status === 'unavailable' && privatePage.error).toBeInstanceOf(VkApiError);
    expect(results.find((r) => r.id === DELETED_ID)).toMatchObject({
      status: 'unavailable',
      reason: 'deleted',
    });
  });

  it("gives each page the scorecard's own snapshot (shared request plan and mapping)", async () => {
    const id = 219000006;
    const a = supervisorServices();
    const b = supervisorServices();
    const [result] = await refreshChildren(a.services.api, [id], OPTS);
    const single = await fetchPageSnapshot(b.services.api, id, {
      ...OPTS,
      withStats: false,
      withPostponed: false,
    });
    expect(result).toMatchObject({ status: 'ok', fetchedAt: DEMO_NOW });
    expect(result?.status === 'ok' && result.snapshot).toEqual(single);
  });

  it('reads no wall of a page VK reports deleted, and answers unknown ids as deleted', async () => {
    const { services } = supervisorServices();
    const results = await refreshChildren(services.api, [DELETED_ID, 219099999], OPTS);
    expect(results).toMatchObject([
      { id: DELETED_ID, status: 'unavailable', reason: 'deleted', page: { status: 'deleted' } },
      { id: 219099999, status: 'unavailable', reason: 'deleted' },
    ]);
    expect(services.api.stats()).toMatchObject({ requests: 1, calls: 1 });
  });

  it('stays within the budget for 250 pages', async () => {
    const { services, ids } = childrenWorld(250);
    const results = await refreshChildren(services.api, ids, OPTS);
    expect(results).toHaveLength(250);
    expect(services.api.stats().requests).toBeLessThanOrEqual(budget(250));
  });

  it('ends with exactly the fault-free table when 10% of requests fail (errors 6, 10, network drops)', async () => {
    const clean = childrenWorld(250);
    const faulty = childrenWorld(250, 'faults=0.1&faultkinds=rate,internal,network');
    const streamed: number[] = [];
    const [a, b] = await Promise.all([
      refreshChildren(clean.services.api, clean.ids, OPTS),
      refreshChildren(faulty.services.api, faulty.ids, { ...OPTS, onResult: (r) => streamed.push(r.id) }),
    ]);
    expect(faulty.services.api.stats().retries).toBeGreaterThan(0);
    expect(b).toHaveLength(250);
    expect(new Set(streamed).size).toBe(250);
    expect(b.filter((r) => r.status === 'unavailable' && r.reason === 'error')).toEqual([]);
    expect(table(b)).toEqual(table(a));
  });

  it('stops at once when aborted', async () => {
    const { services } = supervisorServices();
    const controller = new AbortController();
    controller.abort(new Error('closed'));
    await expect(refreshChildren(services.api, IDS, { ...OPTS, signal: controller.signal })).rejects.toThrow(
      'closed',
    );
    expect(services.api.stats().requests).toBe(0);
  });
});
