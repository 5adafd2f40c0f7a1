// Fixtures of the session tests: Web Storage doubles and demo bridges on a virtual clock.
import { createDemoBridge } from '../../../src/demo/fake-bridge';
import type { DemoBridge } from '../../../src/demo/fake-bridge';
import type { DemoWorld } from '../../../src/demo/world';
import { VirtualClock } from '../../../src/vk/clock';
import { NOW, V } from './helpers';

/** A Web Storage with only getItem/setItem/removeItem (cannot list its keys). */
export class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

/** A Web Storage that can list its keys, as localStorage can. */
export class ListingStorage extends MemoryStorage {
  get length(): number {
    return this.items.size;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
}

export const iso = (unix: number) => new Date(unix * 1000).toISOString();

export interface Session {
  bridge: DemoBridge;
  clock: VirtualClock;
  userId: number;
  /** An API call through the bridge as the viewer (user token with wall and groups), under the rate limit. */
  call(method: string, params: Record<string, string | number>): Promise<unknown>;
}

/** Opens the demo as the browser does after a reload: a new bridge (and world) over the same storage. */
export async function open(
  search: string,
  storage: MemoryStorage,
  now = NOW,
  world?: DemoWorld,
): Promise<Session> {
  const clock = new VirtualClock(now * 1000);
  const bridge = createDemoBridge({
    search: `?demo=1&now=${encodeURIComponent(iso(now))}&${search}`,
    storage,
    clock,
    ...(world ? { world } : {}),
  });
  const { vk_user_id } = (await bridge.send('VKWebAppGetLaunchParams')) as { vk_user_id: number };
  const { access_token } = (await bridge.send('VKWebAppGetAuthToken', {
    app_id: 8000001,
    scope: 'wall,groups',
  })) as { access_token: string };
  return {
    bridge,
    clock,
    userId: vk_user_id,
    async call(method, params) {
      await clock.sleep(400);
      const body = (await bridge.send('VKWebAppCallAPIMethod', {
        method,
        params: { ...params, access_token, v: V },
      })) as { response: unknown };
      return body.response;
    },
  };
}
