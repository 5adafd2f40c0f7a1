// What every group of the fake bridge's methods works with: the world, the fake API, the URL's
// switches, the viewer and the launch page.
import type { DemoAppearance } from './bridge-appearance';
import { managerRole } from './crowd';
import type { DemoOptions } from './demo-url';
import type { FakeVk } from './fake-api';
import type { DemoWorld } from './world';

export const API_VERSION = '5.199';

export interface BridgeContext {
  world: DemoWorld;
  api: FakeVk;
  options: DemoOptions;
  /** The viewer. */
  userId: number;
  /** The launch page; null when opened outside any community. */
  groupId: number | null;
  appearance: DemoAppearance;
}

export function isAdminOf(ctx: BridgeContext, groupId: number): boolean {
  return ['creator', 'administrator'].includes(managerRole(ctx.world, groupId, ctx.userId) ?? '');
}

/** The page's document when there is one to draw VK's windows in (not in tests or the CLI). */
export function documentBody(): Document | null {
  const doc = (globalThis as { document?: Document }).document;
  return doc?.body ? doc : null;
}

/** A group id the props name that the world knows, or null. */
export function knownGroupId(ctx: BridgeContext, props: Record<string, unknown>): number | null {
  const gid = Number(props['group_id']);
  return Number.isInteger(gid) && ctx.world.pageById.has(gid) ? gid : null;
}
