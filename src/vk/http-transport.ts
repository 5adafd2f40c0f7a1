// The VkTransport over plain HTTPS, for Node tools (the report CLI). It hands the bridge transport a
// bridge whose VKWebAppCallAPIMethod is a POST, so the body parsing, the error mapping and the token
// scrubbing are the bridge transport's own, not a copy. The token travels in the form body only.
import type { BridgeLike } from './bridge-like';
import { VkTimeoutError } from './errors';
import { HTTP_REQUEST_TIMEOUT_MS } from './limits';
import { createBridgeTransport, type VkTransport } from './transport';

export const VK_API_BASE = 'https://api.vk.com/method/';

export interface HttpTransportOptions {
  /** Ends with a slash; the method name is appended. */
  baseUrl?: string;
  fetch?: typeof globalThis.fetch;
  /** A request without an answer by then fails with VkTimeoutError (a read is retried once). */
  timeoutMs?: number;
}

export function createHttpTransport(options: HttpTransportOptions = {}): VkTransport {
  const baseUrl = options.baseUrl ?? VK_API_BASE;
  const fetchFn = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? HTTP_REQUEST_TIMEOUT_MS;
  const bridge: BridgeLike = {
    async send(name, props) {
      const { method, params } = (props ?? {}) as {
        method: string;
        params: Record<string, string | number>;
      };
      if (name !== 'VKWebAppCallAPIMethod') throw new Error(`${name} is not available over HTTP`);
      const body = new URLSearchParams();
      for (const [key, value] of Object.entries(params)) body.set(key, String(value));
      // A rejection that is not a bridge error becomes a VkNetworkError with its message scrubbed.
      const signal = AbortSignal.timeout(timeoutMs);
      let answer: Response;
      try {
        answer = await fetchFn(`${baseUrl}${method}`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body,
          signal,
        });
      } catch (err) {
        if (signal.aborted) throw new VkTimeoutError({ method: name, timeoutMs, silent: false });
        throw err;
      }
      if (!answer.ok) throw new Error(`HTTP ${answer.status} ${answer.statusText}`.trim());
      try {
        return (await answer.json()) as unknown;
      } catch {
        if (signal.aborted) throw new VkTimeoutError({ method: name, timeoutMs, silent: false });
        throw new Error('the answer is not JSON');
      }
    },
    subscribe: () => undefined,
    unsubscribe: () => undefined,
  };
  return createBridgeTransport(bridge);
}
