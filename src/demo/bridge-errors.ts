// The real bridge's rejections, as the fake bridge throws them: no feature can tell the difference.
import { BRIDGE_USER_DENIED } from '../vk/errors';

export type BridgeError = { error_type: 'client_error' | 'api_error'; error_data: Record<string, unknown> };

export const clientError = (code: number, reason: string, description?: string): BridgeError => ({
  error_type: 'client_error',
  error_data: {
    error_code: code,
    error_reason: reason,
    ...(description ? { error_description: description } : {}),
  },
});

export const userDenied = () => clientError(BRIDGE_USER_DENIED, 'User denied');
export const invalidParams = (what: string) => clientError(5, 'Invalid params', what);
export const networkError = () => clientError(1, 'Network error');

/** A bridge method's answer, or a rejection thrown as above. */
export type BridgeHandler = (props: Record<string, unknown>) => unknown;
export type BridgeHandlers = Record<string, BridgeHandler>;
