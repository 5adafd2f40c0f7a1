import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { createVkApi } from '../../../src/vk/api-client';
import { VirtualClock } from '../../../src/vk/clock';
import { StorageError, VkValidationError } from '../../../src/vk/errors';
import { STORAGE_VALUE_MAX_BYTES } from '../../../src/vk/limits';
import { createCommunityStorage, createUserStorage } from '../../../src/vk/storage';
import { chunkKey, splitUtf8, utf8Length } from '../../../src/vk/storage-format';
import { FakeVk, fixedTokens } from './fake-vk';

function setup() {
  const clock = new VirtualClock(0);
  const vk = new FakeVk({ clock });
  const storage = createUserStorage(vk.bridge, clock);
  const writes = () =>
    vk.bridgeCalls.filter((c) => c.method === 'VKWebAppStorageSet').map((c) => c.props['key'] as string);
  return { vk, storage, writes };
}

const listSchema = z.object({ pages: z.array(z.object({ id: z.number(), name: z.string() })) });
/** A list of pages with Cyrillic names: about `n` × 60 UTF-8 bytes. */
function pages(n: number, tag = 'Администрация') {
  return {
    pages: Array.from({ length: n }, (_, i) => ({ id: i + 1, name: `${tag} муниципального округа №${i}` })),
  };
}

describe('splitUtf8', () => {
  it('cuts by UTF-8 bytes, never inside a character', () => {
    const text = 'я'.repeat(3000) + '👍'.repeat(2000);
    const chunks = splitUtf8(text, 4096);
    expect(chunks.join('')).toBe(text);
    for (const chunk of chunks) expect(utf8Length(chunk)).toBeLessThanOrEqual(4096);
    expect(utf8Length(chunks[0]!)).toBe(4096); // 2048 Cyrillic letters, 2 bytes each
    expect(chunks.every((c) => !/[\uD800-\uDBFF]$/.test(c))).toBe(true);
  });
});

describe('VK Storage (user namespace)', () => {
  it('keeps a small value in the header key alone', async () => {
    const { storage, vk, writes } = setup();
    await storage.setJson('settings', { category: 'active' });
    expect(await storage.getJson('settings', z.object({ category: z.string() }))).toEqual({
      category: 'active',
    });
    expect(writes()).toEqual(['settings']);
    expect([...vk.storage.keys()]).toEqual(['settings']);
  });

  it('returns null for a key that holds nothing', async () => {
    const { storage } = setup();
    expect(await storage.getJson('nothing', listSchema)).toBeNull();
  });

  it('splits a Cyrillic value over 4096 bytes into chunks, header last, and reads it back', async () => {
    const { storage, vk, writes } = setup();
    const value = pages(200);
    const bytes = utf8Length(JSON.stringify(value));
    expect(bytes).toBeGreaterThan(3 * STORAGE_VALUE_MAX_BYTES);
    expect(JSON.stringify(value).length).toBeLessThan(bytes); // characters ≠ bytes
    await storage.setJson('children', value);
    const expectedChunks = Math.ceil(bytes / STORAGE_VALUE_MAX_BYTES);
    expect(writes()).toEqual([
      ...Array.from({ length: expectedChunks }, (_, i) => chunkKey('children', 'a', i)),
      'children',
    ]);
    for (const [key, stored] of vk.storage)
      expect(utf8Length(stored), key).toBeLessThanOrEqual(STORAGE_VALUE_MAX_BYTES);
    expect(JSON.parse(vk.storage.get('children')!)).toMatchObject({
      v: 1,
      n: expectedChunks,
      s: 'a',
      len: bytes,
    });
    expect(await storage.getJson('children', listSchema)).toEqual(value);
  });

  it('fails verification when VK keeps something else, leaving the old value current', async () => {
    const { storage, vk } = setup();
    const old = pages(100, 'Старое');
    await storage.setJson('children', old);
    const headerBefore = vk.storage.get('children');
    vk.storageSetFilter = (key, value) => (key.startsWith('children-') ? value.slice(0, -10) : value);
    const err = await storage.setJson('children', pages(150, 'Новое')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageError);
    expect(err).toMatchObject({ kind: 'verify-failed', key: 'children' });
    expect(vk.storage.get('children')).toBe(headerBefore);
    vk.storageSetFilter = null;
    expect(await storage.getJson('children', listSchema)).toEqual(old);
  });

  it('puts the old header back when the header itself does not read back', async () => {
    const { storage, vk } = setup();
    await storage.setJson('children', pages(100, 'Старое'));
    const headerBefore = vk.storage.get('children');
    vk.storageSetFilter = (key, value) =>
      key === 'children' && value !== headerBefore ? `${value} ` : value;
    await expect(storage.setJson('children', pages(120, 'Новое'))).rejects.toMatchObject({
      kind: 'verify-failed',
    });
    expect(vk.storage.get('children')).toBe(headerBefore);
    vk.storageSetFilter = null;
    expect((await storage.getJson('children', listSchema))!.pages[0]!.name).toContain('Старое');
  });

  it('alternates slots and deletes the stale chunks of the previous value', async () => {
    const { storage, vk } = setup();
    await storage.setJson('children', pages(200));
    const firstKeys = [...vk.storage.keys()].filter((k) => k.startsWith('children-a-'));
    expect(firstKeys.length).toBeGreaterThan(2);
    await storage.setJson('children', pages(80));
    expect([...vk.storage.keys()].filter((k) => k.startsWith('children-a-'))).toEqual([]);
    expect([...vk.storage.keys()].some((k) => k.startsWith('children-b-'))).toBe(true);
    await storage.setJson('children', { pages: [] });
    expect([...vk.storage.keys()]).toEqual(['children']);
    expect(await storage.getJson('children', listSchema)).toEqual({ pages: [] });
  });

  it('cleans up chunks a failed write left behind in the unused slot', async () => {
    const { storage, vk } = setup();
    await storage.setJson('children', pages(40));
    vk.storageSetFilter = (key, value) => (key === 'children' ? 'broken' : value);
    await expect(storage.setJson('children', pages(300))).rejects.toBeInstanceOf(StorageError);
    vk.storageSetFilter = null;
    expect([...vk.storage.keys()].filter((k) => k.startsWith('children-a-')).length).toBeGreaterThan(4);
    await storage.setJson('children', pages(100));
    const left = [...vk.storage.keys()].filter((k) => k !== 'children').sort();
    const header = JSON.parse(vk.storage.get('children')!) as { n: number; s: string };
    expect(left).toEqual(
      Array.from({ length: header.n }, (_, i) => chunkKey('children', header.s as 'a', i)).sort(),
    );
  });

  it('reports a chunk that changed behind our back as corrupt', async () => {
    const { storage, vk } = setup();
    await storage.setJson('children', pages(200));
    vk.storage.set('children-a-1', vk.storage.get('children-a-1')!.replace('Администрация', 'Администрацию'));
    await expect(storage.getJson('children', listSchema)).rejects.toMatchObject({
      name: 'StorageError',
      kind: 'corrupt',
    });
  });

  it('validates what it reads with zod, naming the path', async () => {
    const { storage } = setup();
    await storage.setJson('children', {
      pages: [
        { id: 1, name: 'ok' },
        { id: '2', name: 'bad' },
      ],
    });
    const err = await storage.getJson('children', listSchema).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(VkValidationError);
    expect(err).toMatchObject({ path: ['pages', 1, 'id'], label: 'children' });
  });

  it('accepts only VK-compatible keys that leave room for chunk suffixes', async () => {
    const { storage } = setup();
    for (const key of ['with-dash', 'кириллица', 'a b', '', 'x'.repeat(96)]) {
      await expect(storage.setJson(key, 1), key).rejects.toMatchObject({ kind: 'invalid-key' });
    }
    await expect(storage.setJson('x'.repeat(95), 1)).resolves.toBeUndefined();
  });

  it('remove() deletes the header and every chunk', async () => {
    const { storage, vk } = setup();
    await storage.setJson('children', pages(200));
    await storage.remove('children');
    expect(vk.storage.size).toBe(0);
    expect(await storage.getJson('children', listSchema)).toBeNull();
  });
});

describe('VK Storage (community namespace)', () => {
  it('goes through storage.get / storage.set with the community token', async () => {
    const clock = new VirtualClock(0);
    const kept = new Map<string, string>();
    const methods: string[] = [];
    const vk = new FakeVk({
      clock,
      handlers: {
        'storage.get': (params, ctx) => {
          expect(ctx.token).toContain('community');
          methods.push('storage.get');
          return params['keys']!.split(',').map((key) => ({ key, value: kept.get(key) ?? '' }));
        },
        'storage.set': (params, ctx) => {
          expect(ctx.token).toContain('community');
          methods.push('storage.set');
          if (params['value'] === '') kept.delete(params['key']!);
          else kept.set(params['key']!, params['value']!);
          return 1;
        },
      },
    });
    const api = createVkApi({ bridge: vk.bridge, tokens: fixedTokens(), clock });
    const storage = createCommunityStorage(api, 101);
    const value = pages(150);
    await storage.setJson('children', value);
    expect(await storage.getJson('children', listSchema)).toEqual(value);
    expect(methods).toContain('storage.set');
    expect([...kept.keys()].filter((k) => k.startsWith('children-a-')).length).toBeGreaterThan(1);
  });
});

describe('overlapping writes to one key', () => {
  it('run one after another: every write succeeds and the last one wins, readable', async () => {
    const { storage } = setup();
    const sizes = [200, 20, 150, 5, 180, 90];
    const writes = sizes.map((n, i) => storage.setJson('children', pages(n, `Запись ${i}`)));
    await expect(Promise.all(writes)).resolves.toHaveLength(sizes.length);
    expect(await storage.getJson('children', listSchema)).toEqual(pages(90, 'Запись 5'));
  });

  it('a removal queued after a write leaves the key empty', async () => {
    const { storage } = setup();
    const write = storage.setJson('children', pages(150));
    const removal = storage.remove('children');
    await Promise.all([write, removal]);
    expect(await storage.getJson('children', listSchema)).toBeNull();
  });
});
