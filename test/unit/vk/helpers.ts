import { createVkApi } from '../../../src/vk/api-client';
import { VirtualClock } from '../../../src/vk/clock';
import { createTokenStore } from '../../../src/vk/tokens';
import { FakeVk, type Handler } from './fake-vk';

/** The API client over the fake bridge, with the real token store, on a virtual clock. */
export function setupApi(handlers: Record<string, Handler> = {}) {
  const clock = new VirtualClock(1_700_000_000_000);
  const vk = new FakeVk({ clock, handlers });
  const tokens = createTokenStore({ bridge: vk.bridge, appId: 1 });
  const api = createVkApi({ bridge: vk.bridge, tokens, clock });
  return { clock, vk, tokens, api };
}

/** Settles a promise into a value or the error, for asserting on several calls at once. */
export function settle<T>(
  promise: Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> {
  return promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
}
