// Turns what a supervisor typed, pasted, imported or linked into pages VK knows: screen names are
// resolved (utils.resolveScreenName), ids are checked and named (groups.getById). Issued together,
// so the adapter packs them into `execute` batches. Anything that is not a community is reported
// with its reason, never dropped.
import { z } from 'zod/mini';
import { REF_REASONS, RESOLVE_REASONS, type PageRef } from '../../core/pages/page-ref';
import type { VkApi } from '../../vk/api-client';
import { VK_INVALID_PARAM, VkApiError } from '../../vk/errors';
import { GROUPS_GET_BY_ID_MAX, inBatches } from '../../vk/limits';
import { groupsGetByIdResponse, type WireGroup } from '../../vk/wire-groups';

export interface ResolvedPage {
  id: number;
  name: string;
  screenName: string | null;
  /** 'deleted' | 'banned' when VK says the page is gone (kept: the table shows why). */
  deactivated: string | null;
}

export type Resolution =
  { raw: string; status: 'ok'; page: ResolvedPage } | { raw: string; status: 'skipped'; reason: string };

// utils.resolveScreenName answers an object for a known name and `[]` for an unknown one.
const resolvedNameSchema = z.union([
  z.looseObject({ type: z.string(), object_id: z.int() }),
  z.array(z.unknown()).check(z.length(0)),
]);

const COMMUNITY_TYPES = new Set(['group', 'page', 'event']);

/** Resolves refs in input order; failures of VK itself (network, limits) reject. */
export async function resolveRefs(
  api: VkApi,
  items: readonly { raw: string; ref: PageRef }[],
): Promise<Resolution[]> {
  const byScreen = new Map<string, Promise<number | string>>();
  const screenId = (name: string) => {
    let pending = byScreen.get(name);
    if (!pending) {
      pending = resolveScreenName(api, name);
      byScreen.set(name, pending);
    }
    return pending;
  };
  // Step 1: every ref to an id (or a reason), screen names resolved concurrently.
  const ids = await Promise.all(
    items.map(async ({ ref }): Promise<number | string> => {
      if (ref.kind === 'group') return ref.id;
      if (ref.kind === 'screen') return screenId(ref.name);
      return ref.reason;
    }),
  );
  // Step 2: the ids checked and named in groups.getById batches.
  const wanted = [...new Set(ids.filter((id): id is number => typeof id === 'number'))];
  const pages = await fetchGroups(api, wanted);
  return items.map(({ raw }, i): Resolution => {
    const id = ids[i];
    if (typeof id === 'string') return { raw, status: 'skipped', reason: id };
    const page = pages.get(id!);
    return page ? { raw, status: 'ok', page } : { raw, status: 'skipped', reason: RESOLVE_REASONS.notFound };
  });
}

async function resolveScreenName(api: VkApi, name: string): Promise<number | string> {
  const answer = await api.call({
    method: 'utils.resolveScreenName',
    params: { screen_name: name },
    schema: resolvedNameSchema,
    label: name,
  });
  if (Array.isArray(answer)) return RESOLVE_REASONS.notFound;
  if (answer.type === 'user') return REF_REASONS.user;
  if (!COMMUNITY_TYPES.has(answer.type)) return RESOLVE_REASONS.notCommunity;
  return answer.object_id;
}

/** groups.getById in batches; ids VK does not know are simply absent from the map. */
async function fetchGroups(api: VkApi, ids: readonly number[]): Promise<Map<number, ResolvedPage>> {
  const batches = inBatches(ids, GROUPS_GET_BY_ID_MAX);
  const answers = await Promise.all(batches.map((batch) => getById(api, batch)));
  const pages = new Map<number, ResolvedPage>();
  for (const group of answers.flat()) pages.set(group.id, toResolved(group));
  return pages;
}

async function getById(api: VkApi, ids: readonly number[]): Promise<WireGroup[]> {
  try {
    const answer = await api.call({
      method: 'groups.getById',
      params: { group_ids: ids.join(','), fields: 'screen_name' },
      schema: groupsGetByIdResponse,
      label: 'groups',
    });
    return answer.groups;
  } catch (error) {
    // VK answers 100 when none of the ids is a community: that is "not found", not a failure.
    if (error instanceof VkApiError && error.code === VK_INVALID_PARAM) return [];
    throw error;
  }
}

function toResolved(group: WireGroup): ResolvedPage {
  return {
    id: group.id,
    name: group.name ?? `club${group.id}`,
    screenName: group.screen_name ?? null,
    deactivated: group.deactivated ?? null,
  };
}
