// The demo's appearance: the URL's theme, else the system's (followed as it changes), announced to the
// app with VKWebAppUpdateConfig as VK does when the theme changes.
import { DEMO_APP_ID } from './bridge-launch';

export type Appearance = 'light' | 'dark';

export interface DemoAppearance {
  current(): Appearance;
  /** VKWebAppGetConfig's answer (and VKWebAppUpdateConfig's data). */
  config(): Record<string, unknown>;
  set(next: Appearance): void;
}

type MatchMedia = (query: string) => {
  matches: boolean;
  addEventListener?: (type: string, listener: (e: { matches: boolean }) => void) => void;
};

const DARK = '(prefers-color-scheme: dark)';

export function createAppearance(
  theme: Appearance | null,
  emit: (type: string, data: unknown) => void,
): DemoAppearance {
  const mm = (globalThis as { matchMedia?: MatchMedia }).matchMedia;
  let appearance: Appearance = theme ?? (typeof mm === 'function' && mm(DARK).matches ? 'dark' : 'light');
  const config = () => ({
    app_id: String(DEMO_APP_ID),
    appearance,
    scheme: appearance === 'dark' ? 'vkcom_dark' : 'vkcom_light',
    viewport_width: (globalThis as { innerWidth?: number }).innerWidth ?? 1280,
    viewport_height: (globalThis as { innerHeight?: number }).innerHeight ?? 800,
    api_host: 'api.vk.com',
    is_layer: false,
  });
  const set = (next: Appearance) => {
    appearance = next;
    emit('VKWebAppUpdateConfig', config());
  };
  if (theme === null && typeof mm === 'function') {
    mm(DARK).addEventListener?.('change', (e) => set(e.matches ? 'dark' : 'light'));
  }
  return { current: () => appearance, config, set };
}
