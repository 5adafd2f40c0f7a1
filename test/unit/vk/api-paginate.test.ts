import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { FakeApiError } from './fake-vk';
import { setupApi } from './helpers';

/** A wall of `total` posts, newest first, answering offset/count like wall.get. */
function wall(total: number) {
  return (params: Record<string, string>) => {
    const offset = Number(params['offset'] ?? 0);
    const count = Number(params['count'] ?? 20);
    if (count > 100) throw new FakeApiError(100, 'count is too big');
    const items = [];
    for (let i = offset; i < Math.min(total, offset + count); i += 1) {
      items.push({ id: total - i, date: 1_000_000 - i, text: 'x'.repeat(50), likes: { count: i % 7 } });
    }
    return { count: total, items };
  };
}

const post = z.object({ id: z.number(), date: z.number() });

describe('paginate', () => {
  it('reads the first page, then all other pages together in one execute', async () => {
    const { api, vk } = setupApi({ 'wall.get': wall(250) });
    const page = await api.paginate({
      method: 'wall.get',
      params: { owner_id: -1 },
      item: post,
      fields: ['id', 'date'],
    });
    expect(page.count).toBe(250);
    expect(page.items).toHaveLength(250);
    expect(page.items.map((p) => p.id)).toEqual(Array.from({ length: 250 }, (_, i) => 250 - i));
    expect(page.items[0]).toEqual({ id: 250, date: 1_000_000 });
    expect(vk.requests.map((r) => r.method)).toEqual(['wall.get', 'execute']);
    expect(vk.requests[0]!.params).toEqual({ owner_id: -1, offset: 0, count: 100 });
    const code = String(vk.requests[1]!.params['code']);
    expect(code).toContain('API.wall.get({"owner_id": -1, "offset": 100, "count": 100})');
    expect(code).toContain('API.wall.get({"owner_id": -1, "offset": 200, "count": 50})');
  });

  it('stops at a caller-given limit and asks only for what it needs', async () => {
    const { api, vk } = setupApi({ 'wall.get': wall(1000) });
    const page = await api.paginate({
      method: 'wall.get',
      params: { owner_id: -1 },
      item: post,
      fields: ['id', 'date'],
      limit: 150,
    });
    expect(page.count).toBe(1000);
    expect(page.items).toHaveLength(150);
    const counts = vk.requests.map(
      (r) => r.params['count'] ?? String(r.params['code']).match(/"count": (\d+)/)![1],
    );
    expect(counts.map(Number)).toEqual([100, 50]);
  });

  it('uses 1000-id pages for likes.getList and batches 25 pages per execute', async () => {
    const total = 30_500;
    const { api, vk } = setupApi({
      'likes.getList': (params) => {
        const offset = Number(params['offset']);
        const count = Number(params['count']);
        expect(count).toBeLessThanOrEqual(1000);
        const items = Array.from(
          { length: Math.max(0, Math.min(count, total - offset)) },
          (_, i) => offset + i + 1,
        );
        return { count: total, items };
      },
    });
    const page = await api.paginate({
      method: 'likes.getList',
      params: { type: 'post', owner_id: -1, item_id: 5 },
      item: z.number(),
    });
    expect(page.items).toHaveLength(total);
    expect(page.items[total - 1]).toBe(total);
    // 31 pages: the first alone, then 30 in two executes (25 + 5).
    expect(vk.requests.map((r) => r.method)).toEqual(['likes.getList', 'execute', 'execute']);
    expect(api.stats()).toMatchObject({ requests: 3, calls: 31 });
  });

  it('makes one request for a list that fits in one page', async () => {
    const { api, vk } = setupApi({ 'wall.get': wall(3) });
    const page = await api.paginate({ method: 'wall.get', item: post, fields: ['id', 'date'] });
    expect(page.items).toHaveLength(3);
    expect(vk.requests).toHaveLength(1);
  });

  it('rejects an unknown method without a page size, and a limit below 1', async () => {
    const { api } = setupApi();
    await expect(api.paginate({ method: 'friends.get', item: z.number() })).rejects.toThrow(/page size/);
    await expect(api.paginate({ method: 'wall.get', item: z.number(), limit: 0 })).rejects.toThrow(/limit/);
  });

  it('carries the label into a failing page’s error', async () => {
    const { api } = setupApi({
      'wall.get': (params) => {
        if (params['offset'] === '100') throw new FakeApiError(15, 'Access denied');
        return wall(300)(params);
      },
    });
    await expect(
      api.paginate({ method: 'wall.get', item: post, fields: ['id', 'date'], label: 'Паблик' }),
    ).rejects.toMatchObject({ code: 15, label: 'Паблик' });
  });
});
