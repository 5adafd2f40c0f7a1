// Names and photos of the users a board shows (users.get with photo_100, batches issued at once).
import { z } from 'zod';
import type { VkApi } from '../../vk/api-client';
import { USERS_GET_MAX, inBatches } from '../../vk/limits';
import { wireUserSchema } from '../../vk/wire-giveaway';

export interface Profiles {
  /** "Имя Фамилия" (or `id<n>` when VK gives no name). */
  names: Map<number, string>;
  photos: Map<number, string>;
}

const profilesResponse = z.array(wireUserSchema.extend({ photo_100: z.string().nullish() }));

export async function profilesOf(api: VkApi, ids: readonly number[]): Promise<Profiles> {
  const distinct = [...new Set(ids.filter((id) => id > 0))];
  const pages = await Promise.all(
    inBatches(distinct, USERS_GET_MAX).map((batch) =>
      api.call({
        method: 'users.get',
        params: { user_ids: batch, fields: 'photo_100' },
        schema: profilesResponse,
      }),
    ),
  );
  const names = new Map<number, string>();
  const photos = new Map<number, string>();
  for (const u of pages.flat()) {
    names.set(u.id, [u.first_name ?? '', u.last_name ?? ''].filter(Boolean).join(' ') || `id${u.id}`);
    if (u.photo_100) photos.set(u.id, u.photo_100);
  }
  return { names, photos };
}
