// "Имя Фамилия" of users, for the result comment's winner mentions.
import type { VkApi } from '../../vk/api-client';
import { USERS_GET_MAX, inBatches } from '../../vk/limits';
import { usersGetResponse, type WireUser } from '../../vk/wire-giveaway';

/** users.get over `ids` in batches of USERS_GET_MAX, all issued at once (they share execute requests). */
export async function usersOf(api: VkApi, ids: readonly number[]): Promise<WireUser[]> {
  const distinct = [...new Set(ids.filter((id) => id > 0))];
  const pages = await Promise.all(
    inBatches(distinct, USERS_GET_MAX).map((batch) =>
      api.call({ method: 'users.get', params: { user_ids: batch }, schema: usersGetResponse }),
    ),
  );
  return pages.flat();
}

export async function fetchNames(api: VkApi, ids: readonly number[]): Promise<Map<number, string>> {
  const users = await usersOf(api, ids);
  return new Map(
    users.map((u) => [
      u.id,
      [u.first_name ?? '', u.last_name ?? ''].filter(Boolean).join(' ') || `id${u.id}`,
    ]),
  );
}
