// The admin's giveaway from draft to published result. Every step saves before it publishes and
// publishes with a guid, so an interrupted step is resumed by calling it again: nothing is drawn
// twice and no comment appears twice.
import {
  bytesToHex,
  commitmentCommentText,
  commitmentOf,
  decodeCompactList,
  drawWinners,
  eligibleParticipants,
  encodeCompactList,
  giveawayLink,
  hasAnyCondition,
  listHashOf,
  listReplyTexts,
  newGiveawayId,
  postRefParts,
  resultCommentText,
  type GiveawayTerms,
  type PostRef,
} from '../../core/giveaway';
import { nowSeconds, type GiveawayDeps } from './deps';
import { postCommunityComment } from './community-comment';
import { GiveawayError } from './errors';
import { gatherEvidence } from './gather';
import { fetchNames } from './names';
import { publishedPost } from './posts';
import { createGiveawayStore, type GiveawayStore } from './store';
import { StorageError } from '../../vk/errors';
import type { GatherProgress, GiveawayDraft, GiveawayPhase, GiveawayRecord, StoredResult } from './types';

export type DrawProgress = GatherProgress | { stage: 'publishing'; done: number; total: number };

export const PRIZE_MAX_CHARS = 200;
export const WINNERS_MAX = 100;
export const RESERVES_MAX = 100;

export function phaseOf(record: GiveawayRecord, now: number): GiveawayPhase {
  const r = record.result;
  if (r)
    return r.resultCommentId !== null && r.listRepliesPosted >= r.listRepliesTotal ? 'done' : 'publishing';
  if (record.postRef === null || record.commitmentCommentId === null) return 'draft';
  return now >= record.terms.drawAt ? 'due' : 'open';
}

function isCount(n: number, min: number, max: number): boolean {
  return Number.isInteger(n) && n >= min && n <= max;
}

function checkDraft(draft: GiveawayDraft, now: number): void {
  if (!hasAnyCondition(draft.conditions)) throw new GiveawayError('no-conditions');
  const prize = draft.prize.trim();
  const { minTags, partners } = draft.conditions;
  const problems = [
    prize.length === 0 || prize.length > PRIZE_MAX_CHARS ? 'prize' : null,
    isCount(draft.winners, 1, WINNERS_MAX) ? null : 'winners',
    isCount(draft.reserves, 0, RESERVES_MAX) ? null : 'reserves',
    Number.isInteger(draft.drawAt) && draft.drawAt > now ? null : 'drawAt',
    minTags === null || isCount(minTags, 0, 100) ? null : 'minTags',
    partners.every((id) => Number.isInteger(id) && id > 0) ? null : 'partners',
    draft.blacklist.every((id) => Number.isInteger(id) && id > 0) ? null : 'blacklist',
  ].filter(Boolean);
  if (problems.length > 0) throw new GiveawayError('bad-draft', `Invalid draft: ${problems.join(', ')}`);
}

export async function createGiveaway(
  deps: GiveawayDeps,
  groupId: number,
  draft: GiveawayDraft,
): Promise<GiveawayRecord> {
  const now = nowSeconds(deps.clock);
  checkDraft(draft, now);
  const secret = bytesToHex(deps.random(32));
  const terms: GiveawayTerms = {
    id: newGiveawayId(deps.random(9)),
    groupId,
    prize: draft.prize.trim(),
    drawAt: draft.drawAt,
    winners: draft.winners,
    reserves: draft.reserves,
    conditions: {
      member: draft.conditions.member,
      like: draft.conditions.like,
      repost: draft.conditions.repost,
      minTags: draft.conditions.minTags,
      partners: [...new Set(draft.conditions.partners)],
    },
  };
  const record: GiveawayRecord = {
    terms,
    postRef: null,
    secret,
    commitment: commitmentOf(secret),
    blacklist: [...new Set(draft.blacklist)],
    createdAt: now,
    commitmentCommentId: null,
    result: null,
  };
  await createGiveawayStore(deps.storage).save(record);
  return draft.postRef === null ? record : bindPost(deps, record, draft.postRef);
}

/** Checks the post is a published post of this page's wall (wall.getById sees it). */
async function assertOwnPost(deps: GiveawayDeps, groupId: number, postRef: PostRef): Promise<void> {
  const { ownerId } = postRefParts(postRef);
  if (ownerId !== -groupId) throw new GiveawayError('post-not-own');
  if (!(await publishedPost(deps.api, postRef))) throw new GiveawayError('post-not-found');
}

export async function bindPost(
  deps: GiveawayDeps,
  record: GiveawayRecord,
  postRef: PostRef,
): Promise<GiveawayRecord> {
  const { terms } = record;
  const store = createGiveawayStore(deps.storage);
  if (record.commitmentCommentId !== null) {
    if (record.postRef === postRef) return record;
    throw new GiveawayError('bad-draft', 'The commitment is already published under another post');
  }
  // A commitment published after drawAt would fail the public timing check.
  if (nowSeconds(deps.clock) >= terms.drawAt) throw new GiveawayError('bad-draft', 'drawAt has passed');
  let bound = record;
  if (record.postRef !== postRef) {
    await assertOwnPost(deps, terms.groupId, postRef);
    bound = { ...record, postRef };
    await store.save(bound);
  }
  const link = giveawayLink(deps.appId, terms.groupId, terms.id, postRef);
  const commentId = await postCommunityComment(deps.api, {
    groupId: terms.groupId,
    postId: postRefParts(postRef).postId,
    message: commitmentCommentText(terms, record.commitment, link),
    guid: `gw-${terms.id}-c`,
  });
  bound = { ...bound, commitmentCommentId: commentId };
  await store.save(bound);
  return bound;
}

export async function drawGiveaway(
  deps: GiveawayDeps,
  record: GiveawayRecord,
  onProgress?: (p: DrawProgress) => void,
): Promise<GiveawayRecord> {
  if (record.result) return publishResult(deps, record, onProgress);
  const { terms, postRef } = record;
  if (postRef === null || record.commitmentCommentId === null) throw new GiveawayError('not-bound');
  if (nowSeconds(deps.clock) < terms.drawAt) throw new GiveawayError('too-early');
  const evidence = await gatherEvidence(deps.api, {
    groupId: terms.groupId,
    postRef,
    conditions: terms.conditions,
    blacklist: record.blacklist,
    withManagers: true,
    onProgress,
  });
  const { participants } = eligibleParticipants(terms.conditions, evidence);
  const listHash = listHashOf(participants);
  const drawn = drawWinners({
    secret: record.secret,
    postId: postRef,
    participants,
    winners: terms.winners,
    reserves: terms.reserves,
  });
  const store = createGiveawayStore(deps.storage);
  const compact = encodeCompactList(participants);
  const result: StoredResult = {
    ...drawn,
    drawnAt: nowSeconds(deps.clock),
    participantsCount: participants.length,
    listHash,
    listKept: await keepList(store, terms.id, compact),
    resultCommentId: null,
    listRepliesPosted: 0,
    listRepliesTotal: listReplyTexts(terms.id, participants).length,
  };
  const drawnRecord = { ...record, result };
  // Saved before anything is published: from here on the draw is fixed, publishing only resumes.
  await store.save(drawnRecord);
  return publishResult(deps, drawnRecord, onProgress, compact);
}

/**
 * Keeps the list for resuming an interrupted publication. A list too large for VK Storage (about
 * 60,000 participants) is published from memory only: the draw still completes in this session.
 */
async function keepList(store: GiveawayStore, id: string, compact: string): Promise<boolean> {
  try {
    await store.saveList(id, compact);
    return true;
  } catch (err) {
    if (err instanceof StorageError && err.kind === 'too-large') return false;
    throw err;
  }
}

/** `compact`: the list in memory right after the draw; otherwise it is read from storage. */
export async function publishResult(
  deps: GiveawayDeps,
  record: GiveawayRecord,
  onProgress?: (p: DrawProgress) => void,
  compact?: string,
): Promise<GiveawayRecord> {
  const { terms, postRef } = record;
  let result = record.result;
  if (!result || postRef === null) throw new GiveawayError('not-bound');
  const store = createGiveawayStore(deps.storage);
  const postId = postRefParts(postRef).postId;
  const link = giveawayLink(deps.appId, terms.groupId, terms.id, postRef);
  const total = 1 + result.listRepliesTotal;
  const progress = (r: StoredResult) =>
    onProgress?.({
      stage: 'publishing',
      done: (r.resultCommentId === null ? 0 : 1) + r.listRepliesPosted,
      total,
    });
  let current: GiveawayRecord = record;
  const save = async (next: StoredResult) => {
    result = next;
    current = { ...current, result: next };
    await store.save(current);
    progress(next);
  };
  progress(result);

  if (result.resultCommentId === null) {
    const names = await fetchNames(deps.api, [...result.winners, ...result.reserves]);
    const commentId = await postCommunityComment(deps.api, {
      groupId: terms.groupId,
      postId,
      message: resultCommentText({
        terms,
        secret: record.secret,
        participantsCount: result.participantsCount,
        listHash: result.listHash,
        winners: result.winners,
        reserves: result.reserves,
        names,
        link,
        repliesTotal: result.listRepliesTotal,
      }),
      guid: `gw-${terms.id}-r`,
    });
    await save({ ...result, resultCommentId: commentId });
  }
  const resultCommentId = result.resultCommentId;
  if (resultCommentId === null) throw new Error('unreachable: the result comment was just saved');

  if (result.listRepliesPosted < result.listRepliesTotal) {
    const list = compact ?? (await store.getList(terms.id));
    if (list === null) throw new GiveawayError('list-lost');
    const texts = listReplyTexts(terms.id, decodeCompactList(list));
    for (let i = result.listRepliesPosted; i < texts.length; i++) {
      await postCommunityComment(deps.api, {
        groupId: terms.groupId,
        postId,
        message: texts[i] ?? '',
        guid: `gw-${terms.id}-l${i + 1}`,
        replyTo: resultCommentId,
      });
      await save({ ...result, listRepliesPosted: i + 1 });
    }
  }
  if (result.listKept) {
    await store.removeList(terms.id);
    await save({ ...result, listKept: false });
  }
  return current;
}
