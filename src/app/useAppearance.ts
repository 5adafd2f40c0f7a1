import { useSyncExternalStore } from 'react';
import type { Appearance, AppearanceStore } from '../vk/appearance';

/** The colour scheme VK asks for (VKWebAppUpdateConfig). */
export function useAppearance(store: AppearanceStore): Appearance {
  return useSyncExternalStore(store.subscribe, store.get);
}
