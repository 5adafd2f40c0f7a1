// The scorecard's first read of a page, started by the composition root (main.tsx) as soon as the
// services exist, while the screen's code is still on its way: inside VK the first API request leaves
// about one render sooner, and the answer is on its way while React renders. The screen takes it
// once; any later read (a refresh, another page) asks VK itself.
import type { VkApi } from '../vk/api-client';
import type { Clock } from '../vk/clock';
import { readDatedSnapshot, type DatedSnapshot } from './page-snapshot';

export interface FirstRead {
  /** Starts reading the page the first screen will show. */
  start(groupId: number): void;
  /** The started read of this page, once; null when none was started for it or it was taken. */
  take(groupId: number): Promise<DatedSnapshot> | null;
  /**
   * The read of this page if it has already arrived, once: the screen then starts with it and skips
   * its loading state (in the demo, and on a fast line, the answer is in before the screen renders).
   */
  takeArrived(groupId: number): DatedSnapshot | null;
}

export function createFirstRead(api: VkApi, clock: Clock): FirstRead {
  let pending: { groupId: number; read: Promise<DatedSnapshot>; arrived: DatedSnapshot | null } | null = null;
  return {
    start(groupId) {
      // The plain first read: no statistics, no scheduled posts (each asks for a right of its own).
      const now = Math.floor(clock.now() / 1000);
      const read = readDatedSnapshot(api, groupId, now, { withStats: false, withPostponed: false });
      const started = { groupId, read, arrived: null as DatedSnapshot | null };
      // Nobody may take it (the viewer went elsewhere): its failure is the screen's to show, not a crash.
      read.then((snapshot) => (started.arrived = snapshot)).catch(() => undefined);
      pending = started;
    },
    take(groupId) {
      if (pending?.groupId !== groupId) return null;
      const { read } = pending;
      pending = null;
      return read;
    },
    takeArrived(groupId) {
      if (pending?.groupId !== groupId || !pending.arrived) return null;
      const { arrived } = pending;
      pending = null;
      return arrived;
    },
  };
}
