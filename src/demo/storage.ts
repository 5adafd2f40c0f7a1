// VK Storage for the demo: namespaces ("user:<id>", "group:<id>") of key → value. In memory for tests
// and the CLI; over window.localStorage in the browser, so a demo session survives a reload and the
// bridge's VKWebAppStorage* and the API's storage.* see the same values, as on VK.

export const STORAGE_VALUE_MAX_BYTES = 4096;
export const STORAGE_KEYS_MAX = 1000;
export const STORAGE_KEY = /^[a-zA-Z_\-0-9]{1,100}$/;

export interface StorageBackend {
  get(ns: string, key: string): string | null;
  /** Stores a value; the empty string deletes the key (as VK does). */
  set(ns: string, key: string, value: string): void;
  /** Keys in the order they were first set. */
  keys(ns: string): string[];
}

/**
 * Keeps the first 4096 bytes of the UTF-8 encoding, as VK does. A character cut in the middle is
 * dropped whole (VK's exact behaviour there is unverified; a broken character would be worse).
 */
export function truncateUtf8(value: string, maxBytes = STORAGE_VALUE_MAX_BYTES): string {
  const bytes = new TextEncoder().encode(value);
  if (bytes.length <= maxBytes) return value;
  let end = maxBytes;
  // Step back over continuation bytes (10xxxxxx) to the start of the cut character.
  while (end > 0 && ((bytes[end] ?? 0) & 0xc0) === 0x80) end--;
  return new TextDecoder().decode(bytes.subarray(0, end));
}

export function createMemoryStorage(): StorageBackend {
  const spaces = new Map<string, Map<string, string>>();
  const space = (ns: string) => {
    let s = spaces.get(ns);
    if (!s) spaces.set(ns, (s = new Map()));
    return s;
  };
  return {
    get: (ns, key) => spaces.get(ns)?.get(key) ?? null,
    set: (ns, key, value) => {
      if (value === '') space(ns).delete(key);
      else space(ns).set(key, value);
    },
    keys: (ns) => [...(spaces.get(ns)?.keys() ?? [])],
  };
}

export type WebStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** A Web Storage in memory, for the demo outside a browser (tests, the bench). */
export function createMemoryWebStorage(): WebStorage {
  const map = new Map<string, string>();
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

/** The prefix of every Web Storage key the demo writes (VK Storage, the session journal). */
export const DEMO_STORAGE_PREFIX = 'pulse-demo:';
/** The list of VK Storage namespaces written, so a reset finds them without enumerating the storage. */
const SPACES_KEY = `${DEMO_STORAGE_PREFIX}#spaces`;

/** A JSON list of strings kept under one Web Storage key; [] when missing or unreadable. */
export function readList(storage: WebStorage, key: string): string[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(key) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((k): k is string => typeof k === 'string') : [];
  } catch {
    return [];
  }
}

/** Adds a string to such a list (no duplicates). */
export function addToList(storage: WebStorage, key: string, value: string): void {
  const list = readList(storage, key);
  if (!list.includes(value)) storage.setItem(key, JSON.stringify([...list, value]));
}

/** A backend over a Web Storage (localStorage); the key list of a namespace is kept under `…#keys`. */
export function createWebStorageBackend(storage: WebStorage, prefix = DEMO_STORAGE_PREFIX): StorageBackend {
  const item = (ns: string, key: string) => `${prefix}${ns}:${key}`;
  // "#" cannot occur in a VK key, so the index never collides with a stored key.
  const indexKey = (ns: string) => `${prefix}${ns}#keys`;
  const keys = (ns: string): string[] => readList(storage, indexKey(ns));
  return {
    get: (ns, key) => storage.getItem(item(ns, key)),
    set: (ns, key, value) => {
      const list = keys(ns);
      if (value === '') {
        storage.removeItem(item(ns, key));
        storage.setItem(indexKey(ns), JSON.stringify(list.filter((k) => k !== key)));
        return;
      }
      storage.setItem(item(ns, key), value);
      if (!list.includes(key)) {
        storage.setItem(indexKey(ns), JSON.stringify([...list, key]));
        if (prefix === DEMO_STORAGE_PREFIX) addToList(storage, SPACES_KEY, ns);
      }
    },
    keys,
  };
}

/** A Web Storage that can list its keys (localStorage can; minimal test doubles may not). */
interface Enumerable {
  readonly length: number;
  key(index: number): string | null;
}

function isEnumerable(storage: WebStorage): storage is WebStorage & Enumerable {
  const s = storage as Partial<Enumerable>;
  return typeof s.key === 'function' && typeof s.length === 'number';
}

/**
 * Removes the demo's VK Storage (every namespace) and the given extra keys (the journals). A storage
 * that can list its keys loses every `pulse-demo:` key, those written before the indexes existed too.
 */
export function clearDemoStorage(storage: WebStorage, extraKeys: readonly string[] = []): void {
  for (const ns of readList(storage, SPACES_KEY)) {
    const index = `${DEMO_STORAGE_PREFIX}${ns}#keys`;
    for (const key of readList(storage, index)) storage.removeItem(`${DEMO_STORAGE_PREFIX}${ns}:${key}`);
    storage.removeItem(index);
  }
  storage.removeItem(SPACES_KEY);
  for (const key of extraKeys) storage.removeItem(key);
  if (isEnumerable(storage)) {
    const all: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(DEMO_STORAGE_PREFIX)) all.push(key);
    }
    for (const key of all) storage.removeItem(key);
  }
}
