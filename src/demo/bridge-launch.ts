// Who the demo viewer is and how the app is launched: the viewer the URL's role asks for, the launch
// params VK would put in the URL, and the demo's clock.
import type { Clock } from '../vk/clock';
import { managerRole, membersOf } from './crowd';
import type { DemoOptions } from './demo-url';
import { POOL_SIZE, isActiveUser, poolUserId } from './people';
import type { DemoWorld } from './world';

export const DEMO_APP_ID = 8000001;

export interface DemoLaunchParams {
  vk_user_id: number;
  vk_app_id: number;
  vk_is_app_user: 0 | 1;
  vk_are_notifications_enabled: 0 | 1;
  vk_language: 'ru';
  vk_ref: string;
  vk_access_token_settings: string;
  vk_group_id?: number;
  vk_viewer_group_role?: 'admin' | 'editor' | 'moder' | 'member' | 'none';
  vk_platform: 'desktop_web';
  vk_is_favorite: 0 | 1;
  vk_ts: number;
  sign: string;
}

/** A clock that runs like `base` but starts at `startMs`. */
export function shiftedClock(base: Clock, startMs: number): Clock {
  const offset = startMs - base.now();
  return { now: () => base.now() + offset, sleep: (ms) => base.sleep(ms) };
}

/** The viewer the URL asks for: a user of the world who really has that role in that page. */
export function pickViewer(world: DemoWorld, options: DemoOptions, groupId: number | null): number {
  if (groupId === null) return world.viewerId;
  const page = world.pageById.get(groupId);
  const managers = page?.managers ?? [];
  const isRole = (roles: string[]) => (id: number) => roles.includes(managerRole(world, groupId, id) ?? '');
  const find = (roles: string[]) =>
    (isRole(roles)(world.viewerId) ? world.viewerId : undefined) ??
    managers.find((m) => roles.includes(m.role))?.id;
  switch (options.role) {
    case 'admin':
      return find(['creator', 'administrator']) ?? world.viewerId;
    case 'editor':
      return find(['editor']) ?? find(['creator', 'administrator']) ?? world.viewerId;
    case 'moder':
      return find(['moderator']) ?? world.viewerId;
    case 'member':
      for (const id of membersOf(world, groupId)) {
        if (isActiveUser(world.seed, id) && managerRole(world, groupId, id) === null && id !== world.viewerId)
          return id;
      }
      return world.viewerId;
    case 'none': {
      const members = new Set(membersOf(world, groupId));
      for (let i = 2; i < POOL_SIZE; i++) {
        const id = poolUserId(i);
        if (!members.has(id) && isActiveUser(world.seed, id)) return id;
      }
      return world.viewerId;
    }
  }
}

export function demoLaunchParams(
  userId: number,
  groupId: number | null,
  role: DemoOptions['role'],
  clock: Clock,
): DemoLaunchParams {
  return {
    vk_user_id: userId,
    vk_app_id: DEMO_APP_ID,
    vk_is_app_user: 1,
    vk_are_notifications_enabled: 0,
    vk_language: 'ru',
    vk_ref: 'other',
    vk_access_token_settings: '',
    ...(groupId !== null ? { vk_group_id: groupId, vk_viewer_group_role: role } : {}),
    vk_platform: 'desktop_web',
    vk_is_favorite: 0,
    vk_ts: Math.floor(clock.now() / 1000),
    sign: 'demo',
  };
}

/** The launch params as VK puts them in the URL (`vk_user_id=…&…&sign=demo`). */
export function launchSearchOf(params: DemoLaunchParams): string {
  return new URLSearchParams(
    Object.entries(params).map(([k, v]) => [k, String(v)] as [string, string]),
  ).toString();
}
