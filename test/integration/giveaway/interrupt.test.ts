// No unverifiable giveaway: the draw and its publication are interrupted at every write in turn —
// each storage.set and each wall.createComment, failing either before it reaches VK or after (the
// answer lost) — then resumed as the screen does (the stored record, «Продолжить публикацию»). Every
// run must end with one result comment, the complete list, clean storage and a draw that verifies.
import { describe, expect, it } from 'vitest';
import {
  announcementText,
  decodeCompactList,
  encodeCompactList,
  giveawayLink,
  parseListReply,
  parseResultComment,
  sha256,
  verifyPublished,
  type GiveawayConditions,
} from '../../../src/core/giveaway';
import {
  bindPost,
  createGiveaway,
  createGiveawayStore,
  drawGiveaway,
  findPublishedGiveaway,
  giveawayDeps,
  phaseOf,
  publishedDrawInput,
  type GiveawayDeps,
  type GiveawayRecord,
} from '../../../src/data/giveaway';
import { commentsOf } from '../../../src/demo/crowd';
import { HEAD_ID } from '../../../src/demo/pages';
import type { VkApi } from '../../../src/vk/api-client';
import { VkNetworkError } from '../../../src/vk/errors';
import { createCommunityStorage } from '../../../src/vk/storage';
import { listKey } from '../../../src/data/giveaway/store';
import { DEMO_NOW, demoServices } from '../demo-services';

const GROUP = HEAD_ID;
const HOUR = 3600;
const WRITES = new Set(['storage.set', 'wall.createComment']);
// Members of the page who follow a partner page too: about 3,400 people, three list replies.
const CONDITIONS: GiveawayConditions = {
  member: true,
  like: false,
  repost: false,
  minTags: null,
  partners: [219000002],
};

function seededRandom(seed: number): (bytes: number) => Uint8Array {
  let n = 0;
  return (bytes) => {
    const out = new Uint8Array(bytes);
    for (let i = 0; i < bytes; i += 32) out.set(sha256(`interrupt-${seed}-${n++}`).slice(0, bytes - i), i);
    return out;
  };
}

type Mode = 'before' | 'after';

/** The API with write number `failAt` failing: before it reaches VK, or after (the answer is lost). */
function interrupted(
  api: VkApi,
  failAt: number,
  mode: Mode,
): { api: VkApi; writes: () => number; storageKeys: string[] } {
  let writes = 0;
  const storageKeys: string[] = [];
  const call: VkApi['call'] = async (req) => {
    if (req.method === 'storage.set') storageKeys.push(String(req.params?.['key']));
    if (WRITES.has(req.method) && ++writes === failAt) {
      if (mode === 'after') await api.call(req);
      throw new VkNetworkError({ method: req.method, reason: `interrupted at write ${failAt}` });
    }
    return api.call(req);
  };
  return { api: { ...api, call }, writes: () => writes, storageKeys };
}

/** A giveaway bound to the demo's giveaway post (published with the announcement text), due now. */
async function dueGiveaway() {
  const { services, bridge, clock } = demoServices('role=admin');
  const post = (bridge.world.walls.get(GROUP) ?? []).filter((p) => p.kind === 'giveaway').at(-1);
  if (!post) throw new Error('the demo head page has no giveaway post');
  const postRef = `${post.ownerId}_${post.id}`;
  const deps: GiveawayDeps = { ...giveawayDeps(services, GROUP), random: seededRandom(1) };
  const draft = await createGiveaway(deps, GROUP, {
    prize: 'Термокружка',
    drawAt: DEMO_NOW + HOUR,
    winners: 3,
    reserves: 2,
    conditions: CONDITIONS,
    blacklist: [],
    postRef: null,
  });
  post.text = announcementText({
    terms: draft.terms,
    commitment: draft.commitment,
    link: giveawayLink(deps.appId, GROUP, draft.terms.id, null),
    pageName: 'Администрация',
    timeZone: 'Europe/Moscow',
  });
  const record = await bindPost(deps, draft, postRef);
  clock.advance((HOUR + 60) * 1000);
  return { services, bridge, post, postRef, deps, record };
}

/** The draw with every write going through `api` (storage included). */
function depsOver(deps: GiveawayDeps, api: VkApi): GiveawayDeps {
  return { ...deps, api, storage: createCommunityStorage(api, GROUP) };
}

async function checkFinished(g: Awaited<ReturnType<typeof dueGiveaway>>, done: GiveawayRecord) {
  const { services, bridge, post, postRef, deps, record } = g;
  const id = record.terms.id;
  const store = createGiveawayStore(deps.storage);
  const stored = await store.get(id);
  expect(stored).toEqual(done);
  expect(phaseOf(done, DEMO_NOW + 2 * HOUR)).toBe('done');
  const result = done.result!;
  expect(result.listKept).toBe(false);
  for (let part = 1; part <= result.listRepliesTotal + 1; part++)
    expect(await store.getPart(id, part)).toBeNull();

  const own = commentsOf(bridge.world, post).filter((c) => c.fromId === -GROUP);
  expect(own.filter((c) => parseResultComment(c.text)?.id === id)).toHaveLength(1);
  const parts = own.map((c) => parseListReply(c.text)).filter((p) => p !== null && p.id === id);
  expect(parts.map((p) => p!.part)).toEqual(Array.from({ length: result.listRepliesTotal }, (_, i) => i + 1));

  const found = await findPublishedGiveaway(services.api, { groupId: GROUP, id, postRef });
  expect(found?.result?.listProblem).toBeNull();
  expect(found?.result?.participants).toHaveLength(result.participantsCount);
  const verdict = verifyPublished(publishedDrawInput(found!)!);
  expect(verdict.checks.filter((c) => c.ok !== true)).toEqual([]);
  expect(verdict.valid).toBe(true);
  expect(found?.result).toMatchObject({ winners: result.winners, reserves: result.reserves });
}

describe('a draw interrupted at any write', () => {
  it('always resumes to a published giveaway that verifies', async () => {
    // The uninterrupted run: how many writes there are, and that the list takes several replies.
    const clean = await dueGiveaway();
    const counting = interrupted(clean.services.api, Number.POSITIVE_INFINITY, 'before');
    const done = await drawGiveaway(depsOver(clean.deps, counting.api), clean.record);
    const total = counting.writes();
    expect(done.result?.listRepliesTotal).toBeGreaterThanOrEqual(3);
    // Parts + record + result comment + (reply + record) per part + removals + record.
    expect(total).toBeGreaterThanOrEqual(3 * done.result!.listRepliesTotal + 3);
    // Each part is one storage value (no chunks): however long the list, no value can be too large.
    const partKeys = counting.storageKeys.filter((key) => key.startsWith('gwp_'));
    expect(new Set(partKeys).size).toBe(done.result!.listRepliesTotal);
    expect(partKeys.every((key) => /^gwp_[A-Za-z0-9_]+_\d+$/.test(key))).toBe(true);
    await checkFinished(clean, done);

    let runs = 0;
    for (const mode of ['before', 'after'] as const) {
      for (let failAt = 1; failAt <= total; failAt++) {
        const g = await dueGiveaway();
        const flaky = interrupted(g.services.api, failAt, mode);
        const where = `${mode} write ${failAt} of ${total}`;
        await expect(drawGiveaway(depsOver(g.deps, flaky.api), g.record), where).rejects.toBeInstanceOf(
          VkNetworkError,
        );
        // Resumed as the screen does: the record as stored (or as the screen held it, when the draw
        // was not saved yet), and the button pressed again.
        const stored = await createGiveawayStore(g.deps.storage).get(g.record.terms.id);
        const resumed = await drawGiveaway(g.deps, stored?.result ? stored : g.record);
        await checkFinished(g, resumed);
        if (stored?.result) expect(resumed.result, where).toMatchObject({ winners: stored.result.winners });
        runs++;
      }
    }
    expect(runs).toBe(2 * total);
  }, 120_000);

  it('resumes a record of the earlier version that kept the whole list under one key', async () => {
    const g = await dueGiveaway();
    const id = g.record.terms.id;
    const store = createGiveawayStore(g.deps.storage);
    // Stopped after the result comment, before the first list reply.
    const noReplies: VkApi['call'] = async (req) => {
      if (req.method === 'wall.createComment' && req.params?.['reply_to_comment'] !== undefined)
        throw new VkNetworkError({ method: req.method, reason: 'interrupted' });
      return g.services.api.call(req);
    };
    const flaky = depsOver(g.deps, { ...g.services.api, call: noReplies });
    await expect(drawGiveaway(flaky, g.record)).rejects.toBeInstanceOf(VkNetworkError);
    const stopped = await store.get(id);
    if (!stopped?.result) throw new Error('the draw was not saved');
    expect(stopped.result).toMatchObject({ listRepliesPosted: 0, listKept: true, listLayout: 'parts' });
    expect(stopped.result.resultCommentId).toBeGreaterThan(0);

    // The earlier version's state: no parts, the whole compact list under listKey, no listLayout.
    const parts: string[] = [];
    for (let part = 1; part <= stopped.result.listRepliesTotal; part++) {
      parts.push((await store.getPart(id, part)) ?? '');
      await store.removePart(id, part);
    }
    await g.deps.storage.setJson(listKey(id), encodeCompactList(parts.flatMap((p) => decodeCompactList(p))));
    const { listLayout: _layout, ...earlier } = stopped.result;
    const legacy: GiveawayRecord = { ...stopped, result: earlier };
    await store.save(legacy);

    // An earlier-version record whose list did not fit anywhere cannot finish: said so, not hidden.
    const lost: GiveawayRecord = { ...legacy, result: { ...earlier, listKept: false } };
    await expect(drawGiveaway(g.deps, lost)).rejects.toMatchObject({ kind: 'list-lost' });

    const resumed = await drawGiveaway(g.deps, legacy);
    await checkFinished(g, resumed);
    expect(await store.getList(id)).toBeNull();
  });
});
