// The viewer's poster choices, kept in their VK Storage: per page the call to action and the
// institution type when the guess was overridden; for the supervisor's posters one shared call
// to action per parent page.
import { z } from 'zod/mini';
import {
  CALL_TO_ACTION_MAX,
  DEFAULT_CALL_TO_ACTION,
  INSTITUTION_TYPES,
  type InstitutionType,
} from '../../core/posters';
import type { VkStorage } from '../../vk/storage';

export const posterSettingsSchema = z.object({
  callToAction: z.string().check(z.maxLength(CALL_TO_ACTION_MAX)),
  /** null: the guess from the page's name stands. */
  institutionType: z.nullable(z.enum(INSTITUTION_TYPES)),
});

export type PosterSettings = z.infer<typeof posterSettingsSchema>;

const sharedSchema = z.object({ callToAction: z.string().check(z.maxLength(CALL_TO_ACTION_MAX)) });

export function posterSettingsKey(groupId: number): string {
  return `poster_${groupId}`;
}

export function childrenPostersKey(parentId: number | null): string {
  return `posters_children_${parentId ?? 'own'}`;
}

export function loadPosterSettings(storage: VkStorage, groupId: number): Promise<PosterSettings | null> {
  return storage.getJson(posterSettingsKey(groupId), posterSettingsSchema);
}

export function savePosterSettings(
  storage: VkStorage,
  groupId: number,
  settings: PosterSettings,
): Promise<void> {
  return storage.setJson(posterSettingsKey(groupId), settings);
}

/** The shared call to action of the supervisor's posters, null when never saved. */
export async function loadChildrenCallToAction(
  storage: VkStorage,
  parentId: number | null,
): Promise<string | null> {
  return (await storage.getJson(childrenPostersKey(parentId), sharedSchema))?.callToAction ?? null;
}

export function saveChildrenCallToAction(
  storage: VkStorage,
  parentId: number | null,
  callToAction: string,
): Promise<void> {
  return storage.setJson(childrenPostersKey(parentId), { callToAction });
}

/**
 * Keeps the admin's institution type for the page (null: back to the guess) without touching the
 * poster's call to action: the plan's topics and the poster's places share the one choice.
 */
export async function saveInstitutionType(
  storage: VkStorage,
  groupId: number,
  institutionType: InstitutionType | null,
): Promise<void> {
  // A failed read fails the save: writing the default over an unread call to action would lose it.
  const current = await loadPosterSettings(storage, groupId);
  await savePosterSettings(storage, groupId, {
    callToAction: current?.callToAction ?? DEFAULT_CALL_TO_ACTION,
    institutionType,
  });
}
