// VK Storage with JSON values of any reasonable size: chunked (see storage-format.ts), verified after
// every write, zod-validated on read. Two namespaces: the viewer's own (VK Bridge) and a community's
// (API storage.get/set with that community's token, shared by all its admins).
import { z } from 'zod/mini';
import type { VkApi } from './api-client';
import type { BridgeLike } from './bridge-like';
import type { Clock } from './clock';
import { StorageError, validationError } from './errors';
import { RATE_WINDOW_MS, STORAGE_MAX_CHUNKS, USER_RPS } from './limits';
import { RateLimiter } from './rate-limiter';
import {
  LOGICAL_KEY_MAX_LENGTH,
  SLOTS,
  chunkKey,
  isChunked,
  isValidLogicalKey,
  layOut,
  matchesHeader,
  parseHeader,
  type Header,
  type Slot,
} from './storage-format';
import { bridgeErrorToVkError } from './transport';

/** Raw key/value access to one namespace. A missing key reads as ''; writing '' deletes the key. */
export interface StorageBackend {
  get(keys: readonly string[]): Promise<Map<string, string>>;
  set(key: string, value: string): Promise<void>;
}

export interface VkStorage {
  /** The stored value, or null when the key holds nothing. */
  getJson<T>(key: string, schema: z.ZodMiniType<T>): Promise<T | null>;
  /** Stores a JSON-serialisable value; resolves only after reading it back intact. */
  setJson(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
}

/** Chunk keys read per probe while looking for stale chunks. */
const PROBE_WINDOW = 16;

const storageItemsSchema = z.array(z.object({ key: z.string(), value: z.string() }));

function toMap(items: readonly { key: string; value: string }[]): Map<string, string> {
  return new Map(items.map((item) => [item.key, item.value]));
}

/** The viewer's own namespace, over VKWebAppStorageGet / VKWebAppStorageSet. */
export function createBridgeStorageBackend(bridge: BridgeLike, clock: Clock): StorageBackend {
  // Bridge storage calls are API calls under the hood: keep them under the user rate too.
  const limiter = new RateLimiter(clock, USER_RPS, RATE_WINDOW_MS);
  const send = async (method: string, props: Record<string, unknown>): Promise<unknown> => {
    await limiter.acquire();
    try {
      return await bridge.send(method, props);
    } catch (err) {
      throw bridgeErrorToVkError(err, method);
    }
  };
  return {
    async get(keys) {
      const raw = await send('VKWebAppStorageGet', { keys: [...keys] });
      const parsed = z.object({ keys: storageItemsSchema }).safeParse(raw);
      if (!parsed.success) throw validationError('VKWebAppStorageGet', parsed.error);
      return toMap(parsed.data.keys);
    },
    async set(key, value) {
      await send('VKWebAppStorageSet', { key, value });
    },
  };
}

/** A community's namespace, over storage.get / storage.set with that community's token. */
export function createCommunityStorageBackend(api: VkApi, groupId: number): StorageBackend {
  return apiStorageBackend(api, { token: 'community', groupId });
}

/**
 * The user's namespace over storage.get / storage.set with the user token (the CLIs: no bridge). The
 * same values as the bridge's when the token was issued to this app.
 */
export function createUserApiStorageBackend(api: VkApi): StorageBackend {
  return apiStorageBackend(api, { token: 'user' });
}

function apiStorageBackend(
  api: VkApi,
  target: { token: 'community'; groupId: number } | { token: 'user' },
): StorageBackend {
  return {
    async get(keys) {
      const items = await api.call({
        ...target,
        method: 'storage.get',
        params: { keys: [...keys] },
        schema: storageItemsSchema,
      });
      return toMap(items);
    },
    async set(key, value) {
      await api.call({ ...target, method: 'storage.set', params: { key, value }, schema: z.number() });
    },
  };
}

/** The JSON layer over a backend: chunking, verification, cleanup of stale chunks. */
export function createStorage(backend: StorageBackend): VkStorage {
  function checkKey(key: string): void {
    if (!isValidLogicalKey(key)) {
      throw new StorageError({
        kind: 'invalid-key',
        key,
        detail: `use [A-Za-z0-9_], at most ${LOGICAL_KEY_MAX_LENGTH} characters`,
      });
    }
  }

  async function readOne(key: string): Promise<string> {
    return (await backend.get([key])).get(key) ?? '';
  }

  /** The payload a header describes, or a StorageError when its chunks do not add up. */
  async function readPayload(key: string, header: Header): Promise<string> {
    if (!isChunked(header)) {
      if (!matchesHeader(header.d, header)) {
        throw new StorageError({ kind: 'corrupt', key, detail: 'checksum mismatch' });
      }
      return header.d;
    }
    const keys = Array.from({ length: header.n }, (_, i) => chunkKey(key, header.s, i));
    const values = await backend.get(keys);
    const payload = keys.map((k) => values.get(k) ?? '').join('');
    if (!matchesHeader(payload, header)) {
      throw new StorageError({
        kind: 'corrupt',
        key,
        detail: `chunks of slot ${header.s} do not match the header`,
      });
    }
    return payload;
  }

  /**
   * Non-empty chunk keys of a slot from index `from` on. Chunks are written upwards and deleted
   * downwards, so the present ones are always a contiguous run and the first gap ends the search.
   */
  async function chunksFrom(key: string, slot: Slot, from: number): Promise<string[]> {
    const found: string[] = [];
    for (let start = from; start < STORAGE_MAX_CHUNKS; start += PROBE_WINDOW) {
      const keys = Array.from({ length: Math.min(PROBE_WINDOW, STORAGE_MAX_CHUNKS - start) }, (_, i) =>
        chunkKey(key, slot, start + i),
      );
      const values = await backend.get(keys);
      const present = keys.filter((k) => (values.get(k) ?? '') !== '');
      found.push(...present);
      if (present.length < keys.length) break;
    }
    return found;
  }

  /** Deletes every chunk the current header does not use (old slot, leftovers of failed writes). */
  async function removeStale(key: string, current: Header | null): Promise<void> {
    const stale = await Promise.all(
      SLOTS.map((slot) =>
        chunksFrom(key, slot, current !== null && isChunked(current) && current.s === slot ? current.n : 0),
      ),
    );
    for (const keys of stale) {
      // Highest index first: an interrupted cleanup still leaves a contiguous run.
      for (const k of [...keys].reverse()) await backend.set(k, '');
    }
  }

  async function getJson<T>(key: string, schema: z.ZodMiniType<T>): Promise<T | null> {
    checkKey(key);
    const headerText = await readOne(key);
    if (headerText === '') return null;
    const header = parseHeader(headerText);
    if (header === null) throw new StorageError({ kind: 'corrupt', key, detail: 'not a storage header' });
    const payload = await readPayload(key, header);
    let json: unknown;
    try {
      json = JSON.parse(payload);
    } catch {
      throw new StorageError({ kind: 'corrupt', key, detail: 'payload is not JSON' });
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw validationError('storage', parsed.error, key);
    return parsed.data;
  }

  // Writes to one key run one after another: two overlapping writes would read the same old
  // header, fill the same slot and clean up each other's chunks.
  const writing = new Map<string, Promise<unknown>>();
  function oneAtATime<T>(key: string, task: () => Promise<T>): Promise<T> {
    const run = (writing.get(key) ?? Promise.resolve()).catch(() => undefined).then(task);
    writing.set(key, run);
    void run.catch(() => undefined).then(() => writing.get(key) === run && writing.delete(key));
    return run;
  }

  async function setJson(key: string, value: unknown): Promise<void> {
    checkKey(key);
    return oneAtATime(key, () => write(key, value));
  }

  async function write(key: string, value: unknown): Promise<void> {
    const payload = JSON.stringify(value) as string | undefined;
    if (payload === undefined) throw new TypeError(`setJson(${key}): the value is not JSON-serialisable`);
    const oldHeaderText = await readOne(key);
    const oldHeader = oldHeaderText === '' ? null : parseHeader(oldHeaderText);
    const slot: Slot = oldHeader !== null && isChunked(oldHeader) && oldHeader.s === 'a' ? 'b' : 'a';
    const { header, chunks } = layOut(payload, slot);
    if (chunks.length > STORAGE_MAX_CHUNKS) {
      throw new StorageError({
        kind: 'too-large',
        key,
        detail: `${chunks.length} chunks, at most ${STORAGE_MAX_CHUNKS}`,
      });
    }

    // 1. Chunks into the unused slot, then read them back: the current value is untouched so far.
    for (const [i, chunk] of chunks.entries()) await backend.set(chunkKey(key, slot, i), chunk);
    if (chunks.length > 0 && (await readPayload(key, header).catch(() => null)) !== payload) {
      throw new StorageError({ kind: 'verify-failed', key, detail: 'chunks did not read back intact' });
    }
    // 2. The header last: this is the moment the new value becomes current.
    const headerText = JSON.stringify(header);
    await backend.set(key, headerText);
    if ((await readOne(key)) !== headerText) {
      await backend.set(key, oldHeaderText).catch(() => undefined); // best effort: put the old value back
      throw new StorageError({ kind: 'verify-failed', key, detail: 'header did not read back intact' });
    }
    // 3. Only now is anything else stale.
    await removeStale(key, header);
  }

  async function remove(key: string): Promise<void> {
    checkKey(key);
    return oneAtATime(key, async () => {
      await backend.set(key, '');
      await removeStale(key, null);
    });
  }

  return { getJson, setJson, remove };
}

/** The viewer's own storage. */
export function createUserStorage(bridge: BridgeLike, clock: Clock): VkStorage {
  return createStorage(createBridgeStorageBackend(bridge, clock));
}

/** A community's storage (the caller must be its admin: it needs the community token). */
export function createCommunityStorage(api: VkApi, groupId: number): VkStorage {
  return createStorage(createCommunityStorageBackend(api, groupId));
}
