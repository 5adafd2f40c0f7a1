// The HTTP transport: the token in the form body only, VK's answers mapped as the bridge transport maps
// them, and no token in any error.
import { describe, expect, it } from 'vitest';
import { VkApiError, VkNetworkError } from '../../../src/vk/errors';
import { createHttpTransport } from '../../../src/vk/http-transport';
import { API_VERSION } from '../../../src/vk/limits';

const TOKEN = 'vk1.a.secret-token';

function fakeFetch(answer: () => Response | Promise<Response>) {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  const fetch = (async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} });
    return answer();
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

async function failure(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => null,
    (err: unknown) => err,
  );
  if (!(error instanceof Error)) throw new Error('expected a rejection');
  expect(error.message).not.toContain(TOKEN);
  return error;
}

describe('createHttpTransport', () => {
  it('POSTs a form body with the params, v and the token; the URL carries only the method', async () => {
    const { fetch, calls } = fakeFetch(() => json({ response: [{ id: 1 }] }));
    const transport = createHttpTransport({ baseUrl: 'http://vk.test/method/', fetch });
    const body = await transport.call('groups.getById', { group_ids: '1,2', count: 5 }, TOKEN);
    expect(body).toEqual({ response: [{ id: 1 }] });
    expect(calls).toHaveLength(1);
    const [{ url, init }] = calls as [{ url: string; init: RequestInit }];
    expect(url).toBe('http://vk.test/method/groups.getById');
    expect(init.method).toBe('POST');
    expect(init.headers).toMatchObject({ 'content-type': 'application/x-www-form-urlencoded' });
    const form = new URLSearchParams(String(init.body));
    expect(Object.fromEntries(form)).toEqual({
      group_ids: '1,2',
      count: '5',
      v: API_VERSION,
      access_token: TOKEN,
    });
  });

  it('defaults to the VK API base URL', async () => {
    const { fetch, calls } = fakeFetch(() => json({ response: 1 }));
    await createHttpTransport({ fetch }).call('users.get', {}, TOKEN);
    expect(calls[0]?.url).toBe('https://api.vk.com/method/users.get');
  });

  it('maps an API error to VkApiError, scrubbing the token from VK’s message', async () => {
    const { fetch } = fakeFetch(() => json({ error: { error_code: 5, error_msg: `bad token ${TOKEN}` } }));
    const error = await failure(createHttpTransport({ fetch }).call('wall.get', {}, TOKEN));
    expect(error).toBeInstanceOf(VkApiError);
    expect(error).toMatchObject({ code: 5, kind: 'auth', method: 'wall.get' });
  });

  it('keeps execute_errors, scrubbed', async () => {
    const { fetch } = fakeFetch(() =>
      json({
        response: [1, false],
        execute_errors: [{ method: 'wall.get', error_code: 15, error_msg: TOKEN }],
      }),
    );
    const body = await createHttpTransport({ fetch }).call('execute', { code: 'return 1;' }, TOKEN);
    expect(body.execute_errors).toEqual([{ method: 'wall.get', error_code: 15, error_msg: '***' }]);
  });

  it.each([
    ['a dropped connection', () => Promise.reject(new TypeError(`fetch failed for ${TOKEN}`))],
    ['an HTTP error status', () => new Response('Bad Gateway', { status: 502 })],
    ['an answer that is not JSON', () => new Response('<html>', { status: 200 })],
  ])('maps %s to VkNetworkError', async (_name, answer) => {
    const { fetch } = fakeFetch(answer);
    const error = await failure(createHttpTransport({ fetch }).call('wall.get', {}, TOKEN));
    expect(error).toBeInstanceOf(VkNetworkError);
  });

  it('gives up on a request without an answer after timeoutMs', async () => {
    const fetch = ((_url: string, init?: RequestInit) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
      )) as typeof globalThis.fetch;
    const error = await failure(createHttpTransport({ fetch, timeoutMs: 10 }).call('wall.get', {}, TOKEN));
    expect(error).toBeInstanceOf(VkNetworkError);
  });
});
