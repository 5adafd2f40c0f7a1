// Snapshots of subordinate pages kept between refreshes, with the time they were read: reopening the
// supervisor's table within the cache window asks VK nothing for the pages in it. The browser keeps
// them in IndexedDB; tests and Node in memory. A cache is an optimisation: when IndexedDB is missing
// or fails, the refresh goes on as if the cache were empty.
import type { CachedSnapshot } from './types';

/** How long a cached snapshot is served without asking VK (the figures change slowly within it). */
export const CACHE_WINDOW_SECONDS = 15 * 60;

export interface SnapshotCache {
  get(id: number): Promise<CachedSnapshot | null>;
  put(id: number, entry: CachedSnapshot): Promise<void>;
  /** Forgets every page (e.g. when the children list changes owner). */
  clear(): Promise<void>;
}

/** True when `entry` was read within `maxAgeSeconds` before `now` (unix seconds). */
export function isFresh(entry: CachedSnapshot, now: number, maxAgeSeconds: number): boolean {
  return entry.fetchedAt <= now && now - entry.fetchedAt < maxAgeSeconds;
}

export function createMemoryCache(): SnapshotCache {
  const entries = new Map<number, CachedSnapshot>();
  return {
    get: (id) => Promise.resolve(entries.get(id) ?? null),
    put: (id, entry) => {
      entries.set(id, entry);
      return Promise.resolve();
    },
    clear: () => {
      entries.clear();
      return Promise.resolve();
    },
  };
}

export const IDB_NAME = 'pulse-cache';
export const IDB_STORE = 'snapshots';
const IDB_VERSION = 1;
/** Some WebKit versions never answer the first indexedDB.open(): after this, run without a cache. */
const IDB_OPEN_TIMEOUT_MS = 2_000;

/** A cache that never holds anything: what IndexedDB degrades to. */
const noCache: SnapshotCache = {
  get: () => Promise.resolve(null),
  put: () => Promise.resolve(),
  clear: () => Promise.resolve(),
};

/**
 * The browser's cache: one object store keyed by page id. Opening is lazy; if IndexedDB is absent
 * (some in-app WebViews), blocked, broken or silent, every operation quietly becomes a no-op.
 * `owner` (the viewer's user id) names the database: on a shared computer, one VK account never
 * sees what another account could read.
 */
export function createIndexedDbCache(
  owner: number,
  factory: IDBFactory | undefined = globalThis.indexedDB,
): SnapshotCache {
  if (!factory) return noCache;
  let db: Promise<IDBDatabase | null> | null = null;
  const open = () =>
    (db ??= new Promise<IDBDatabase | null>((resolve) => {
      setTimeout(() => resolve(null), IDB_OPEN_TIMEOUT_MS);
      try {
        const request = factory.open(`${IDB_NAME}-${owner}`, IDB_VERSION);
        request.onupgradeneeded = () => {
          if (!request.result.objectStoreNames.contains(IDB_STORE))
            request.result.createObjectStore(IDB_STORE);
        };
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => resolve(null);
        request.onblocked = () => resolve(null);
      } catch {
        resolve(null);
      }
    }));

  /** Runs one request in its own transaction; any failure gives `fallback`. */
  async function run<T>(
    mode: IDBTransactionMode,
    make: (store: IDBObjectStore) => IDBRequest,
    fallback: T,
  ): Promise<T> {
    const database = await open();
    if (!database) return fallback;
    return new Promise<T>((resolve) => {
      try {
        const request = make(database.transaction(IDB_STORE, mode).objectStore(IDB_STORE));
        request.onsuccess = () => resolve((request.result as T | undefined) ?? fallback);
        request.onerror = () => resolve(fallback);
      } catch {
        resolve(fallback);
      }
    });
  }

  return {
    get: (id) => run<CachedSnapshot | null>('readonly', (store) => store.get(id), null),
    put: async (id, entry) => {
      await run('readwrite', (store) => store.put(entry, id), undefined);
    },
    clear: async () => {
      await run('readwrite', (store) => store.clear(), undefined);
    },
  };
}
