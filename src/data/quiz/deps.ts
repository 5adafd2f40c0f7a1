// What the quiz operations need: the API, the page's community storage (the admin's records), the
// viewer's own storage (a subscriber's entry, the page's time zone), the clock, the app id (links),
// the viewer's id (their entry's guid and result), WebCrypto and random bytes (ids, IVs).
import type { VkApi } from '../../vk/api-client';
import type { Clock } from '../../vk/clock';
import { createCommunityStorage, type VkStorage } from '../../vk/storage';

export interface QuizDeps {
  api: VkApi;
  /** The page's community storage: createCommunityStorage(api, groupId). */
  storage: VkStorage;
  /** The viewer's own VK Storage. */
  userStorage: VkStorage;
  clock: Clock;
  appId: number;
  /** The viewer. */
  userId: number;
  subtle: SubtleCrypto;
  random: (bytes: number) => Uint8Array;
}

export function quizDeps(
  services: {
    api: VkApi;
    clock: Clock;
    launch: { appId: number; userId: number };
    userStorage: VkStorage;
  },
  groupId: number,
): QuizDeps {
  return {
    api: services.api,
    storage: createCommunityStorage(services.api, groupId),
    userStorage: services.userStorage,
    clock: services.clock,
    appId: services.launch.appId,
    userId: services.launch.userId,
    subtle: globalThis.crypto.subtle,
    random: (bytes) => globalThis.crypto.getRandomValues(new Uint8Array(bytes)),
  };
}
