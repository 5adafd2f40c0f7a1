// Builds the app's services over a bridge, real or demo: the same adapter runs in both worlds.
import { createVkApi } from '../vk/api-client';
import { createAppearanceStore } from '../vk/appearance';
import type { BridgeLike } from '../vk/bridge-like';
import { withTimeouts, type BridgeTimeouts } from '../vk/bridge-timeouts';
import type { Clock } from '../vk/clock';
import { parseLaunchParams } from '../vk/launch-params';
import { createUserStorage } from '../vk/storage';
import { createTokenStore } from '../vk/tokens';
import { createFirstRead } from '../data/first-read';
import { loadPageSettings } from '../data/page-settings';
import type { VkApi } from '../vk/api-client';
import type { VkStorage } from '../vk/storage';
import type { AppServices, PageReads } from '../shared/services';

export interface ServicesInput {
  bridge: BridgeLike;
  /** The launch params as a query string (VK puts them in the URL; the demo bridge synthesises them). */
  launchSearch: string;
  clock: Clock;
  demoLabel: string | null;
  /** The bridge's deadlines (tests shorten them); limits.ts has the app's. */
  timeouts?: Partial<BridgeTimeouts>;
}

/**
 * Every service talks to VK through `bridge` with a deadline on each call (vk/bridge-timeouts.ts), so
 * a call VK never answers ends as an error the screen can show. Subscribes to appearance before
 * VKWebAppInit, so VK's first config event is not missed: send VKWebAppInit through `services.bridge`.
 */
export function createServices({
  bridge: rawBridge,
  launchSearch,
  clock,
  demoLabel,
  timeouts,
}: ServicesInput): AppServices {
  const bridge = withTimeouts(rawBridge, timeouts);
  const appearance = createAppearanceStore(bridge);
  const launch = parseLaunchParams(launchSearch);
  const tokens = createTokenStore({ bridge, appId: launch.appId });
  const api = createVkApi({ bridge, tokens, clock });
  const userStorage = createUserStorage(bridge, clock);
  return {
    bridge,
    launch,
    api,
    tokens,
    userStorage,
    clock,
    appearance,
    demoLabel,
    pages: pageReads(api, userStorage),
    firstRead: createFirstRead(api, clock),
    memory: new Map(),
  };
}

/**
 * The reads screens share. Names and latest posts load their code on first use: no first screen asks
 * for them, and the entry's chunk, which a phone waits for before anything runs, stays without it.
 */
function pageReads(api: VkApi, userStorage: VkStorage): PageReads {
  return {
    timeZoneOf: async (groupId) => (await loadPageSettings(userStorage, groupId)).timeZone,
    async namesOf(ids) {
      const { resolveRefs } = await import('../data/children/resolve');
      const resolved = await resolveRefs(
        api,
        ids.map((id) => ({ raw: String(id), ref: { kind: 'group' as const, id } })),
      );
      const names = new Map<number, string>();
      for (const item of resolved) if (item.status === 'ok') names.set(item.page.id, item.page.name);
      return names;
    },
    async latestOwnPosts(groupId, count) {
      const { latestOwnPosts } = await import('../data/wall');
      return latestOwnPosts(api, groupId, count);
    },
  };
}

/** Launch params as the bridge returns them (an object) → the query string the parser reads. */
export function launchParamsToSearch(params: unknown): string {
  if (!params || typeof params !== 'object') return '';
  const entries = Object.entries(params as Record<string, unknown>)
    .filter(([, value]) => value !== undefined && value !== null)
    .map(([key, value]) => [key, String(value)]);
  return new URLSearchParams(entries).toString();
}
