// What the admin-side giveaway operations need: the API, the page's community storage, the clock,
// the app id (for links) and a source of random bytes (ids and secrets).
import type { VkApi } from '../../vk/api-client';
import type { Clock } from '../../vk/clock';
import { createCommunityStorage, type VkStorage } from '../../vk/storage';

export interface GiveawayDeps {
  api: VkApi;
  /** The page's community storage: createCommunityStorage(api, groupId). */
  storage: VkStorage;
  clock: Clock;
  appId: number;
  random: (bytes: number) => Uint8Array;
}

export function giveawayDeps(
  services: { api: VkApi; clock: Clock; launch: { appId: number } },
  groupId: number,
): GiveawayDeps {
  return {
    api: services.api,
    storage: createCommunityStorage(services.api, groupId),
    clock: services.clock,
    appId: services.launch.appId,
    random: (bytes) => crypto.getRandomValues(new Uint8Array(bytes)),
  };
}
