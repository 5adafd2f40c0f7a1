// What a poster needs about a page: its name, short address (the QR link), VK's `activity` (a hint
// to the institution's type) and whether it still exists. groups.getById in batches of 500 ids,
// issued together so the adapter packs them into `execute` requests.
import { z } from 'zod/mini';
import type { PageStatus } from '../../core/types';
import type { VkApi } from '../../vk/api-client';
import { VK_INVALID_PARAM, VkApiError } from '../../vk/errors';
import { GROUPS_GET_BY_ID_MAX, inBatches } from '../../vk/limits';
import { toPageInfo } from '../../vk/mappers';
import { wireGroupSchema } from '../../vk/wire-groups';

export interface PosterPage {
  id: number;
  name: string;
  /** null: the page has no short address (the link is vk.com/club<id>). */
  screenName: string | null;
  /** VK's theme of the page (e.g. «Образование»), null when VK gives none. */
  activity: string | null;
  status: PageStatus;
}

const posterGroupsSchema = z.looseObject({
  groups: z.array(wireGroupSchema),
});

/** The pages VK knows, by id; an id VK does not know is absent from the map. */
export async function fetchPosterPages(api: VkApi, ids: readonly number[]): Promise<Map<number, PosterPage>> {
  const batches = inBatches([...new Set(ids)], GROUPS_GET_BY_ID_MAX);
  const answers = await Promise.all(
    batches.map(async (batch) => {
      try {
        const answer = await api.call({
          method: 'groups.getById',
          params: { group_ids: batch.join(','), fields: 'screen_name,activity' },
          schema: posterGroupsSchema,
          label: batch.length === 1 ? `club${batch[0]}` : 'groups',
        });
        return answer.groups;
      } catch (error) {
        // VK answers 100 when none of the ids is a community: "not found", not a failure.
        if (error instanceof VkApiError && error.code === VK_INVALID_PARAM) return [];
        throw error;
      }
    }),
  );
  const pages = new Map<number, PosterPage>();
  for (const group of answers.flat()) {
    const info = toPageInfo(group);
    pages.set(group.id, {
      id: group.id,
      name: info.name || `club${group.id}`,
      screenName: group.screen_name || null,
      activity: group.activity || null,
      status: info.status,
    });
  }
  return pages;
}
