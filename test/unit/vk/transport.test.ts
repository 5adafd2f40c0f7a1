import { describe, expect, it } from 'vitest';
import type { BridgeLike } from '../../../src/vk/bridge-like';
import { VkApiError, VkNetworkError, VkValidationError } from '../../../src/vk/errors';
import { API_VERSION } from '../../../src/vk/limits';
import { bridgeErrorToVkError, createBridgeTransport } from '../../../src/vk/transport';

const TOKEN = 'fake-token.SECRET_transport_token';

function bridgeAnswering(answer: () => Promise<unknown>) {
  const sent: { method: string; props: Record<string, unknown> | undefined }[] = [];
  const bridge: BridgeLike = {
    send: (method, props) => {
      sent.push({ method, props });
      return answer();
    },
    subscribe: () => undefined,
    unsubscribe: () => undefined,
  };
  return { bridge, sent };
}

describe('createBridgeTransport', () => {
  it('sends VKWebAppCallAPIMethod with v and access_token inside params', async () => {
    const { bridge, sent } = bridgeAnswering(async () => ({ response: [1] }));
    const transport = createBridgeTransport(bridge);
    await expect(transport.call('users.get', { user_ids: '1' }, TOKEN)).resolves.toEqual({ response: [1] });
    expect(sent[0]).toEqual({
      method: 'VKWebAppCallAPIMethod',
      props: {
        method: 'users.get',
        params: { user_ids: '1', v: API_VERSION, access_token: TOKEN },
        request_id: expect.stringMatching(/^vk_api_\d+$/),
      },
    });
  });

  it('never reuses a request_id, even across transports on one bridge', async () => {
    const { bridge, sent } = bridgeAnswering(async () => ({ response: 1 }));
    const [a, b] = [createBridgeTransport(bridge), createBridgeTransport(bridge)];
    await Promise.all([a.call('m.a', {}, TOKEN), b.call('m.b', {}, TOKEN), a.call('m.c', {}, TOKEN)]);
    expect(new Set(sent.map((s) => s.props!['request_id'])).size).toBe(3);
  });

  it('passes execute_errors through, scrubbed', async () => {
    const body = {
      response: [false],
      execute_errors: [{ method: 'wall.get', error_code: 15, error_msg: `denied ${TOKEN}` }],
    };
    const transport = createBridgeTransport(bridgeAnswering(async () => body).bridge);
    await expect(transport.call('execute', { code: 'return 1;' }, TOKEN)).resolves.toEqual({
      response: [false],
      execute_errors: [{ method: 'wall.get', error_code: 15, error_msg: 'denied ***' }],
    });
  });

  it('maps an api_error rejection to VkApiError', async () => {
    const rejection = {
      error_type: 'api_error',
      error_data: {
        error_code: 203,
        error_msg: 'Access to group denied',
        request_params: [{ key: 'oauth', value: '1' }],
      },
    };
    const transport = createBridgeTransport(bridgeAnswering(() => Promise.reject(rejection)).bridge);
    const err = await transport.call('wall.get', {}, TOKEN).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(VkApiError);
    expect(err).toMatchObject({
      code: 203,
      kind: 'group-access-denied',
      method: 'wall.get',
      vkMessage: 'Access to group denied',
    });
  });

  it('maps a client_error rejection to VkNetworkError', async () => {
    const rejection = {
      error_type: 'client_error',
      error_data: { error_code: 1, error_reason: 'Unknown error' },
    };
    const transport = createBridgeTransport(bridgeAnswering(() => Promise.reject(rejection)).bridge);
    const err = await transport.call('wall.get', {}, TOKEN).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(VkNetworkError);
    expect((err as VkNetworkError).reason).toContain('Unknown error');
  });

  it('treats a resolved {error} body as an API error', async () => {
    const transport = createBridgeTransport(
      bridgeAnswering(async () => ({ error: { error_code: 6, error_msg: 'Too many requests per second' } }))
        .bridge,
    );
    await expect(transport.call('wall.get', {}, TOKEN)).rejects.toMatchObject({
      code: 6,
      kind: 'too-many-requests',
    });
  });

  it('rejects a body without response as VkValidationError', async () => {
    const transport = createBridgeTransport(bridgeAnswering(async () => ({ result: true })).bridge);
    await expect(transport.call('wall.get', {}, TOKEN)).rejects.toBeInstanceOf(VkValidationError);
  });
});

describe('bridgeErrorToVkError', () => {
  it('recognises an API error wrapped in a client_error', () => {
    const err = bridgeErrorToVkError(
      {
        error_type: 'client_error',
        error_data: {
          error_code: 1,
          error_reason: { error_code: 5, error_msg: 'User authorization failed' },
        },
      },
      'users.get',
    );
    expect(err).toMatchObject({ name: 'VkApiError', code: 5, kind: 'auth' });
  });

  it('maps the bridge’s auth_error to error 5', () => {
    const err = bridgeErrorToVkError(
      { error_type: 'auth_error', error_data: { error_code: 4, error_reason: 'token expired' } },
      'm',
    );
    expect(err).toMatchObject({ name: 'VkApiError', code: 5 });
  });

  it('maps anything else (a thrown Error, garbage) to VkNetworkError, scrubbing the secret', () => {
    expect(bridgeErrorToVkError(new Error(`boom ${TOKEN}`), 'm', TOKEN)).toMatchObject({
      name: 'VkNetworkError',
      reason: 'boom ***',
    });
    expect(bridgeErrorToVkError(undefined, 'm')).toBeInstanceOf(VkNetworkError);
  });
});
