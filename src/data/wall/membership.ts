// Who of the candidates is subscribed to a page: the page's whole member list (groups.getMembers,
// ⌈members/MEMBERS_MAX⌉ calls) or groups.isMember over the candidates (⌈candidates/IS_MEMBER_MAX⌉
// calls), whichever takes fewer calls.
import { z } from 'zod/mini';
import type { VkApi } from '../../vk/api-client';
import { IS_MEMBER_MAX, MEMBERS_MAX, inBatches } from '../../vk/limits';
import { groupsGetByIdResponse } from '../../vk/wire-groups';
import { isMemberManyResponse } from '../../vk/wire-groups';

export function isMemberCalls(candidates: number): number {
  return Math.ceil(candidates / IS_MEMBER_MAX);
}

export function getMembersCalls(membersCount: number): number {
  return Math.max(1, Math.ceil(membersCount / MEMBERS_MAX));
}

export async function membersCountOf(api: VkApi, groupId: number): Promise<number> {
  const answer = await api.call({
    method: 'groups.getById',
    params: { group_id: groupId, fields: 'members_count' },
    schema: groupsGetByIdResponse,
    pick: { groups: ['id', 'members_count'] },
    label: `club${groupId}`,
  });
  return answer.groups.find((g) => g.id === groupId)?.members_count ?? 0;
}

/** Every member of the page, ascending as VK lists them by default (id_asc). */
export async function allMembers(api: VkApi, groupId: number): Promise<number[]> {
  const { items } = await api.paginate({
    method: 'groups.getMembers',
    params: { group_id: groupId },
    item: z.int(),
    label: `club${groupId}`,
  });
  return [...new Set(items)].sort((a, b) => a - b);
}

/** The candidates who are members, ascending: groups.isMember in batches, all issued at once. */
export async function membersAmong(
  api: VkApi,
  groupId: number,
  candidates: readonly number[],
): Promise<number[]> {
  const batches = await Promise.all(
    inBatches(candidates, IS_MEMBER_MAX).map((batch) =>
      api.call({
        method: 'groups.isMember',
        params: { group_id: groupId, user_ids: batch },
        schema: isMemberManyResponse,
        label: `club${groupId}`,
      }),
    ),
  );
  return batches
    .flat()
    .filter((s) => s.member === 1 || s.member === true)
    .map((s) => s.user_id)
    .sort((a, b) => a - b);
}

/** Members among the candidates by the cheaper route; `membersCount` from groups.getById. */
export async function membersAmongCheapest(
  api: VkApi,
  groupId: number,
  candidates: readonly number[],
  membersCount: number,
): Promise<{ members: number[]; route: 'getMembers' | 'isMember' }> {
  if (getMembersCalls(membersCount) < isMemberCalls(candidates.length)) {
    const all = new Set(await allMembers(api, groupId));
    return { members: candidates.filter((id) => all.has(id)), route: 'getMembers' };
  }
  return { members: await membersAmong(api, groupId, candidates), route: 'isMember' };
}
