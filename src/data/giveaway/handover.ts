// Passing a prize to the next reserve (docs/giveaway.md, "Passing a prize to a reserve"): saved in
// the organiser's record first, then said as the community's reply under the result comment, with a
// guid per hand-over, so a failed or repeated publication never loses the reason or doubles the reply.
import { handoverCommentText, planHandover } from '../../core/giveaway';
import { postRefParts } from '../../core/wall';
import { nowSeconds } from '../../vk/clock';
import { fetchNames } from '../wall/users';
import { postGiveawayComment } from './community-comment';
import type { GiveawayDeps } from './deps';
import { GiveawayError } from './errors';
import { createGiveawayStore } from './store';
import type { GiveawayRecord, StoredHandover } from './types';

/** Passes `from`'s prize to the next reserve with the reason, then publishes it (publishHandovers). */
export async function passPrize(
  deps: GiveawayDeps,
  record: GiveawayRecord,
  from: number,
  reason: string,
): Promise<GiveawayRecord> {
  const result = record.result;
  if (!result || result.resultCommentId === null || record.postRef === null)
    throw new GiveawayError('not-bound');
  const handovers = result.handovers ?? [];
  const planned = planHandover(result, handovers, from, reason);
  if (!planned) throw new GiveawayError('no-reserve');
  const stored: StoredHandover = { ...planned, at: nowSeconds(deps.clock), commentId: null };
  const saved: GiveawayRecord = { ...record, result: { ...result, handovers: [...handovers, stored] } };
  await createGiveawayStore(deps.storage).save(saved);
  return publishHandovers(deps, saved);
}

/** Publishes every saved hand-over whose reply is not out yet, in order; resumes after a failure. */
export async function publishHandovers(deps: GiveawayDeps, record: GiveawayRecord): Promise<GiveawayRecord> {
  const { terms, postRef } = record;
  const result = record.result;
  if (!result || result.resultCommentId === null || postRef === null) throw new GiveawayError('not-bound');
  const store = createGiveawayStore(deps.storage);
  let handovers = result.handovers ?? [];
  let current = record;
  for (let i = 0; i < handovers.length; i++) {
    const h = handovers[i]!;
    if (h.commentId !== null) continue;
    const names = await fetchNames(deps.api, [h.from, h.to]);
    const commentId = await postGiveawayComment(deps.api, {
      groupId: terms.groupId,
      postId: postRefParts(postRef).postId,
      message: handoverCommentText({
        terms,
        from: h.from,
        to: h.to,
        reserveNumber: result.reserves.indexOf(h.to) + 1,
        reason: h.reason,
        names,
      }),
      guid: `gw-${terms.id}-p${i + 1}`,
      replyTo: result.resultCommentId,
    });
    handovers = handovers.map((other, j) => (j === i ? { ...other, commentId } : other));
    current = { ...current, result: { ...result, handovers } };
    await store.save(current);
  }
  return current;
}

/** Hand-overs saved but not yet said in the thread. */
export function unpublishedHandovers(record: GiveawayRecord): StoredHandover[] {
  return (record.result?.handovers ?? []).filter((h) => h.commentId === null);
}
