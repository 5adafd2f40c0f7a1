// What the admin tells the app about a page and VK cannot: its category (sets the frequency
// threshold), its time zone (the day boundaries of the periods) and whether ПОС widgets are
// installed. Kept in the viewer's VK Storage, per page.
import { z } from 'zod/mini';
import { DEFAULT_OPTIONS } from '../core/options';
import { isValidTimeZone } from '../core/time';
import type { VkStorage } from '../vk/storage';

export const pageSettingsSchema = z.object({
  category: z.enum(['flagship', 'active', 'card']),
  posWidgetsDeclared: z.nullable(z.boolean()),
  // Settings saved before the zone existed read as Moscow time, the methodology's default.
  timeZone: z._default(z.string().check(z.refine(isValidTimeZone)), DEFAULT_OPTIONS.timeZone),
});

export type PageSettings = z.infer<typeof pageSettingsSchema>;

/** The methodology's defaults: an active page in Moscow time. */
export const DEFAULT_PAGE_SETTINGS: PageSettings = {
  category: 'active',
  posWidgetsDeclared: null,
  timeZone: DEFAULT_OPTIONS.timeZone,
};

export function pageSettingsKey(groupId: number): string {
  return `page_settings_${groupId}`;
}

export async function loadPageSettings(storage: VkStorage, groupId: number): Promise<PageSettings> {
  return (await storage.getJson(pageSettingsKey(groupId), pageSettingsSchema)) ?? DEFAULT_PAGE_SETTINGS;
}

export async function savePageSettings(
  storage: VkStorage,
  groupId: number,
  settings: PageSettings,
): Promise<void> {
  await storage.setJson(pageSettingsKey(groupId), settings);
}
