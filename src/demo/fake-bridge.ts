// The demo's VK Bridge: the same BridgeLike the real @vkontakte/vk-bridge satisfies, answering from
// the simulated world. Rejections have the real bridge's shapes, so no feature can tell the difference.
// The methods live by concern in bridge-*.ts, as the fake API's do in api-*.ts; this file builds the
// world and the viewer, and dispatches.
import type { BridgeEvent, BridgeLike, BridgeListener } from '../vk/bridge-like';
import { WALL_GET_MAX } from '../vk/limits';
import { systemClock } from '../vk/clock';
import type { Clock } from '../vk/clock';
import { apiHandlers } from './bridge-api';
import { createAppearance } from './bridge-appearance';
import { authHandlers } from './bridge-auth';
import { communityHandlers, widgetOf } from './bridge-community';
import { drawAhead } from './crowd';
import { documentBody, type BridgeContext } from './bridge-context';
import { clientError, type BridgeHandlers } from './bridge-errors';
import {
  demoLaunchParams,
  launchSearchOf,
  pickViewer,
  shiftedClock,
  type DemoLaunchParams,
} from './bridge-launch';
import { postHandlers } from './bridge-posts';
import { storageHandlers } from './bridge-storage';
import { viewerHandlers } from './bridge-viewer';
import { isDemoSearch, parseDemoSearch } from './demo-url';
import type { DemoOptions } from './demo-url';
import { createFakeVk } from './fake-api';
import type { FakeVk } from './fake-api';
import { attachJournal, resetDemoSession } from './journal';
import { createWebStorageBackend } from './storage';
import type { WebStorage } from './storage';
import { showWidgetWindow } from './widget-window';
import { generateWorld } from './world';
import type { DemoWorld } from './world';

export { DEMO_LABEL, isDemoSearch, parseDemoSearch } from './demo-url';
export type { DemoOptions, DemoRole } from './demo-url';
export { DEMO_APP_ID, type DemoLaunchParams } from './bridge-launch';

export interface DemoBridge extends BridgeLike {
  readonly world: DemoWorld;
  readonly api: FakeVk;
  readonly options: DemoOptions;
  /** The demo's clock: the system clock, shifted when the URL sets `now`. Give it to the app. */
  readonly clock: Clock;
  readonly launchParams: DemoLaunchParams;
  /** The launch params as VK puts them in the URL (`vk_user_id=…&…&sign=demo`), for parseLaunchParams. */
  launchSearch(): string;
  /** The last text passed to VKWebAppCopyText. */
  readonly copiedText: string | null;
  /** Emits VKWebAppUpdateConfig with a new appearance (as VK does when the theme changes). */
  setAppearance(appearance: 'light' | 'dark'): void;
  /** Posts opened with VKWebAppOpenWallPost, as `<owner_id>_<post_id>`, in order. */
  readonly openedPosts: string[];
  /** The object the page's installed widget code evaluated to (appWidgets.update), or null. */
  widgetOf(groupId: number): unknown;
}

export interface DemoBridgeInit {
  search: string;
  /** VK Storage and the session journal live here (localStorage in the browser). */
  storage: WebStorage;
  clock?: Clock;
  world?: DemoWorld;
}

/** The bridge an address asks for, built ahead by prepareDemoBridge; demoBridgeFor takes it once. */
let prepared: { search: string; storage: WebStorage; bridge: DemoBridge } | null = null;

function worldOf(options: DemoOptions, now: number): DemoWorld {
  return generateWorld({
    seed: options.seed,
    now,
    giveawayBench: options.giveawayBench,
    leaderboardBench: options.leaderboardBench,
  });
}

/**
 * Builds the bridge for a launch address before the app asks for it: the pages, the walls, the lists
 * the first read of the launch page draws, and the session replayed from `storage`. index.html's boot
 * script imports the demo while the app's own code is still on its way (a phone's CPU idles then), so
 * this work is off the first screen's path; demoBridgeFor for the same address then returns it.
 */
export function prepareDemoBridge(search: string, storage: WebStorage): void {
  const options = parseDemoSearch(search);
  const now = options.now ?? Math.floor(systemClock.now() / 1000);
  const world = worldOf(options, now);
  const launchPage =
    options.groupId !== null && world.pageById.has(options.groupId) ? options.groupId : world.headId;
  if (!options.outside) drawAhead(world, launchPage, WALL_GET_MAX);
  prepared = { search, storage, bridge: createDemoBridge({ search, storage, world }) };
}

/** The bridge prepared for this address and storage, once (the session changes it from then on); else a new one. */
export function demoBridgeFor(init: { search: string; storage: WebStorage }): DemoBridge {
  const ready =
    prepared?.search === init.search && prepared.storage === init.storage ? prepared.bridge : null;
  prepared = null;
  return ready ?? createDemoBridge(init);
}

/** The events the real bridge answers a method with, where they are not `<method>Result` / `Failed`. */
const EVENT_NAMES: Record<string, [string, string]> = {
  VKWebAppGetAuthToken: ['VKWebAppAccessTokenReceived', 'VKWebAppAccessTokenFailed'],
};

export function createDemoBridge(init: DemoBridgeInit): DemoBridge {
  const options = parseDemoSearch(init.search);
  const base = init.clock ?? systemClock;
  const clock = !init.clock && options.now !== null ? shiftedClock(base, options.now * 1000) : base;
  if (options.reset) resetDemoSession(init.storage);
  const world = init.world ?? worldOf(options, options.now ?? Math.floor(clock.now() / 1000));
  attachJournal(world, init.storage);
  const storage = createWebStorageBackend(init.storage);
  const api = createFakeVk(world, {
    clock,
    storage,
    latencyMs: options.latencyMs,
    ...(options.faults
      ? { faults: { rate: options.faults.rate, seed: options.seed, kinds: options.faults.kinds } }
      : {}),
  });
  const requested =
    options.groupId !== null && world.pageById.has(options.groupId) ? options.groupId : world.headId;
  const groupId = options.outside ? null : requested;
  const userId = pickViewer(world, options, groupId);
  const launchParams = demoLaunchParams(userId, groupId, options.role, clock);
  const listeners = new Set<BridgeListener>();
  let copiedText: string | null = null;
  const openedPosts: string[] = [];

  const emit = (type: string, data: unknown) => {
    const event: BridgeEvent = { detail: { type, data } };
    void Promise.resolve().then(() => listeners.forEach((listener) => listener(event)));
  };
  const appearance = createAppearance(options.theme, emit);
  const ctx: BridgeContext = { world, api, options, userId, groupId, appearance };

  const handlers: BridgeHandlers = {
    VKWebAppInit: () => {
      emit('VKWebAppUpdateConfig', appearance.config());
      // showwidget=1: the launch page's installed widget as VK would show it (the e2e reads it).
      const doc = documentBody();
      if (options.showWidget && doc && groupId !== null)
        void showWidgetWindow(doc, appearance.current(), widgetOf(world, groupId), 'view');
      return { result: true };
    },
    VKWebAppGetLaunchParams: () => ({ ...launchParams }),
    VKWebAppGetConfig: () => appearance.config(),
    ...authHandlers(ctx),
    ...apiHandlers(api),
    ...storageHandlers(storage, userId),
    ...viewerHandlers(ctx, (text) => (copiedText = text)),
    ...communityHandlers(ctx),
    ...postHandlers(ctx, openedPosts, () => Math.floor(clock.now() / 1000)),
  };

  return {
    world,
    api,
    options,
    clock,
    launchParams,
    get copiedText() {
      return copiedText;
    },
    openedPosts,
    widgetOf: (gid) => widgetOf(world, gid),
    setAppearance: appearance.set,
    launchSearch: () => launchSearchOf(launchParams),
    async send(method, props = {}) {
      const [ok, failed] = (Object.hasOwn(EVENT_NAMES, method) ? EVENT_NAMES[method] : undefined) ?? [
        `${method}Result`,
        `${method}Failed`,
      ];
      const handler = Object.hasOwn(handlers, method) ? handlers[method] : undefined;
      try {
        if (!handler) throw clientError(6, 'Unsupported platform');
        const data = await handler(props);
        emit(ok, data);
        return data;
      } catch (err) {
        emit(failed, err);
        throw err;
      }
    },
    subscribe: (listener) => void listeners.add(listener),
    unsubscribe: (listener) => void listeners.delete(listener),
  };
}

// index.html's boot script marks a demo launch (the class also shows the outline's demo note) and
// imports this module at once, before the app's entry has arrived: the bridge is built now.
const bootDemo = typeof document !== 'undefined' && document.documentElement.classList.contains('boot-demo');
if (bootDemo && isDemoSearch(location.search)) prepareDemoBridge(location.search, window.localStorage);
