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

/** A backend over a Web Storage (localStorage); the key list of a namespace is kept under `…#keys`. */
export function createWebStorageBackend(storage: WebStorage, prefix = 'pulse-demo:'): StorageBackend {
  const item = (ns: string, key: string) => `${prefix}${ns}:${key}`;
  // "#" cannot occur in a VK key, so the index never collides with a stored key.
  const indexKey = (ns: string) => `${prefix}${ns}#keys`;
  const keys = (ns: string): string[] => {
    try {
      const parsed: unknown = JSON.parse(storage.getItem(indexKey(ns)) ?? '[]');
      return Array.isArray(parsed) ? parsed.filter((k): k is string => typeof k === 'string') : [];
    } catch {
      return [];
    }
  };
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
      if (!list.includes(key)) storage.setItem(indexKey(ns), JSON.stringify([...list, key]));
    },
    keys,
  };
}
