import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { TokenRefusedError, VkApiError, VkNetworkError, VkValidationError } from '../../../src/vk/errors';
import { RETRY_MAX, backoffMs } from '../../../src/vk/limits';
import { FakeApiError } from './fake-vk';
import { setupApi, settle } from './helpers';

const ok = z.literal('ok');

describe('retries', () => {
  it.each([
    ['error 6', { type: 'api', code: 6 }],
    ['error 9', { type: 'api', code: 9 }],
    ['error 10', { type: 'api', code: 10 }],
    ['a network failure', { type: 'client' }],
  ] as const)(
    'retries a request after %s with exponential backoff, then succeeds',
    async (_name, failure) => {
      const { api, vk } = setupApi({ 'users.get': () => 'ok' });
      vk.plannedFailures.push(failure, failure);
      await expect(api.call({ method: 'users.get', schema: ok })).resolves.toBe('ok');
      expect(vk.requests).toHaveLength(3);
      const [a, b, c] = vk.requests.map((r) => r.at);
      expect(b! - a!).toBeGreaterThanOrEqual(backoffMs(0));
      expect(c! - b!).toBeGreaterThanOrEqual(backoffMs(1));
      expect(api.stats()).toMatchObject({ requests: 3, retries: 2, errors: 0 });
    },
  );

  it('gives up after the bound with the typed error', async () => {
    const { api, vk } = setupApi({ 'users.get': () => 'ok' });
    for (let i = 0; i <= RETRY_MAX; i += 1)
      vk.plannedFailures.push({ type: 'api', code: 9, msg: 'Flood control' });
    const err = await api.call({ method: 'users.get', schema: ok, label: 'Паблик' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(VkApiError);
    expect(err).toMatchObject({ code: 9, kind: 'flood', label: 'Паблик' });
    expect(vk.requests).toHaveLength(RETRY_MAX + 1);
    expect(api.stats()).toMatchObject({ retries: RETRY_MAX, errors: 1 });
  });

  it('gives up on network failures with VkNetworkError', async () => {
    const { api, vk } = setupApi({ 'users.get': () => 'ok' });
    for (let i = 0; i <= RETRY_MAX; i += 1) vk.plannedFailures.push({ type: 'client', reason: 'offline' });
    const err = await api.call({ method: 'users.get', schema: ok, label: 'p' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(VkNetworkError);
    expect(err).toMatchObject({ label: 'p', method: 'users.get' });
    expect((err as Error).message).toContain('offline');
  });

  it('retries one failing call inside an execute without repeating the others', async () => {
    const calls = new Map<string, number>();
    const { api, vk } = setupApi({
      'users.get': (params) => {
        const id = params['user_ids']!;
        calls.set(id, (calls.get(id) ?? 0) + 1);
        if (id === '2' && calls.get(id)! <= 2) throw new FakeApiError(6, 'Too many requests per second');
        return 'ok';
      },
    });
    const results = await Promise.all(
      [1, 2, 3].map((id) => api.call({ method: 'users.get', params: { user_ids: id }, schema: ok })),
    );
    expect(results).toEqual(['ok', 'ok', 'ok']);
    expect(Object.fromEntries(calls)).toEqual({ '1': 1, '2': 3, '3': 1 });
    expect(vk.requests.map((r) => r.method)).toEqual(['execute', 'users.get', 'users.get']);
    expect(api.stats()).toMatchObject({ requests: 3, calls: 5, retries: 2, errors: 0 });
  });

  it('gives up on an inner call after the bound', async () => {
    const { api } = setupApi({
      'users.get': (params) => {
        if (params['user_ids'] === '2') throw new FakeApiError(10, 'Internal server error');
        return 'ok';
      },
    });
    const outcomes = await Promise.all(
      [1, 2].map((id) => settle(api.call({ method: 'users.get', params: { user_ids: id }, schema: ok }))),
    );
    expect(outcomes[0]).toEqual({ ok: true, value: 'ok' });
    expect(outcomes[1]).toMatchObject({ ok: false, error: { code: 10, kind: 'internal' } });
    expect(api.stats().retries).toBe(RETRY_MAX);
  });
});

describe('typed errors that are not retried', () => {
  it.each([
    [5, 'auth'],
    [7, 'permission'],
    [15, 'access-denied'],
    [18, 'deleted-or-banned'],
    [27, 'group-auth-failed'],
    [29, 'rate-limit'],
    [30, 'private-profile'],
    [100, 'invalid-param'],
    [203, 'group-access-denied'],
    [212, 'comments-access-denied'],
  ] as const)('error %i becomes kind %s with the label, after exactly one request', async (code, kind) => {
    const handler = () => {
      throw new FakeApiError(code, `VK says ${code}`);
    };
    const { api, vk } = setupApi({ 'wall.get': handler, 'users.get': () => 'ok' });
    // Alone (direct call) and inside an execute.
    const alone = await api
      .call({ method: 'wall.get', schema: ok, label: 'Администрация района' })
      .catch((e: unknown) => e);
    const [inBatch] = await Promise.all([
      settle(api.call({ method: 'wall.get', schema: ok, label: 'Школа №1' })),
      api.call({ method: 'users.get', schema: ok }),
    ]);
    expect(alone).toBeInstanceOf(VkApiError);
    expect(alone).toMatchObject({ code, kind, method: 'wall.get', label: 'Администрация района' });
    expect(inBatch).toMatchObject({
      ok: false,
      error: { code, kind, method: 'wall.get', label: 'Школа №1' },
    });
    expect(vk.requests).toHaveLength(2);
    expect(api.stats().retries).toBe(0);
  });

  it('forgets the user token after error 5, so the next call asks VK for a fresh one', async () => {
    let fail = true;
    const { api, vk } = setupApi({
      'users.get': () => {
        if (fail) throw new FakeApiError(5, 'User authorization failed: access_token has expired.');
        return 'ok';
      },
    });
    await expect(api.call({ method: 'users.get', schema: ok })).rejects.toMatchObject({ code: 5 });
    fail = false;
    await expect(api.call({ method: 'users.get', schema: ok })).resolves.toBe('ok');
    const [first, second] = vk.requests;
    expect(first!.token).not.toBe(second!.token);
    expect(vk.bridgeCalls.filter((c) => c.method === 'VKWebAppGetAuthToken')).toHaveLength(2);
  });
});

describe('tokens never leak into errors', () => {
  it('scrubs the token even when VK echoes it, in messages, JSON and stacks', async () => {
    let token = '';
    const { api, vk } = setupApi({
      'wall.get': (_p, ctx) => {
        token = ctx.token;
        throw new FakeApiError(15, `Access denied for access_token=${ctx.token}`);
      },
      'users.get': () => 'ok',
    });
    vk.plannedFailures.push({ type: 'api', code: 100, msg: 'placeholder' });
    const errors: unknown[] = [];
    errors.push(await api.call({ method: 'users.get', schema: ok }).catch((e: unknown) => e)); // planned 100
    errors.push(await api.call({ method: 'wall.get', schema: ok }).catch((e: unknown) => e)); // direct
    const [batched] = await Promise.all([
      api.call({ method: 'wall.get', schema: ok }).catch((e: unknown) => e),
      api.call({ method: 'users.get', schema: ok }),
    ]);
    errors.push(batched);
    errors.push(await api.call({ method: 'users.get', schema: z.number() }).catch((e: unknown) => e)); // validation
    for (let i = 0; i <= RETRY_MAX; i += 1)
      vk.plannedFailures.push({ type: 'client', reason: `socket for ${token}` });
    errors.push(await api.call({ method: 'users.get', schema: ok }).catch((e: unknown) => e)); // network
    expect(token).toMatch(/SECRET/);
    expect(errors.map((e) => (e as Error).name)).toEqual([
      'VkApiError',
      'VkApiError',
      'VkApiError',
      'VkValidationError',
      'VkNetworkError',
    ]);
    for (const err of errors) {
      const e = err as Error;
      const everything = [
        e.message,
        String(e),
        e.stack,
        JSON.stringify(e),
        JSON.stringify(Object.entries(e)),
      ].join('\n');
      expect(everything).not.toContain(token);
      expect(everything).not.toContain('SECRET');
    }
    expect((errors[1] as VkApiError).vkMessage).toBe('Access denied for access_token=***');
  });
});

describe('response validation', () => {
  it('rejects with VkValidationError naming the path and the label', async () => {
    const { api } = setupApi({
      'wall.get': () => ({
        count: 2,
        items: [
          { id: 1, date: 10 },
          { id: 2, date: 'yesterday' },
        ],
      }),
    });
    const schema = z.object({
      count: z.number(),
      items: z.array(z.object({ id: z.number(), date: z.number() })),
    });
    const err = await api.call({ method: 'wall.get', schema, label: 'club1' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(VkValidationError);
    expect(err).toMatchObject({ path: ['items', 1, 'date'], method: 'wall.get', label: 'club1' });
    expect((err as Error).message).toContain('items.1.date');
    expect(api.stats().errors).toBe(1);
  });

  it('validates through a pick: the path is in the zipped objects', async () => {
    const { api } = setupApi({
      'wall.get': () => ({ count: 2, items: [{ id: 1 }, { id: 2, date: 5 }] }),
      'users.get': () => 'ok',
    });
    const schema = z.object({
      count: z.number(),
      items: z.array(z.object({ id: z.number(), date: z.number() })),
    });
    const [err] = await Promise.all([
      api
        .call({ method: 'wall.get', schema, pick: { count: true, items: ['id', 'date'] } })
        .catch((e: unknown) => e),
      api.call({ method: 'users.get', schema: ok }),
    ]);
    expect(err).toMatchObject({ name: 'VkValidationError', path: ['items', 0, 'date'] });
  });
});

describe('token refusal', () => {
  it('fails only the calls that need the refused scope', async () => {
    const { api, vk } = setupApi({ 'stats.get': () => 'ok', 'users.get': () => 'ok' });
    vk.grantScopes = (requested) => (requested.includes('stats') ? null : requested);
    await api.call({ method: 'users.get', schema: ok });
    const [stats, plain] = await Promise.all([
      settle(api.call({ method: 'stats.get', scopes: ['stats'], schema: ok, label: 'club1' })),
      settle(api.call({ method: 'users.get', schema: ok })),
    ]);
    expect(stats).toMatchObject({ ok: false, error: { name: 'TokenRefusedError', scopes: ['stats'] } });
    expect((stats as { error: unknown }).error).toBeInstanceOf(TokenRefusedError);
    expect(plain).toEqual({ ok: true, value: 'ok' });
  });
});
