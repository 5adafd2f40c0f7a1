// The parent page's links block (groups.getById fields=links) is where many district pages already
// list their subordinate institutions: a natural first draft of the list.
import { parsePageRef } from '../../core/pages/page-ref';
import type { VkApi } from '../../vk/api-client';
import { groupsGetByIdResponse } from '../../vk/wire-groups';
import { resolveRefs, type Resolution } from './resolve';

export async function resolveLinksBlock(api: VkApi, parentId: number): Promise<Resolution[]> {
  const answer = await api.call({
    method: 'groups.getById',
    params: { group_id: parentId, fields: 'links' },
    schema: groupsGetByIdResponse,
    label: `club${parentId}`,
  });
  const links = answer.groups[0]?.links ?? [];
  const items = links.flatMap((link) => {
    const raw = link.url ?? '';
    return raw ? [{ raw, ref: parsePageRef(raw) }] : [];
  });
  const resolved = await resolveRefs(api, items);
  // The parent's own page in its links is not a child.
  return resolved.filter((r) => r.status !== 'ok' || r.page.id !== parentId);
}
