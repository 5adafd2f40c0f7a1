// The app's dependencies, chosen once by the composition root (src/main.tsx) and handed down by
// context: features read VK through these, whichever VK (real or demo) is behind them.
import { createContext, useContext } from 'react';
import type { AppearanceStore } from '../vk/appearance';
import type { BridgeLike } from '../vk/bridge-like';
import type { Clock } from '../vk/clock';
import type { VkApi } from '../vk/api-client';
import type { LaunchParams } from '../vk/launch-params';
import type { VkStorage } from '../vk/storage';
import type { TokenStore } from '../vk/tokens';
import type { FirstRead } from '../data/first-read';
import type { OwnPost } from '../data/wall';

/**
 * What the shared screen parts (post picker, page name and zone) read about a page. The composition
 * root wires it to data/, so shared/ itself never imports data/.
 */
export interface PageReads {
  /** The page's time zone from the admin's settings; Moscow time when none is set. */
  timeZoneOf(groupId: number): Promise<string>;
  /** Community names by id; a page VK does not return is missing from the map. */
  namesOf(ids: readonly number[]): Promise<ReadonlyMap<number, string>>;
  /** The page's latest own posts, newest first. */
  latestOwnPosts(groupId: number, count: number): Promise<OwnPost[]>;
}

export interface AppServices {
  bridge: BridgeLike;
  launch: LaunchParams;
  api: VkApi;
  tokens: TokenStore;
  /** The viewer's own VK Storage namespace. */
  userStorage: VkStorage;
  clock: Clock;
  appearance: AppearanceStore;
  /** Shown on every screen when the VK world is simulated; null inside real VK. */
  demoLabel: string | null;
  pages: PageReads;
  /** The first screen's read of its page, started before the screen's code arrives. */
  firstRead: FirstRead;
  /** State a feature keeps across panels (e.g. the supervisor's table), by the feature's own key. */
  memory: Map<string, unknown>;
}

const ServicesContext = createContext<AppServices | null>(null);

export const ServicesProvider = ServicesContext.Provider;

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices() outside <ServicesProvider>');
  return services;
}
