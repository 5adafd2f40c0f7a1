// Shared fixtures of the demo tests: one fixed moment, worlds and fake APIs on a virtual clock.
import { createFakeVk } from '../../../src/demo/fake-api';
import type { ApiBody, FakeVk, FakeVkOptions } from '../../../src/demo/fake-api';
import { generateWorld } from '../../../src/demo/world';
import type { DemoPost, DemoWorld } from '../../../src/demo/world';
import { VirtualClock } from '../../../src/vk/clock';

/** 2025-06-10 12:00 Moscow time. */
export const NOW = Date.parse('2025-06-10T12:00:00+03:00') / 1000;
export const V = '5.199';

export interface Rig {
  world: DemoWorld;
  clock: VirtualClock;
  api: FakeVk;
  /** The demo viewer's token with every scope the app uses. */
  admin: string;
  /** Calls with a pause that keeps under the user rate limit (virtual time). */
  call(method: string, params: Record<string, string | number>, token?: string): Promise<ApiBody>;
}

export function rig(options: Partial<FakeVkOptions> & { seed?: number; world?: DemoWorld } = {}): Rig {
  const world = options.world ?? generateWorld({ seed: options.seed ?? 1, now: NOW });
  const clock = new VirtualClock(NOW * 1000);
  const api = createFakeVk(world, { clock, ...options });
  const admin = api.userToken(world.viewerId, ['stats', 'groups', 'wall']);
  return {
    world,
    clock,
    api,
    admin,
    async call(method, params, token = admin) {
      await clock.sleep(400);
      return api.request(method, { ...params, access_token: token, v: V });
    },
  };
}

export function ok(body: ApiBody): unknown {
  if ('error' in body) throw new Error(`VK error ${body.error.error_code}: ${body.error.error_msg}`);
  return body.response;
}

export function errorCode(body: ApiBody): number | null {
  return 'error' in body ? body.error.error_code : null;
}

export function published(world: DemoWorld, groupId: number): DemoPost[] {
  return (world.walls.get(groupId) ?? []).filter((p) => p.state === 'published');
}

/** The page's published posts of its own (no reposts, no posts by others), oldest first. */
export function ownPosts(world: DemoWorld, groupId: number): DemoPost[] {
  return published(world, groupId).filter((p) => p.copyOf === null && p.fromId === -groupId);
}
