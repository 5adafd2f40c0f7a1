// Bridge calls that never answer, or answer too late: every call ends, once, with VK's answer or a
// typed VkTimeoutError (docs/vk-adapter.md, "Timeouts"). Deadlines run on Vitest's fake timers; the
// adapter's own waits (rate limit, backoff) on the VirtualClock, as everywhere in these tests.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod/mini';
import { createVkApi } from '../../../src/vk/api-client';
import type { BridgeListener, BridgeLike } from '../../../src/vk/bridge-like';
import { withTimeouts } from '../../../src/vk/bridge-timeouts';
import { VirtualClock } from '../../../src/vk/clock';
import { describeVkError } from '../../../src/shared/vk-error-text';
import { TokenRefusedError, VkNetworkError, VkTimeoutError } from '../../../src/vk/errors';
import { createHttpTransport } from '../../../src/vk/http-transport';
import {
  BRIDGE_DIALOG_TIMEOUT_MS,
  BRIDGE_REQUEST_TIMEOUT_MS,
  BRIDGE_SILENCE_TIMEOUT_MS,
} from '../../../src/vk/limits';
import { createBridgeStorageBackend } from '../../../src/vk/storage';
import { createTokenStore } from '../../../src/vk/tokens';
import { FakeVk } from './fake-vk';

interface Held {
  method: string;
  /** Lets the call reach the fake VK now and hands its answer back (a late answer). */
  release(): void;
}

/**
 * The fake VK behind a bridge that can hold calls: `hold(method, n)` decides whether the n-th call of
 * that method (1-based) is held; a held call answers only when released, or never.
 */
function holdingBridge(vk: FakeVk, hold: (method: string, n: number) => boolean) {
  const held: Held[] = [];
  const counts = new Map<string, number>();
  const listeners = new Set<BridgeListener>();
  // The fake VK knows the adapter's methods; VKWebAppInit is answered here, as VK answers it.
  const answer = (method: string, props?: Record<string, unknown>) =>
    method === 'VKWebAppInit' ? Promise.resolve({ result: true }) : vk.bridge.send(method, props);
  const bridge: BridgeLike = {
    send(method, props) {
      const n = (counts.get(method) ?? 0) + 1;
      counts.set(method, n);
      if (!hold(method, n)) return answer(method, props);
      return new Promise((resolve, reject) => {
        held.push({ method, release: () => void answer(method, props).then(resolve, reject) });
      });
    },
    subscribe: (listener) => void listeners.add(listener),
    unsubscribe: (listener) => void listeners.delete(listener),
  };
  const emit = (type: string, data: unknown) => listeners.forEach((l) => l({ detail: { type, data } }));
  return { bridge, held, emit };
}

function setup(hold: (method: string, n: number) => boolean) {
  const clock = new VirtualClock(1_700_000_000_000);
  const vk = new FakeVk({
    clock,
    handlers: {
      'groups.getById': () => ({ groups: [{ id: 1, name: 'Администрация' }] }),
      'wall.createComment': () => ({ comment_id: 7 }),
    },
  });
  const holding = holdingBridge(vk, hold);
  const bridge = withTimeouts(holding.bridge);
  const tokens = createTokenStore({ bridge, appId: 1 });
  const api = createVkApi({ bridge, tokens, clock });
  return { ...holding, vk, timed: bridge, tokens, api, clock };
}

const groupsSchema = z.object({ groups: z.array(z.object({ id: z.number(), name: z.string() })) });
const readGroup = (api: ReturnType<typeof setup>['api']) =>
  api.call({ method: 'groups.getById', params: { group_id: 1 }, schema: groupsSchema, label: 'club1' });

/** Settles into {value} or {error} without leaving a rejection unhandled while timers run. */
function track<T>(promise: Promise<T>) {
  const result: { settled: boolean; value?: T; error?: unknown; times: number } = {
    settled: false,
    times: 0,
  };
  promise.then(
    (value) => Object.assign(result, { settled: true, value, times: result.times + 1 }),
    (error: unknown) => Object.assign(result, { settled: true, error, times: result.times + 1 }),
  );
  return result;
}

/**
 * Advances the fake timers by `ms`, then lets every promise chain that a fired timer started run to
 * its end (the queue's zero-delay yields included), without moving time any further.
 */
async function advance(ms: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
  for (let round = 0; round < 5; round++) {
    for (let i = 0; i < 50; i++) await Promise.resolve();
    await vi.advanceTimersByTimeAsync(0);
  }
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('withTimeouts: a bridge that never answers', () => {
  it('ends every call after the silence timeout, as a silent VkTimeoutError', async () => {
    const { timed, held } = setup(() => true);
    const init = track(timed.send('VKWebAppInit'));
    const token = track(timed.send('VKWebAppGetAuthToken', { app_id: 1, scope: '' }));
    await advance(BRIDGE_SILENCE_TIMEOUT_MS - 1);
    expect(init.settled || token.settled).toBe(false);
    await advance(1);
    for (const call of [init, token]) {
      expect(call.error).toBeInstanceOf(VkTimeoutError);
      expect((call.error as VkTimeoutError).silent).toBe(true);
      expect((call.error as VkTimeoutError).timeoutMs).toBe(BRIDGE_SILENCE_TIMEOUT_MS);
    }
    expect(held.map((h) => h.method)).toEqual(['VKWebAppInit', 'VKWebAppGetAuthToken']);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('does not take the bridge echoing its own messages (outside VK) for a sign of life', async () => {
    const { timed, emit } = setup(() => true);
    const call = track(timed.send('VKWebAppStorageGet', { keys: ['a'] }));
    emit('vk-connect', undefined);
    await advance(BRIDGE_SILENCE_TIMEOUT_MS);
    expect((call.error as VkTimeoutError).silent).toBe(true);
    expect(timed.alive).toBe(false);
  });

  it('once VK has spoken, gives a request 15 s and a dialog 5 minutes', async () => {
    const { timed } = setup((method) => method !== 'VKWebAppInit');
    await timed.send('VKWebAppInit');
    expect(timed.alive).toBe(true);
    const request = track(timed.send('VKWebAppStorageGet', { keys: ['a'] }));
    const dialog = track(timed.send('VKWebAppGetAuthToken', { app_id: 1, scope: 'stats' }));
    await advance(BRIDGE_REQUEST_TIMEOUT_MS - 1);
    expect(request.settled).toBe(false);
    await advance(1);
    expect(request.error).toBeInstanceOf(VkTimeoutError);
    expect(request.error).toMatchObject({ silent: false, timeoutMs: 15_000, method: 'VKWebAppStorageGet' });
    await advance(BRIDGE_DIALOG_TIMEOUT_MS - BRIDGE_REQUEST_TIMEOUT_MS - 1);
    expect(dialog.settled).toBe(false);
    await advance(1);
    expect(dialog.error).toMatchObject({ silent: false, timeoutMs: BRIDGE_DIALOG_TIMEOUT_MS });
    // A VK event is a sign of life too.
    const other = setup(() => true);
    other.emit('VKWebAppUpdateConfig', { appearance: 'dark' });
    expect(other.timed.alive).toBe(true);
  });

  it('drops an answer that comes after the timeout: the call stays failed, settled once', async () => {
    const { timed, held } = setup((method) => method === 'VKWebAppStorageGet');
    await timed.send('VKWebAppInit');
    const call = track(timed.send('VKWebAppStorageGet', { keys: ['a'] }));
    await advance(BRIDGE_REQUEST_TIMEOUT_MS);
    expect(call.error).toBeInstanceOf(VkTimeoutError);
    held[0]!.release();
    await advance(1_000);
    expect(call).toMatchObject({ settled: true, times: 1 });
    expect(call.value).toBeUndefined();
    expect(timed.lateAnswers).toBe(1);
  });

  it('clears its timers when VK answers in time', async () => {
    const { timed } = setup(() => false);
    await timed.send('VKWebAppInit');
    await timed.send('VKWebAppStorageGet', { keys: ['a'] });
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('the adapter over a bridge that drops calls', () => {
  it('retries a timed-out read once; the first answer arriving late changes nothing', async () => {
    const { api, held, vk, timed } = setup((method, n) => method === 'VKWebAppCallAPIMethod' && n === 1);
    await timed.send('VKWebAppInit');
    const call = track(readGroup(api));
    // (+10 ms: the queue's zero-delay yields each take a fake millisecond.)
    await advance(BRIDGE_REQUEST_TIMEOUT_MS + 10);
    expect(call.value).toEqual({ groups: [{ id: 1, name: 'Администрация' }] });
    expect(api.stats()).toMatchObject({ requests: 2, retries: 1, errors: 0 });
    held[0]!.release();
    await advance(1_000);
    expect(call.times).toBe(1);
    expect(timed.lateAnswers).toBe(1);
    expect(vk.requests).toHaveLength(2);
    expect(api.stats()).toMatchObject({ requests: 2, retries: 1, errors: 0 });
  });

  it('gives up on a read after one retry, with a typed, labelled error and Russian words', async () => {
    const { api, timed } = setup((method) => method === 'VKWebAppCallAPIMethod');
    await timed.send('VKWebAppInit');
    const call = track(readGroup(api));
    // The backoff between the attempts passes on the VirtualClock, so only the two deadlines take time.
    await advance(2 * BRIDGE_REQUEST_TIMEOUT_MS - 10);
    expect(call.settled).toBe(false);
    await advance(20);
    expect(call.error).toBeInstanceOf(VkTimeoutError);
    expect(call.error).toBeInstanceOf(VkNetworkError);
    expect(call.error).toMatchObject({ method: 'groups.getById', label: 'club1', silent: false });
    expect(api.stats()).toMatchObject({ requests: 2, retries: 1, errors: 1 });
    expect(describeVkError(call.error)).toEqual({
      title: 'ВКонтакте не ответил вовремя',
      action: 'Ответа нет дольше 15\u00a0секунд: похоже, прервалась связь. Проверьте интернет и повторите.',
    });
  });

  it('does not repeat a timed-out write: VK may already have done it', async () => {
    const { api, timed, vk, held } = setup((method) => method === 'VKWebAppCallAPIMethod');
    await timed.send('VKWebAppInit');
    const call = track(
      api.call({
        method: 'wall.createComment',
        params: { owner_id: -1, post_id: 5, message: 'Итоги' },
        schema: z.object({ comment_id: z.number() }),
      }),
    );
    await advance(BRIDGE_REQUEST_TIMEOUT_MS + 10_000);
    expect(call.error).toBeInstanceOf(VkTimeoutError);
    expect(held).toHaveLength(1);
    expect(api.stats()).toMatchObject({ requests: 1, retries: 0 });
    held[0]!.release();
    await advance(1);
    expect(vk.requests.map((r) => r.method)).toEqual(['wall.createComment']);
    expect(call.times).toBe(1);
  });

  it('outside VK: the token dialog times out as «not answering», not as a refusal, and is not retried', async () => {
    const { api, held } = setup(() => true);
    const call = track(readGroup(api));
    await advance(BRIDGE_SILENCE_TIMEOUT_MS);
    expect(call.error).toBeInstanceOf(VkTimeoutError);
    expect(call.error).not.toBeInstanceOf(TokenRefusedError);
    expect(call.error).toMatchObject({ silent: true, label: 'club1' });
    expect(held.map((h) => h.method)).toEqual(['VKWebAppGetAuthToken']);
    expect(describeVkError(call.error).title).toBe('ВКонтакте не отвечает приложению');
    expect(describeVkError(call.error).action).toContain('открыто не внутри ВКонтакте');
  });

  it('a token dialog answered after its timeout leaves no token behind; the next call asks again', async () => {
    const { tokens, held, timed, vk } = setup((method, n) => method === 'VKWebAppGetAuthToken' && n === 1);
    await timed.send('VKWebAppInit');
    const first = track(tokens.getUserToken());
    await advance(BRIDGE_DIALOG_TIMEOUT_MS);
    expect(first.error).toBeInstanceOf(VkTimeoutError);
    held[0]!.release();
    await advance(1);
    expect(tokens.hasUserScope('stats')).toBe(false);
    const second = await tokens.getUserToken();
    expect(second).toBe('fake-token.SECRET_user_2_xYz');
    expect(vk.bridgeCalls.filter((c) => c.method === 'VKWebAppGetAuthToken')).toHaveLength(2);
    expect(first.times).toBe(1);
  });

  it('VK Storage through the bridge times out as VkTimeoutError too', async () => {
    const { timed } = setup((method) => method === 'VKWebAppStorageGet');
    await timed.send('VKWebAppInit');
    const backend = createBridgeStorageBackend(timed, new VirtualClock(0));
    const read = track(backend.get(['settings']));
    await advance(BRIDGE_REQUEST_TIMEOUT_MS);
    expect(read.error).toBeInstanceOf(VkTimeoutError);
    expect(read.error).toMatchObject({ method: 'VKWebAppStorageGet', silent: false });
  });
});

describe('the HTTP transport (report CLI)', () => {
  it('turns a request without an answer into VkTimeoutError', async () => {
    vi.useRealTimers();
    const fetch = ((_url: string, init?: RequestInit) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
      )) as typeof globalThis.fetch;
    const error = await createHttpTransport({ fetch, timeoutMs: 20 })
      .call('wall.get', {}, 'TOKEN_abc')
      .then(
        () => null,
        (err: unknown) => err,
      );
    expect(error).toBeInstanceOf(VkTimeoutError);
    expect(error).toMatchObject({ method: 'wall.get', timeoutMs: 20, silent: false });
  });
});
