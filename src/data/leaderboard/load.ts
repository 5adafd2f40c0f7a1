// The board as a screen shows it: settings → period in the page's time zone → gather (reusing the
// activity cache in services.memory) → score → names and photos of the users shown.
import {
  monthPeriodAt,
  ratingPeriodAt,
  scoreLeaderboard,
  WIDGET_ROWS_MAX,
  widgetUserIds,
  type LeaderboardEntry,
  type LeaderboardInput,
  type LeaderboardPeriod,
  type LeaderboardRules,
} from '../../core/leaderboard';
import type { VkApi } from '../../vk/api-client';
import type { Clock } from '../../vk/clock';
import type { VkStorage } from '../../vk/storage';
import { loadPageSettings } from '../page-settings';
import { cachedActivity, keepActivity } from './cache';
import { gatherLeaderboard, type LeaderboardProgress } from './gather';
import { profilesOf } from './names';
import {
  DEFAULT_LEADERBOARD_SETTINGS,
  type LeaderboardSettings,
  type LeaderboardSettingsStore,
} from './settings';

export interface LeaderboardServices {
  api: VkApi;
  clock: Clock;
  /** The viewer's VK Storage (the page's time zone, as the scorecard keeps it). */
  userStorage: VkStorage;
  memory: Map<string, unknown>;
}

export interface LoadLeaderboardOptions {
  /** The viewer manages the page (reads the full managers list). */
  canManage: boolean;
  /**
   * The page's settings, or the store to read them from (community storage: admins only). Without
   * either — a subscriber — the rules from the link apply, else the defaults.
   */
  settings?: LeaderboardSettings | LeaderboardSettingsStore;
  /** The public rules the viewer's link carried (the widget's «more», the home card). */
  rules?: LeaderboardRules | null;
  /** Names and photos are read for the first `shown` entries and the viewer (default 100). */
  shown?: number;
  viewerId?: number;
  onProgress?: (progress: LeaderboardProgress) => void;
}

/** Where the rules came from: the page's settings, a link, or neither (the defaults). */
export type RulesSource = 'settings' | 'link' | 'defaults';

export interface LoadedLeaderboard {
  settings: LeaderboardSettings;
  rulesFrom: RulesSource;
  timeZone: string;
  period: LeaderboardPeriod;
  entries: LeaderboardEntry[];
  input: LeaderboardInput;
  names: Map<number, string>;
  photos: Map<number, string>;
  /** False when only the public contacts are known as managers (the viewer is not a manager). */
  managersComplete: boolean;
  stats: { postsRecounted: number; postsReused: number };
}

/** The period the settings ask for, at `now` (unix seconds) in the page's time zone. */
export function periodOf(settings: LeaderboardSettings, now: number, timeZone: string): LeaderboardPeriod {
  if (settings.period === 'month') return monthPeriodAt(now, timeZone);
  if (settings.period === 'custom' && settings.custom) return settings.custom;
  const { from, to } = ratingPeriodAt(now, timeZone);
  return { from, to };
}

async function settingsOf(
  o: LoadLeaderboardOptions,
): Promise<{ settings: LeaderboardSettings; rulesFrom: RulesSource }> {
  const source = o.settings;
  if (source) return { settings: 'get' in source ? await source.get() : source, rulesFrom: 'settings' };
  if (o.rules) return { settings: { ...DEFAULT_LEADERBOARD_SETTINGS, ...o.rules }, rulesFrom: 'link' };
  return { settings: DEFAULT_LEADERBOARD_SETTINGS, rulesFrom: 'defaults' };
}

export async function loadLeaderboard(
  services: LeaderboardServices,
  groupId: number,
  options: LoadLeaderboardOptions,
): Promise<LoadedLeaderboard> {
  const [{ settings, rulesFrom }, pageSettings] = await Promise.all([
    settingsOf(options),
    loadPageSettings(services.userStorage, groupId),
  ]);
  const now = Math.floor(services.clock.now() / 1000);
  const period = periodOf(settings, now, pageSettings.timeZone);
  const gathered = await gatherLeaderboard(services.api, {
    groupId,
    period,
    cache: cachedActivity(services.memory, groupId),
    canManage: options.canManage,
    onProgress: options.onProgress,
  });
  keepActivity(services.memory, gathered.cache);
  const entries = scoreLeaderboard(gathered.input, settings.points);
  // The top rows, the people the widget names (a folded tie can put them further down) and the viewer.
  const shown = new Set([
    ...entries.slice(0, options.shown ?? 100).map((e) => e.userId),
    ...widgetUserIds(entries, WIDGET_ROWS_MAX),
    ...(options.viewerId === undefined ? [] : [options.viewerId]),
  ]);
  const { names, photos } = await profilesOf(services.api, [...shown]);
  return {
    settings,
    rulesFrom,
    timeZone: pageSettings.timeZone,
    period,
    entries,
    input: gathered.input,
    names,
    photos,
    managersComplete: gathered.managersComplete,
    stats: gathered.stats,
  };
}
