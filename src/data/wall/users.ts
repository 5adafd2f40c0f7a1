// Users by id: users.get in batches for any reader of users (names for the giveaway's and the quiz's
// result comments, photos for the leaderboard, `deactivated` for the monitoring ER).
import type { z } from 'zod/mini';
import type { VkApi } from '../../vk/api-client';
import { USERS_GET_MAX, inBatches } from '../../vk/limits';
import { usersGetResponse, type WireUser } from '../../vk/wire-users';

/**
 * users.get over the distinct positive `ids` in batches of USERS_GET_MAX, all issued at once (they
 * share execute requests); `fields` and a schema for them when more than the name is read.
 */
export async function usersOf(api: VkApi, ids: readonly number[]): Promise<WireUser[]>;
export async function usersOf<T extends WireUser>(
  api: VkApi,
  ids: readonly number[],
  extra: { fields: string; schema: z.ZodMiniType<T[]> },
): Promise<T[]>;
export async function usersOf(
  api: VkApi,
  ids: readonly number[],
  extra?: { fields: string; schema: z.ZodMiniType<WireUser[]> },
): Promise<WireUser[]> {
  const distinct = [...new Set(ids.filter((id) => id > 0))];
  const pages = await Promise.all(
    inBatches(distinct, USERS_GET_MAX).map((batch) =>
      api.call({
        method: 'users.get',
        params: { user_ids: batch, fields: extra?.fields },
        schema: extra?.schema ?? usersGetResponse,
      }),
    ),
  );
  return pages.flat();
}

/** "Имя Фамилия", or `id<n>` when VK gives no name. */
export function userName(u: WireUser): string {
  return [u.first_name ?? '', u.last_name ?? ''].filter(Boolean).join(' ') || `id${u.id}`;
}

export async function fetchNames(api: VkApi, ids: readonly number[]): Promise<Map<number, string>> {
  const users = await usersOf(api, ids);
  return new Map(users.map((u) => [u.id, userName(u)]));
}
