// VKWebAppCallAPIMethod: the fake API's answer, its errors as the bridge's api_error, and a fake
// network failure as the bridge's client error.
import { invalidParams, networkError, type BridgeError, type BridgeHandlers } from './bridge-errors';
import { FakeNetworkError, type FakeVk } from './fake-api';

export function apiHandlers(api: FakeVk): BridgeHandlers {
  return {
    VKWebAppCallAPIMethod: async (props) => {
      const method = props['method'];
      const raw = props['params'];
      if (typeof method !== 'string' || typeof raw !== 'object' || raw === null)
        throw invalidParams('method, params');
      const params: Record<string, string> = {};
      for (const [k, v] of Object.entries(raw)) if (v !== undefined && v !== null) params[k] = String(v);
      let body;
      try {
        body = await api.request(method, params);
      } catch (err) {
        if (err instanceof FakeNetworkError) throw networkError();
        throw err;
      }
      if ('error' in body) {
        const { error_code, error_msg, request_params } = body.error;
        throw {
          error_type: 'api_error',
          error_data: { error_code, error_msg, request_params },
        } satisfies BridgeError;
      }
      return body;
    },
  };
}
