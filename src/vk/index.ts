// The public surface of the VK adapter. The real bridge lives in ./real-bridge (imported only by the
// composition root); wire shapes are in ./wire-*.ts (one file per VK object), mappers in ./mappers.
export type { BridgeEvent, BridgeLike, BridgeListener } from './bridge-like';
export { systemClock, VirtualClock, type Clock } from './clock';
export * from './limits';
export {
  LaunchParamsError,
  detectRole,
  hasVkLaunchParams,
  parseLaunchParams,
  type LaunchParams,
  type RawLaunchParams,
} from './launch-params';
export {
  RETRYABLE_CODES,
  StorageError,
  TokenRefusedError,
  VK_ERROR_KINDS,
  VkApiError,
  VkNetworkError,
  VkTimeoutError,
  VkValidationError,
  isRetryable,
  kindOfCode,
  type StorageErrorKind,
  type VkApiErrorKind,
} from './errors';
export {
  DEFAULT_BRIDGE_TIMEOUTS,
  DIALOG_METHODS,
  withTimeouts,
  type BridgeTimeouts,
  type TimedBridge,
} from './bridge-timeouts';
export {
  bridgeErrorToVkError,
  createBridgeTransport,
  type ExecuteError,
  type VkApiBody,
  type VkTransport,
  type WireParams,
} from './transport';
export {
  TokenStore,
  createTokenStore,
  type CommunityScope,
  type TokenProvider,
  type UserScope,
} from './tokens';
export {
  createVkApi,
  type CreateVkApiOptions,
  type VkApi,
  type VkApiStats,
  type VkCallRequest,
  type VkPage,
  type VkPaginateRequest,
} from './api-client';
export type { ResponsePick } from './pick';
export { buildExecuteScript, type CallParams, type ParamValue } from './vkscript';
export { RateLimiter } from './rate-limiter';
export {
  createBridgeStorageBackend,
  createCommunityStorage,
  createCommunityStorageBackend,
  createStorage,
  createUserStorage,
  type StorageBackend,
  type VkStorage,
} from './storage';
