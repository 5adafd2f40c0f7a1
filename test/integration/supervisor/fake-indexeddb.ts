// Just enough of IndexedDB for cache.ts: open (with an upgrade), one object store, get/put/clear,
// answered asynchronously as browsers do; `failOpen` and `failRequests` make it break.
interface FakeRequest {
  result: unknown;
  onsuccess: (() => void) | null;
  onerror: (() => void) | null;
  onupgradeneeded?: (() => void) | null;
  onblocked?: (() => void) | null;
}

export function fakeIndexedDb({ failOpen = false, failRequests = false } = {}): {
  factory: IDBFactory;
  data: Map<unknown, unknown>;
  opens: string[];
} {
  const data = new Map<unknown, unknown>();
  const stores = new Set<string>();
  const opens: string[] = [];
  const answer = (run: () => unknown): FakeRequest => {
    const request: FakeRequest = { result: undefined, onsuccess: null, onerror: null };
    setTimeout(() => {
      if (failRequests) return request.onerror?.();
      request.result = run();
      request.onsuccess?.();
    }, 0);
    return request;
  };
  const store = {
    get: (key: unknown) => answer(() => structuredClone(data.get(key))),
    put: (value: unknown, key: unknown) => answer(() => void data.set(key, structuredClone(value))),
    clear: () => answer(() => data.clear()),
  };
  const db = {
    objectStoreNames: { contains: (name: string) => stores.has(name) },
    createObjectStore: (name: string) => void stores.add(name),
    transaction: (name: string) => {
      if (!stores.has(name)) throw new Error('NotFoundError');
      return { objectStore: () => store };
    },
  };
  const factory = {
    open(name: string) {
      opens.push(name);
      const request: FakeRequest = { result: db, onsuccess: null, onerror: null };
      setTimeout(() => {
        if (failOpen) return request.onerror?.();
        request.onupgradeneeded?.();
        request.onsuccess?.();
      }, 0);
      return request;
    },
  };
  return { factory: factory as unknown as IDBFactory, data, opens };
}
