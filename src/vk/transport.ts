// One HTTP-level VK API request. The only place an access token meets the wire: it goes inside the
// params of VKWebAppCallAPIMethod and nowhere else (not in URLs, logs, or errors).
import { z } from 'zod/mini';
import type { BridgeLike } from './bridge-like';
import { VkApiError, VkNetworkError, VkTimeoutError, VkValidationError } from './errors';
import { API_VERSION } from './limits';
import { scrub } from './scrub';

/** Parameter values as they go on the wire (arrays already joined, booleans already 0/1). */
export type WireParams = Record<string, string | number>;

export interface ExecuteError {
  method: string;
  error_code: number;
  error_msg: string;
}

/** The API body: `response`, plus `execute_errors` when calls inside an `execute` failed. */
export interface VkApiBody {
  response: unknown;
  execute_errors?: ExecuteError[];
}

export interface VkTransport {
  /** Sends one request; rejects with VkApiError, VkNetworkError or VkValidationError. */
  call(method: string, params: WireParams, accessToken: string): Promise<VkApiBody>;
}

const executeErrorSchema = z.object({
  method: z.string(),
  error_code: z.number(),
  error_msg: z.string(),
});

const bodySchema = z.union([
  z.object({ error: z.object({ error_code: z.number(), error_msg: z.string() }) }),
  z.object({ response: z.unknown(), execute_errors: z.optional(z.array(executeErrorSchema)) }),
]);

const rejectionSchema = z.object({
  error_type: z.string(),
  error_data: z.record(z.string(), z.unknown()),
});

/** Replaces every form of the secret (a token) in a text: see scrub.ts. */
export { scrub };

function describe(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined) return 'unknown reason';
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

/** The API error object inside a rejection: `error_data` of an api_error, or (some clients) the
 * `error_reason` of a client_error. */
function apiErrorOf(type: string, data: Record<string, unknown>): { code: number; message: string } | null {
  const candidate = type === 'api_error' ? data : data['error_reason'];
  if (typeof candidate !== 'object' || candidate === null) return null;
  const { error_code: code, error_msg: message } = candidate as Record<string, unknown>;
  return typeof code === 'number' ? { code, message: describe(message) } : null;
}

/** Maps a bridge rejection to a typed error, scrubbing the secret (the token) from any text. */
export function bridgeErrorToVkError(
  raw: unknown,
  method: string,
  secret?: string,
): VkApiError | VkNetworkError {
  // The bridge's deadline (bridge-timeouts.ts): already typed, now named after the API method.
  if (raw instanceof VkTimeoutError) return raw.forMethod(method);
  const parsed = rejectionSchema.safeParse(raw);
  if (!parsed.success) {
    const reason = raw instanceof Error ? raw.message : describe(raw);
    return new VkNetworkError({ method, reason: scrub(reason, secret) });
  }
  const { error_type: type, error_data: data } = parsed.data;
  const apiError = apiErrorOf(type, data);
  if (apiError !== null) {
    return new VkApiError({ code: apiError.code, method, vkMessage: scrub(apiError.message, secret) });
  }
  const reason = scrub(describe(data['error_reason']), secret);
  // The bridge's own authorization failure: the token is unusable, which the API calls error 5.
  if (type === 'auth_error') return new VkApiError({ code: 5, method, vkMessage: reason });
  const code = typeof data['error_code'] === 'number' ? ` (client error ${data['error_code']})` : '';
  return new VkNetworkError({ method, reason: reason + code });
}

/** Shared by all transports: the bridge matches answers to requests by request_id. */
let requestCounter = 0;

/** The VkTransport over VK Bridge: `VKWebAppCallAPIMethod` with `v` and `access_token` in params. */
export function createBridgeTransport(bridge: BridgeLike): VkTransport {
  return {
    async call(method, params, accessToken) {
      requestCounter += 1;
      let raw: unknown;
      try {
        raw = await bridge.send('VKWebAppCallAPIMethod', {
          method,
          params: { ...params, v: API_VERSION, access_token: accessToken },
          request_id: `vk_api_${requestCounter}`,
        });
      } catch (err) {
        throw bridgeErrorToVkError(err, method, accessToken);
      }
      const body = bodySchema.safeParse(raw);
      if (!body.success) {
        throw new VkValidationError({ method, path: [], issue: 'not a VK API body (no response, no error)' });
      }
      if ('error' in body.data) {
        const { error_code: code, error_msg: message } = body.data.error;
        throw new VkApiError({ code, method, vkMessage: scrub(message, accessToken) });
      }
      const executeErrors = body.data.execute_errors?.map((e) => ({
        ...e,
        error_msg: scrub(e.error_msg, accessToken),
      }));
      return executeErrors
        ? { response: body.data.response, execute_errors: executeErrors }
        : { response: body.data.response };
    },
  };
}
