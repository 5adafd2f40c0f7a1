// "Pages I administer": groups.get filter=admin needs the `groups` right, asked for only here.
import { z } from 'zod/mini';
import type { PageInfo } from '../core/types';
import type { VkApi } from '../vk/api-client';
import { toPageInfo } from '../vk/mappers';
import { wireGroupSchema } from '../vk/wire-groups';

/** groups.get returns at most 1000 communities per call; an admin of more is not a real case. */
const ADMIN_PAGES_MAX = 1000;

const groupsGetExtended = z.looseObject({ count: z.int(), items: z.array(wireGroupSchema) });

export async function fetchAdminPages(api: VkApi): Promise<PageInfo[]> {
  const answer = await api.call({
    method: 'groups.get',
    params: {
      filter: 'admin',
      extended: 1,
      count: ADMIN_PAGES_MAX,
      fields: 'members_count,photo_100,screen_name',
    },
    schema: groupsGetExtended,
    scopes: ['groups'],
    label: 'groups',
  });
  return answer.items.map(toPageInfo);
}
