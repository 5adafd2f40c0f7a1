// VK Storage through the bridge: the viewer's keys with VK's limits on keys, values and their number.
import { invalidParams, clientError, type BridgeHandlers } from './bridge-errors';
import { STORAGE_KEY, STORAGE_KEYS_MAX, truncateUtf8, type StorageBackend } from './storage';

const validKey = (k: unknown): k is string => typeof k === 'string' && STORAGE_KEY.test(k);

export function storageHandlers(storage: StorageBackend, userId: number): BridgeHandlers {
  const ns = `user:${userId}`;
  return {
    VKWebAppStorageGet: (props) => {
      const keys = props['keys'];
      if (!Array.isArray(keys) || keys.length === 0 || keys.length > 1000 || !keys.every(validKey))
        throw invalidParams('keys');
      return { keys: keys.map((key) => ({ key, value: storage.get(ns, key) ?? '' })) };
    },
    VKWebAppStorageSet: (props) => {
      const key = props['key'];
      if (!validKey(key)) throw invalidParams('key');
      const value = truncateUtf8(String(props['value'] ?? ''));
      const known = storage.keys(ns);
      if (value !== '' && !known.includes(key) && known.length >= STORAGE_KEYS_MAX)
        throw clientError(1, 'Unknown error', 'too many keys');
      storage.set(ns, key, value);
      return { result: true };
    },
    VKWebAppStorageGetKeys: (props) => {
      const count = Math.min(1000, Math.max(0, Number(props['count'] ?? 100) || 0));
      const offset = Math.max(0, Number(props['offset'] ?? 0) || 0);
      return { keys: storage.keys(ns).slice(offset, offset + count) };
    },
  };
}
