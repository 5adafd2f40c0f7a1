// The snapshot cache: reopening within the window asks VK nothing; after it, or forced, pages are read
// again; a broken cache never breaks the refresh.
import { describe, expect, it } from 'vitest';
import {
  CACHE_WINDOW_SECONDS,
  createIndexedDbCache,
  createMemoryCache,
} from '../../../src/data/supervisor/cache';
import type { SnapshotCache } from '../../../src/data/supervisor/cache';
import { refreshChildren } from '../../../src/data/supervisor/refresh';
import { DEMO_NOW } from '../demo-services';
import { fakeIndexedDb } from './fake-indexeddb';
import { supervisorServices } from './supervisor-services';

const IDS = Array.from({ length: 25 }, (_, i) => 219000003 + i);
const OPTS = { now: DEMO_NOW, timeZone: 'Europe/Moscow' };

describe('the snapshot cache', () => {
  it('serves a second refresh within the window with at most 2 requests and the same results', async () => {
    const { services } = supervisorServices();
    const cache = createMemoryCache();
    const first = await refreshChildren(services.api, IDS, { ...OPTS, cache });
    const before = services.api.stats().requests;
    const later = DEMO_NOW + CACHE_WINDOW_SECONDS - 60;
    const second = await refreshChildren(services.api, IDS, { ...OPTS, now: later, cache });

    expect(services.api.stats().requests - before).toBeLessThanOrEqual(2);
    // Cached rows keep the time they were read («обновлено N минут назад»), not the error object.
    expect(second.map(({ id, status }) => ({ id, status }))).toEqual(
      first.map(({ id, status }) => ({ id, status })),
    );
    expect(second.filter((r) => r.status === 'ok')).toEqual(first.filter((r) => r.status === 'ok'));
    expect(second.every((r) => r.fetchedAt === DEMO_NOW)).toBe(true);
    expect(second.find((r) => r.id === 219000024)).toMatchObject({
      reason: 'private',
      page: { status: 'private' },
    });
  });

  it('reads every page again after the window, or when forced', async () => {
    for (const variant of [{ now: DEMO_NOW + CACHE_WINDOW_SECONDS }, { now: DEMO_NOW + 60, force: true }]) {
      const { services } = supervisorServices();
      const cache = createMemoryCache();
      await refreshChildren(services.api, IDS, { ...OPTS, cache });
      const cost = services.api.stats().requests;
      const again = await refreshChildren(services.api, IDS, { ...OPTS, ...variant, cache });
      expect(services.api.stats().requests - cost).toBe(cost);
      expect(again.every((r) => r.fetchedAt === variant.now)).toBe(true);
      expect((await cache.get(219000006))?.fetchedAt).toBe(variant.now);
    }
  });

  it('does not cache failures: the next refresh retries them', async () => {
    const { services } = supervisorServices({ query: 'deny=token' });
    const cache = createMemoryCache();
    const results = await refreshChildren(services.api, [219000006], { ...OPTS, cache });
    expect(results).toMatchObject([{ status: 'unavailable', reason: 'error' }]);
    expect(await cache.get(219000006)).toBeNull();
  });

  it('refreshes as if empty when the cache throws or IndexedDB is missing', async () => {
    const broken: SnapshotCache = {
      get: () => Promise.reject(new Error('quota')),
      put: () => Promise.reject(new Error('quota')),
      clear: () => Promise.reject(new Error('quota')),
    };
    const caches = [
      broken,
      createIndexedDbCache(1, undefined),
      createIndexedDbCache(1, fakeIndexedDb({ failOpen: true }).factory),
      createIndexedDbCache(1, fakeIndexedDb({ failRequests: true }).factory),
    ];
    for (const cache of caches) {
      const { services } = supervisorServices();
      const results = await refreshChildren(services.api, IDS, { ...OPTS, cache });
      expect(results.filter((r) => r.status === 'ok')).toHaveLength(23);
    }
  });

  it('keeps snapshots in IndexedDB (pulse-cache-<user id>), served by a later session within the window', async () => {
    const idb = fakeIndexedDb();
    const first = supervisorServices();
    const results = await refreshChildren(first.services.api, IDS, {
      ...OPTS,
      cache: createIndexedDbCache(1, idb.factory),
    });
    expect(idb.opens).toEqual(['pulse-cache-1']); // one database per VK account
    expect(idb.data.size).toBe(IDS.length);

    const second = supervisorServices();
    const again = await refreshChildren(second.services.api, IDS, {
      ...OPTS,
      now: DEMO_NOW + 300,
      cache: createIndexedDbCache(1, idb.factory),
    });
    expect(second.services.api.stats().requests).toBe(0);
    expect(again.filter((r) => r.status === 'ok')).toEqual(results.filter((r) => r.status === 'ok'));
  });

  it('runs without a cache when IndexedDB never answers the open request (some WebKit versions)', async () => {
    const silent = { open: () => ({}) } as unknown as IDBFactory;
    const started = Date.now();
    await expect(createIndexedDbCache(1, silent).get(219000004)).resolves.toBeNull();
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
