// Names and photos of the users a board shows (users.get with photo_100, batches issued at once).
import { z } from 'zod/mini';
import type { VkApi } from '../../vk/api-client';
import { wireUserSchema } from '../../vk/wire-users';
import { userName, usersOf } from '../wall/users';

export interface Profiles {
  /** "Имя Фамилия" (or `id<n>` when VK gives no name). */
  names: Map<number, string>;
  photos: Map<number, string>;
}

const profilesResponse = z.array(z.extend(wireUserSchema, { photo_100: z.nullish(z.string()) }));

export async function profilesOf(api: VkApi, ids: readonly number[]): Promise<Profiles> {
  const users = await usersOf(api, ids, { fields: 'photo_100', schema: profilesResponse });
  const names = new Map<number, string>();
  const photos = new Map<number, string>();
  for (const u of users) {
    names.set(u.id, userName(u));
    if (u.photo_100) photos.set(u.id, u.photo_100);
  }
  return { names, photos };
}
