import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { createVkApi } from '../../../src/vk/api-client';
import { VirtualClock } from '../../../src/vk/clock';
import { API_VERSION } from '../../../src/vk/limits';
import { FakeApiError, fixedTokens, maxInWindow, runScript } from './fake-vk';
import { setupApi } from './helpers';

const user = z.object({ id: z.number(), first_name: z.string() });
const usersGet = (params: Record<string, string>) =>
  params['user_ids']!.split(',').map((id) => ({ id: Number(id), first_name: `User ${id}` }));

describe('batching into execute', () => {
  it('sends 26 calls issued together as 2 requests (25 in an execute, then 1 direct) and routes every result', async () => {
    const { api, vk } = setupApi({ 'users.get': usersGet });
    const results = await Promise.all(
      Array.from({ length: 26 }, (_, i) =>
        api.call({ method: 'users.get', params: { user_ids: [i + 1] }, schema: z.array(user) }),
      ),
    );
    expect(results.map((r) => r[0]!.id)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
    expect(vk.requests.map((r) => r.method)).toEqual(['execute', 'users.get']);
    const code = String(vk.requests[0]!.params['code']);
    expect(code.match(/API\.users\.get\(/g)).toHaveLength(25);
    expect(vk.requests[1]!.params).toEqual({ user_ids: '26' });
    expect(api.stats()).toEqual({ requests: 2, calls: 26, retries: 0, errors: 0 });
  });

  it('sends a call issued alone as a direct method call', async () => {
    const { api, vk } = setupApi({ 'users.get': usersGet });
    await api.call({
      method: 'users.get',
      params: { user_ids: '7', fields: ['photo_100', 'screen_name'] },
      schema: z.array(user),
    });
    expect(vk.requests).toHaveLength(1);
    expect(vk.requests[0]).toMatchObject({
      method: 'users.get',
      params: { user_ids: '7', fields: 'photo_100,screen_name' },
      v: API_VERSION,
    });
  });

  it('puts the token only into the params of VKWebAppCallAPIMethod', async () => {
    const { api, vk } = setupApi({ 'users.get': usersGet });
    await Promise.all(
      [1, 2].map((id) => api.call({ method: 'users.get', params: { user_ids: id }, schema: z.array(user) })),
    );
    const [request] = vk.requests;
    expect(request!.token).toMatch(/^fake-token\.SECRET_user_/);
    const apiCall = vk.bridgeCalls.find((c) => c.method === 'VKWebAppCallAPIMethod')!;
    expect(Object.keys(apiCall.props).sort()).toEqual(['method', 'params', 'request_id']);
    expect(JSON.stringify(request!.params)).not.toContain(request!.token);
    expect(String(apiCall.props['request_id'])).not.toContain(request!.token);
  });

  it('generates a script inside the documented subset, with picks as @. columns', async () => {
    const wall = {
      count: 2,
      items: [
        { id: 2, date: 200, text: 'не нужен', likes: { count: 1 } },
        { id: 1, date: 100, text: 'тоже', likes: { count: 0 }, is_pinned: 1 },
      ],
    };
    const { api, vk } = setupApi({
      'wall.get': () => wall,
      'groups.getById': () => ({ groups: [{ id: 101 }] }),
    });
    const post = z.object({
      id: z.number(),
      date: z.number(),
      likes: z.object({ count: z.number() }),
      is_pinned: z.optional(z.number()),
    });
    const [page, groups] = await Promise.all([
      api.call({
        method: 'wall.get',
        params: { owner_id: -101, count: 100 },
        schema: z.object({ count: z.number(), items: z.array(post) }),
        pick: { count: true, items: ['id', 'date', 'likes', 'is_pinned'] },
      }),
      api.call({
        method: 'groups.getById',
        params: { group_ids: '101' },
        schema: z.object({ groups: z.array(z.object({ id: z.number() })) }),
      }),
    ]);
    expect(page).toEqual({
      count: 2,
      items: [
        { id: 2, date: 200, likes: { count: 1 } },
        { id: 1, date: 100, likes: { count: 0 }, is_pinned: 1 },
      ],
    });
    expect(groups.groups[0]!.id).toBe(101);
    const code = String(vk.executeRequests[0]!.params['code']);
    expect(code).toBe(
      [
        'var r0 = API.wall.get({"owner_id": -101, "count": 100});',
        'if (r0) { r0 = {"count": r0.count, "items": {"id": r0.items@.id, "date": r0.items@.date, "likes": r0.items@.likes, "is_pinned": r0.items@.is_pinned}}; }',
        'var r1 = API.groups.getById({"group_ids": "101"});',
        'return [r0, r1];',
      ].join('\n'),
    );
    // What travelled was columns, not objects: the text field never left VK.
    const raw = runScript(code, (m) => (m === 'wall.get' ? wall : {})).response as unknown[];
    expect(JSON.stringify(raw[0])).not.toContain('не нужен');
  });

  it('gives the same picked objects whether a call travelled alone or in an execute', async () => {
    const wall = { count: 1, items: [{ id: 5, date: 50, views: null, extra: true }] };
    const pick = { count: true, items: ['id', 'date', 'views'] } as const;
    const schema = z.object({
      count: z.number(),
      items: z.array(z.object({ id: z.number(), date: z.number(), views: z.optional(z.number()) })),
    });
    const { api } = setupApi({ 'wall.get': () => wall });
    const alone = await api.call({ method: 'wall.get', schema, pick });
    const together = await Promise.all([
      api.call({ method: 'wall.get', schema, pick }),
      api.call({ method: 'wall.get', schema, pick }),
    ]);
    expect(together[0]).toEqual(alone);
    expect(alone).toEqual({ count: 1, items: [{ id: 5, date: 50 }] });
  });

  it('never batches a caller’s own execute', async () => {
    const { api, vk } = setupApi({ 'users.get': usersGet });
    await Promise.all([
      api.call({ method: 'users.get', params: { user_ids: 1 }, schema: z.array(user) }),
      api.call({ method: 'execute', params: { code: 'return 7;' }, schema: z.number() }),
      api.call({ method: 'users.get', params: { user_ids: 2 }, schema: z.array(user) }),
    ]);
    expect(vk.requests.map((r) => r.method)).toEqual(['users.get', 'execute', 'users.get']);
    expect(vk.requests[1]!.params).toEqual({ code: 'return 7;' });
  });

  it('keeps user and community calls in separate queues with their own tokens', async () => {
    const { api, vk } = setupApi({ 'users.get': usersGet, 'storage.get': () => [] });
    await Promise.all([
      api.call({ method: 'users.get', params: { user_ids: 1 }, schema: z.array(user) }),
      api.call({
        method: 'storage.get',
        params: { keys: 'a' },
        token: 'community',
        groupId: 101,
        schema: z.array(z.unknown()),
      }),
      api.call({ method: 'users.get', params: { user_ids: 2 }, schema: z.array(user) }),
    ]);
    const byToken = new Map(
      vk.requests.map((r) => [r.token.includes('community') ? 'community' : 'user', r.method]),
    );
    expect(byToken).toEqual(
      new Map([
        ['user', 'execute'],
        ['community', 'storage.get'],
      ]),
    );
  });

  it('rejects a community call without a groupId, and invalid requests, before sending anything', async () => {
    const { api, vk } = setupApi();
    await expect(
      api.call({ method: 'storage.get', token: 'community', schema: z.unknown() }),
    ).rejects.toThrow(TypeError);
    await expect(api.call({ method: 'wall.get; API.x', schema: z.unknown() })).rejects.toThrow(TypeError);
    await expect(
      api.call({ method: 'wall.get', params: { access_token: 'x' }, schema: z.unknown() }),
    ).rejects.toThrow(TypeError);
    expect(vk.requests).toHaveLength(0);
    expect(api.stats().errors).toBe(3);
  });
});

describe('rate limit through the client', () => {
  it('30 one-by-one user calls take ≥ 9 virtual seconds and never exceed 3 in any second', async () => {
    const { api, vk, clock } = setupApi({ 'users.get': usersGet });
    const start = clock.now();
    for (let i = 0; i < 30; i += 1) {
      await api.call({ method: 'users.get', params: { user_ids: i + 1 }, schema: z.array(user) });
    }
    const starts = vk.requests.map((r) => r.at - start);
    expect(starts).toHaveLength(30);
    expect(Math.max(...starts)).toBeGreaterThanOrEqual(9_000);
    expect(maxInWindow(starts, 1_000)).toBeLessThanOrEqual(3);
  });

  it('while waiting for the limiter, queued calls pile up into full execute batches', async () => {
    const clock = new VirtualClock(0);
    const requests: { method: string; at: number; calls: number }[] = [];
    const api = createVkApi({
      clock,
      tokens: fixedTokens(),
      transport: {
        call: async (method, params) => {
          const code = String(params['code'] ?? '');
          const body = method === 'execute' ? runScript(code, () => 1) : { response: 1 };
          requests.push({
            method,
            at: clock.now(),
            calls: Array.isArray(body.response) ? body.response.length : 1,
          });
          return body;
        },
      },
    });
    await Promise.all(
      // Distinct calls: identical reads in flight would share one call.
      Array.from({ length: 200 }, (_, i) =>
        api.call({ method: 'users.get', params: { user_ids: i + 1 }, schema: z.literal(1) }),
      ),
    );
    expect(requests.map((r) => r.calls)).toEqual([25, 25, 25, 25, 25, 25, 25, 25]);
    expect(
      maxInWindow(
        requests.map((r) => r.at),
        1_000,
      ),
    ).toBeLessThanOrEqual(3);
  });
});

describe('errors inside execute', () => {
  it('rejects only the failing calls, each with its own code, in order', async () => {
    const { api } = setupApi({
      'groups.getById': (params) => {
        const id = Number(params['group_id']);
        if (id === 2) throw new FakeApiError(15, 'Access denied: group is blocked');
        if (id === 4) throw new FakeApiError(100, 'One of the parameters specified was missing or invalid');
        return { groups: [{ id }] };
      },
    });
    const schema = z.object({ groups: z.array(z.object({ id: z.number() })) });
    const outcomes = await Promise.allSettled(
      [1, 2, 3, 4, 5].map((id) =>
        api.call({ method: 'groups.getById', params: { group_id: id }, schema, label: `page ${id}` }),
      ),
    );
    expect(outcomes.map((o) => o.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
      'rejected',
      'fulfilled',
    ]);
    expect(outcomes[1]).toMatchObject({
      reason: {
        name: 'VkApiError',
        code: 15,
        kind: 'access-denied',
        label: 'page 2',
        method: 'groups.getById',
      },
    });
    expect(outcomes[3]).toMatchObject({ reason: { code: 100, kind: 'invalid-param', label: 'page 4' } });
    expect(outcomes[2]).toMatchObject({ value: { groups: [{ id: 3 }] } });
  });

  it('skips VK’s own summary entry for execute when matching errors to calls', async () => {
    const transportBody = {
      response: [false, 1, false],
      execute_errors: [
        { method: 'friends.get', error_code: 30, error_msg: 'This profile is private' },
        { method: 'execute', error_code: 30, error_msg: 'This profile is private' },
        { method: 'friends.get', error_code: 18, error_msg: 'User was deleted or banned' },
      ],
    };
    const api = createVkApi({
      clock: new VirtualClock(0),
      tokens: fixedTokens(),
      transport: { call: async () => transportBody },
    });
    const outcomes = await Promise.allSettled(
      [1, 2, 3].map((id) => api.call({ method: 'friends.get', params: { user_id: id }, schema: z.number() })),
    );
    expect(outcomes[0]).toMatchObject({ status: 'rejected', reason: { code: 30 } });
    expect(outcomes[1]).toMatchObject({ status: 'fulfilled', value: 1 });
    expect(outcomes[2]).toMatchObject({ status: 'rejected', reason: { code: 18 } });
  });

  it('fails every call of a batch whose execute answer does not have one result per call', async () => {
    const api = createVkApi({
      clock: new VirtualClock(0),
      tokens: fixedTokens(),
      transport: { call: async () => ({ response: [1] }) },
    });
    const outcomes = await Promise.allSettled(
      [1, 2].map((id) =>
        api.call({ method: 'users.get', params: { user_ids: id }, schema: z.number(), label: 'x' }),
      ),
    );
    for (const o of outcomes)
      expect(o).toMatchObject({
        status: 'rejected',
        reason: { name: 'VkValidationError', path: ['response'], label: 'x' },
      });
  });
});

describe('identical reads in flight share one call', () => {
  const wallGet = () => ({ count: 1, items: [{ id: 5, text: 'Пост' }] });

  it('sends one call for identical reads issued together and validates each with its own schema', async () => {
    const { api, vk } = setupApi({ 'wall.get': wallGet });
    const params = { owner_id: -1, count: 100 };
    const [counted, texts] = await Promise.all([
      api.call({ method: 'wall.get', params, schema: z.object({ count: z.number() }) }),
      api.call({
        method: 'wall.get',
        params,
        schema: z.object({ items: z.array(z.object({ text: z.string() })) }),
      }),
    ]);
    expect(counted).toEqual({ count: 1 });
    expect(texts).toEqual({ items: [{ text: 'Пост' }] });
    expect(vk.requests.map((r) => r.method)).toEqual(['wall.get']);
    expect(api.stats().calls).toBe(1);
  });

  it('reads again once the first answer has arrived', async () => {
    const { api, vk } = setupApi({ 'wall.get': wallGet });
    const read = () => api.call({ method: 'wall.get', params: { owner_id: -1 }, schema: z.unknown() });
    await read();
    await read();
    expect(vk.requests).toHaveLength(2);
  });

  it('does not share reads that differ in params, fields or scopes, nor writes and VK Storage', async () => {
    const { api } = setupApi({
      'wall.get': wallGet,
      'storage.get': () => [],
      'storage.set': () => 1,
    });
    await Promise.all([
      api.call({ method: 'wall.get', params: { owner_id: -1 }, schema: z.unknown() }),
      api.call({ method: 'wall.get', params: { owner_id: -2 }, schema: z.unknown() }),
      api.call({ method: 'wall.get', params: { owner_id: -1 }, pick: { count: true }, schema: z.unknown() }),
      api.call({ method: 'wall.get', params: { owner_id: -1 }, scopes: ['wall'], schema: z.unknown() }),
      api.call({ method: 'storage.get', params: { keys: 'a' }, schema: z.unknown() }),
      api.call({ method: 'storage.get', params: { keys: 'a' }, schema: z.unknown() }),
      api.call({ method: 'storage.set', params: { key: 'a', value: '1' }, schema: z.unknown() }),
      api.call({ method: 'storage.set', params: { key: 'a', value: '1' }, schema: z.unknown() }),
    ]);
    expect(api.stats().calls).toBe(8);
  });

  it('fails every sharer of a failed read, each with its own label', async () => {
    const { api } = setupApi({
      'groups.getById': () => {
        throw new FakeApiError(15, 'Access denied');
      },
    });
    const read = (label: string) =>
      api.call({ method: 'groups.getById', params: { group_id: 1 }, schema: z.unknown(), label });
    const outcomes = await Promise.allSettled([read('a'), read('b')]);
    expect(outcomes.map((o) => o.status === 'rejected' && (o.reason as { label: string }).label)).toEqual([
      'a',
      'b',
    ]);
  });
});
