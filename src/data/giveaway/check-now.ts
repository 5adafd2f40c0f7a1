// «Сейчас выполняют условия»: the organiser's live count before the draw. The same gather as the draw
// (managers and the private blacklist included), so the count is what a draw right now would give.
import {
  giveawayFunnel,
  type GiveawayEvidence,
  type GiveawayFunnel,
  type PostRef,
} from '../../core/giveaway';
import { nowSeconds } from '../../vk/clock';
import type { GiveawayDeps } from './deps';
import { GiveawayError } from './errors';
import { gatherEvidence } from './gather';
import type { GatherProgress, GiveawayRecord } from './types';

export interface ConditionsNow {
  funnel: GiveawayFunnel;
  /** Unix seconds: when the check finished. */
  checkedAt: number;
}

/** What the draw reads: the organiser's gather (managers and the private blacklist included). */
export function organiserEvidence(
  deps: GiveawayDeps,
  record: GiveawayRecord,
  postRef: PostRef,
  onProgress?: (progress: GatherProgress) => void,
): Promise<GiveawayEvidence> {
  const { terms } = record;
  return gatherEvidence(deps.api, {
    groupId: terms.groupId,
    postRef,
    conditions: terms.conditions,
    blacklist: record.blacklist,
    withManagers: true,
    onProgress,
  });
}

export async function checkConditionsNow(
  deps: GiveawayDeps,
  record: GiveawayRecord,
  onProgress?: (progress: GatherProgress) => void,
): Promise<ConditionsNow> {
  if (record.postRef === null) throw new GiveawayError('not-bound');
  const evidence = await organiserEvidence(deps, record, record.postRef, onProgress);
  return { funnel: giveawayFunnel(record.terms.conditions, evidence), checkedAt: nowSeconds(deps.clock) };
}
