// The real VK Bridge, seen through the app's BridgeLike interface. Only src/vk imports vk-bridge.
import bridge from '@vkontakte/vk-bridge';
import type { BridgeLike } from './bridge-like';

export const vkBridge: BridgeLike = bridge as unknown as BridgeLike;
