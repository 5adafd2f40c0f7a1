// «Проверить честность», step two: today's eligible list, gathered the way anyone can (no managers,
// no private blacklist), against the published one.
import { eligibleParticipants } from '../../core/giveaway';
import type { VkApi } from '../../vk/api-client';
import { gatherEvidence } from './gather';
import type { GatherProgress, PublishedGiveaway, RebuildReport } from './types';

/**
 * When the published list could not be read (`participants` null), there is nothing to compare:
 * `left` and `joined` are then empty and only `todayCount` means something.
 */
export async function rebuildToday(
  api: VkApi,
  published: PublishedGiveaway,
  onProgress?: (p: GatherProgress) => void,
): Promise<RebuildReport> {
  const { terms } = published;
  const evidence = await gatherEvidence(api, {
    groupId: terms.groupId,
    postRef: published.postRef,
    conditions: terms.conditions,
    blacklist: [],
    withManagers: false,
    onProgress,
  });
  const today = eligibleParticipants(terms.conditions, evidence).participants;
  const before = published.result?.participants ?? null;
  if (before === null) return { todayCount: today.length, left: [], joined: [] };
  const todaySet = new Set(today);
  const beforeSet = new Set(before);
  return {
    todayCount: today.length,
    left: before.filter((id) => !todaySet.has(id)),
    joined: today.filter((id) => !beforeSet.has(id)),
  };
}
