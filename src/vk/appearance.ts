// Light or dark, as VK tells the app: VKWebAppUpdateConfig events carry the client's appearance.
import { z } from 'zod/mini';
import type { BridgeLike, BridgeListener } from './bridge-like';

export type Appearance = 'light' | 'dark';

const configSchema = z.looseObject({
  appearance: z.optional(z.enum(['light', 'dark'])),
  scheme: z.optional(z.string()),
});

/** Reads the appearance from a config payload; old clients send only `scheme` (e.g. "space_gray"). */
export function appearanceOf(data: unknown): Appearance | null {
  const parsed = configSchema.safeParse(data);
  if (!parsed.success) return null;
  if (parsed.data.appearance) return parsed.data.appearance;
  const scheme = parsed.data.scheme;
  if (!scheme) return null;
  return scheme.includes('space_gray') || scheme.includes('dark') ? 'dark' : 'light';
}

/** Calls back on every appearance change; returns the unsubscribe function. */
export function subscribeAppearance(
  bridge: BridgeLike,
  onChange: (appearance: Appearance) => void,
): () => void {
  const listener: BridgeListener = (event) => {
    if (event.detail.type !== 'VKWebAppUpdateConfig') return;
    const appearance = appearanceOf(event.detail.data);
    if (appearance) onChange(appearance);
  };
  bridge.subscribe(listener);
  return () => bridge.unsubscribe(listener);
}

export interface AppearanceStore {
  get(): Appearance;
  subscribe(onChange: () => void): () => void;
}

/**
 * Remembers the latest appearance. Create it before VKWebAppInit: VK sends the first
 * VKWebAppUpdateConfig right after init, and a late subscriber would miss it.
 */
export function createAppearanceStore(bridge: BridgeLike): AppearanceStore {
  let current: Appearance = 'light';
  const listeners = new Set<() => void>();
  subscribeAppearance(bridge, (appearance) => {
    if (appearance === current) return;
    current = appearance;
    listeners.forEach((listener) => listener());
  });
  return {
    get: () => current,
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
  };
}
