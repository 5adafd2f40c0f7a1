// The admin's giveaway from draft to published result. Every step saves before it publishes and
// publishes with a guid, so an interrupted step is resumed by calling it again: nothing is drawn
// twice and no comment appears twice.
import {
  bytesToHex,
  canBindPost,
  commitmentCommentText,
  commitmentOf,
  decodeCompactList,
  drawWinners,
  eligibleParticipants,
  giveawayFunnel,
  giveawayLink,
  hasAnyCondition,
  listHashOf,
  listReplyPayloads,
  listReplyText,
  newGiveawayId,
  resultCommentText,
  type GiveawayTerms,
  type PostRef,
} from '../../core/giveaway';
import { postRefParts } from '../../core/wall';
import { nowSeconds } from '../../vk/clock';
import { fetchNames } from '../wall/users';
import { announcementPost } from './announcement';
import { postGiveawayComment } from './community-comment';
import type { GiveawayDeps } from './deps';
import { GiveawayError } from './errors';
import { organiserEvidence } from './check-now';
import { createGiveawayStore, type GiveawayStore } from './store';
import type { GatherProgress, GiveawayDraft, GiveawayPhase, GiveawayRecord, StoredResult } from './types';

export type DrawProgress = GatherProgress | { stage: 'saving' | 'publishing'; done: number; total: number };

/** List parts written to storage at once (different keys; the API client batches and paces them). */
const PART_WRITES_AT_ONCE = 5;

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
  // A post that cannot carry the giveaway is refused before anything is saved.
  if (draft.postRef !== null) await assertBindable(deps, record, draft.postRef);
  await createGiveawayStore(deps.storage).save(record);
  return draft.postRef === null ? record : bindChecked(deps, record, draft.postRef);
}

/**
 * Checks the post can carry the giveaway: a published post of this page's wall (wall.getById sees
 * it) on which the commitment is public from the start — the post shows the code, or it is young
 * enough for the commitment comment to land within COMMIT_WINDOW_SECONDS of its date.
 */
async function assertBindable(deps: GiveawayDeps, record: GiveawayRecord, postRef: PostRef): Promise<void> {
  const { ownerId } = postRefParts(postRef);
  if (ownerId !== -record.terms.groupId) throw new GiveawayError('post-not-own');
  const post = await announcementPost(deps.api, postRef);
  if (!post) throw new GiveawayError('post-not-found');
  if (!canBindPost(post, record.commitment, nowSeconds(deps.clock))) throw new GiveawayError('post-too-old');
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
  try {
    // Checked on every attempt: a resumed bind may find the window closed meanwhile.
    await assertBindable(deps, record, postRef);
  } catch (err) {
    if (err instanceof GiveawayError && err.kind === 'post-too-old' && record.postRef === postRef) {
      // Free the draft for a new post (the screen asks for a link again).
      await store.save({ ...record, postRef: null });
    }
    throw err;
  }
  return bindChecked(deps, record, postRef);
}

/** Saves the post, then publishes the commitment comment under it (the post already checked). */
async function bindChecked(
  deps: GiveawayDeps,
  record: GiveawayRecord,
  postRef: PostRef,
): Promise<GiveawayRecord> {
  const { terms } = record;
  const store = createGiveawayStore(deps.storage);
  let bound = record;
  if (record.postRef !== postRef) {
    bound = { ...record, postRef };
    await store.save(bound);
  }
  const link = giveawayLink(deps.appId, terms.groupId, terms.id, postRef);
  const commentId = await postGiveawayComment(deps.api, {
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
  const evidence = await organiserEvidence(deps, record, postRef, onProgress);
  const { participants } = eligibleParticipants(terms.conditions, evidence);
  const funnel = giveawayFunnel(terms.conditions, evidence);
  const listHash = listHashOf(participants);
  const drawn = drawWinners({
    secret: record.secret,
    postId: postRef,
    participants,
    winners: terms.winners,
    reserves: terms.reserves,
  });
  const store = createGiveawayStore(deps.storage);
  const parts = listReplyPayloads(terms.id, participants);
  // Every part is in storage before the record says "drawn", so before the result comment reveals
  // the secret: from then on an interrupted publication can always finish the list.
  await saveParts(store, terms.id, parts, onProgress);
  const result: StoredResult = {
    ...drawn,
    drawnAt: nowSeconds(deps.clock),
    participantsCount: participants.length,
    listHash,
    listKept: true,
    listLayout: 'parts',
    resultCommentId: null,
    listRepliesPosted: 0,
    listRepliesTotal: parts.length,
    funnel,
  };
  const drawnRecord = { ...record, result };
  // Saved before anything is published: from here on the draw is fixed, publishing only resumes.
  await store.save(drawnRecord);
  return publishResult(deps, drawnRecord, onProgress, parts);
}

async function saveParts(
  store: GiveawayStore,
  id: string,
  parts: readonly string[],
  onProgress?: (p: DrawProgress) => void,
): Promise<void> {
  onProgress?.({ stage: 'saving', done: 0, total: parts.length });
  for (let from = 0; from < parts.length; from += PART_WRITES_AT_ONCE) {
    const batch = parts.slice(from, from + PART_WRITES_AT_ONCE);
    await Promise.all(batch.map((payload, i) => store.savePart(id, from + i + 1, payload)));
    onProgress?.({ stage: 'saving', done: from + batch.length, total: parts.length });
  }
}

/** Where the list replies' payloads come from when publishing (1-based part → payload). */
async function partSource(
  store: GiveawayStore,
  id: string,
  result: StoredResult,
  inMemory: readonly string[] | undefined,
): Promise<(part: number) => Promise<string>> {
  if (inMemory) return (part) => Promise.resolve(inMemory[part - 1] ?? '');
  if (result.listLayout === 'parts') {
    return async (part) => {
      const payload = await store.getPart(id, part);
      if (payload === null) throw new GiveawayError('list-lost', `list part ${part} is missing in storage`);
      return payload;
    };
  }
  // A record of an earlier version: the whole list under one key, or nowhere if it did not fit.
  const whole = result.listKept ? await store.getList(id) : null;
  if (whole === null) throw new GiveawayError('list-lost');
  const parts = listReplyPayloads(id, decodeCompactList(whole));
  if (parts.length !== result.listRepliesTotal)
    throw new GiveawayError('list-lost', 'the kept list does not split into the recorded parts');
  return (part) => Promise.resolve(parts[part - 1] ?? '');
}

/** Removes the kept list: every part, then any left by an earlier attempt with more parts. */
async function removeKeptList(store: GiveawayStore, id: string, result: StoredResult): Promise<void> {
  if (result.listLayout !== 'parts') return store.removeList(id);
  const total = result.listRepliesTotal;
  for (let from = 1; from <= total; from += PART_WRITES_AT_ONCE) {
    const parts = Array.from({ length: Math.min(PART_WRITES_AT_ONCE, total - from + 1) }, (_, i) => from + i);
    await Promise.all(parts.map((part) => store.removePart(id, part)));
  }
  // A part left half-written by an interrupted earlier attempt reads as corrupt: remove it too.
  const present = (part: number) =>
    store.getPart(id, part).then(
      (payload) => payload !== null,
      () => true,
    );
  for (let part = total + 1; await present(part); part++) await store.removePart(id, part);
}

/** `parts`: the list replies' payloads in memory right after the draw; otherwise read from storage. */
export async function publishResult(
  deps: GiveawayDeps,
  record: GiveawayRecord,
  onProgress?: (p: DrawProgress) => void,
  parts?: readonly string[],
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
    const commentId = await postGiveawayComment(deps.api, {
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

  const listTotal = result.listRepliesTotal;
  if (result.listRepliesPosted < listTotal) {
    const payloadOf = await partSource(store, terms.id, result, parts);
    for (let i = result.listRepliesPosted; i < listTotal; i++) {
      await postGiveawayComment(deps.api, {
        groupId: terms.groupId,
        postId,
        message: listReplyText(terms.id, i + 1, listTotal, await payloadOf(i + 1)),
        guid: `gw-${terms.id}-l${i + 1}`,
        replyTo: resultCommentId,
      });
      await save({ ...result, listRepliesPosted: i + 1 });
    }
  }
  if (result.listKept) {
    await removeKeptList(store, terms.id, result);
    await save({ ...result, listKept: false });
  }
  return current;
}
