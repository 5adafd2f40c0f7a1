// The page's managers (admins, editors, moderators): groups.getMembers filter=managers, which only
// a manager of the page may call.
import type { VkApi } from '../vk/api-client';
import { wireManagerSchema } from '../vk/wire-groups';

export async function pageManagers(api: VkApi, groupId: number): Promise<number[]> {
  const { items } = await api.paginate({
    method: 'groups.getMembers',
    params: { group_id: groupId, filter: 'managers' },
    item: wireManagerSchema,
    fields: ['id'],
    label: `club${groupId}`,
  });
  return items.map((m) => m.id);
}
