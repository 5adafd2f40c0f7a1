// The page's leaderboard settings in its community storage (`lb_settings`, shared by its admins):
// points per action, the period shown, and the widget's state (the refresher compares codes with it).
import { z } from 'zod/mini';
import { DEFAULT_POINTS, MAX_POINTS_PER_ACTION } from '../../core/leaderboard';
import type { LeaderboardRules } from '../../core/leaderboard';
import type { VkApi } from '../../vk/api-client';
import { createCommunityStorage, type VkStorage } from '../../vk/storage';

export interface LeaderboardWidgetState {
  installed: boolean;
  /** The code of the last install or update (null before the first). */
  lastCode: string | null;
  /** Milliseconds on the services clock. */
  updatedAt: number | null;
}

/** The public rules (points, period; what the links carry to subscribers) and the widget's state. */
export interface LeaderboardSettings extends LeaderboardRules {
  widget: LeaderboardWidgetState;
}

export const LB_SETTINGS_KEY = 'lb_settings';

export const DEFAULT_LEADERBOARD_SETTINGS: LeaderboardSettings = {
  points: DEFAULT_POINTS,
  period: 'rating-period',
  custom: null,
  widget: { installed: false, lastCode: null, updatedAt: null },
};

const points = z.int().check(z.gte(0), z.lte(MAX_POINTS_PER_ACTION));
const int = z.int();

const settingsSchema: z.ZodMiniType<LeaderboardSettings> = z.object({
  points: z.object({ like: points, comment: points, repost: points }),
  period: z.enum(['rating-period', 'month', 'custom']),
  custom: z.nullable(z.object({ from: int, to: int })),
  widget: z.object({
    installed: z.boolean(),
    lastCode: z.nullable(z.string()),
    updatedAt: z.nullable(int),
  }),
});

export interface LeaderboardSettingsStore {
  /** The saved settings, or the defaults when nothing (or nothing readable) is saved. */
  get(): Promise<LeaderboardSettings>;
  save(settings: LeaderboardSettings): Promise<void>;
}

export function createLeaderboardSettingsStore(storage: VkStorage): LeaderboardSettingsStore {
  return {
    get: async () => (await storage.getJson(LB_SETTINGS_KEY, settingsSchema)) ?? DEFAULT_LEADERBOARD_SETTINGS,
    save: (settings) => storage.setJson(LB_SETTINGS_KEY, settings),
  };
}

/** The page's leaderboard settings, kept in its community storage (every admin sees the same rules). */
export function openLeaderboardSettings(api: VkApi, groupId: number): LeaderboardSettingsStore {
  return createLeaderboardSettingsStore(createCommunityStorage(api, groupId));
}
