// The giveaway end to end over the simulated VK: create, bind (commitment comment), draw when due,
// publish result and list, read it all back as the public does, verify, resume an interrupted draw,
// a subscriber's own checklist, and today's list against the published one. Binding follows the
// timing rules: the announcement shows the code itself, or the post is fresh (docs/giveaway.md).
import { describe, expect, it } from 'vitest';
import {
  announcementText,
  eligibleParticipants,
  giveawayLink,
  parseCommitmentComment,
  parseListReply,
  parseResultComment,
  sha256,
  verifyPublished,
  type GiveawayConditions,
  type GiveawayTerms,
} from '../../../src/core/giveaway';
import {
  bindPost,
  createGiveaway,
  createGiveawayStore,
  drawGiveaway,
  fetchMyStatus,
  findPublishedGiveaway,
  gatherEvidence,
  giveawayDeps,
  listPublishedGiveaways,
  phaseOf,
  publishedDrawInput,
  rebuildToday,
  type GiveawayDeps,
  type GiveawayDraft,
  type GiveawayRecord,
} from '../../../src/data/giveaway';
import { commentsOf, isMember, likersOf, repostersOf, userOf } from '../../../src/demo/crowd';
import type { DemoBridge } from '../../../src/demo/fake-bridge';
import { HEAD_ID } from '../../../src/demo/pages';
import { GLAVA_ID, GLAVA_SCREEN_NAME } from '../../../src/demo/people';
import type { DemoPost, DemoWorld } from '../../../src/demo/world-types';
import { createServices } from '../../../src/app/create-services';
import { latestOwnPosts } from '../../../src/data/wall';
import { createDemoBridge } from '../../../src/demo/fake-bridge';
import { createMemoryWebStorage } from '../../../src/demo/storage';
import type { VkApi } from '../../../src/vk/api-client';
import { VirtualClock } from '../../../src/vk/clock';
import { VkNetworkError } from '../../../src/vk/errors';
import { DEMO_NOW, demoServices } from '../demo-services';
import { z } from 'zod/mini';

const GROUP = HEAD_ID;
const PARTNER = 219000016;
const HOUR = 3600;

/** The head page's newest published giveaway post of the demo world. */
function giveawayPost(world: DemoWorld): DemoPost {
  const posts = (world.walls.get(GROUP) ?? []).filter(
    (p) => p.kind === 'giveaway' && p.state === 'published',
  );
  const post = posts.at(-1);
  if (!post) throw new Error('the demo head page has no giveaway post');
  return post;
}

/** Reproducible "random" bytes: SHA-256 of a counter. */
function seededRandom(seed: number): (bytes: number) => Uint8Array {
  let n = 0;
  return (bytes) => {
    const out = new Uint8Array(bytes);
    for (let i = 0; i < bytes; i += 32) out.set(sha256(`seed-${seed}-${n++}`).slice(0, bytes - i), i);
    return out;
  };
}

function adminWorld(seed = 1) {
  const { services, bridge, clock } = demoServices('role=admin');
  const post = giveawayPost(bridge.world);
  const postRef = `${post.ownerId}_${post.id}`;
  const deps: GiveawayDeps = { ...giveawayDeps(services, GROUP), random: seededRandom(seed) };
  return { services, bridge, clock, post, postRef, deps };
}

function draft(conditions: GiveawayConditions, postRef: string | null): GiveawayDraft {
  return {
    prize: 'Термокружка с гербом округа',
    drawAt: DEMO_NOW + HOUR,
    winners: 3,
    reserves: 2,
    conditions,
    blacklist: [],
    postRef,
  };
}

/**
 * The organiser prepares the announcement (it shows the code), publishes it and binds it. VK's wall
 * cannot be posted to from here: the demo's giveaway post stands in, its text replaced by the
 * announcement, as if published with it (so the code counts from the post's date).
 */
async function startAnnounced(
  w: ReturnType<typeof adminWorld>,
  conditions: GiveawayConditions,
): Promise<GiveawayRecord> {
  const draftRecord = await createGiveaway(w.deps, GROUP, draft(conditions, null));
  const { terms } = draftRecord;
  w.post.text = announcementText({
    terms,
    commitment: draftRecord.commitment,
    link: giveawayLink(w.deps.appId, GROUP, terms.id, null),
    pageName: 'Администрация',
    timeZone: 'Europe/Moscow',
  });
  return bindPost(w.deps, draftRecord, w.postRef);
}

/** The community's own comments under the post, as the world holds them. */
function communityComments(bridge: DemoBridge, post: DemoPost) {
  return commentsOf(bridge.world, post).filter((c) => c.fromId === -GROUP);
}

const TAGGERS: GiveawayConditions = { member: true, like: false, repost: false, minTags: 2, partners: [] };
const MEMBERS_ONLY: GiveawayConditions = {
  member: true,
  like: false,
  repost: false,
  minTags: null,
  partners: [],
};

describe('a giveaway over the demo world', () => {
  it('commits, refuses an early draw, then draws and publishes a result anyone can verify', async () => {
    const world = adminWorld();
    const { services, bridge, clock, post, postRef, deps } = world;
    const record = await startAnnounced(world, TAGGERS);
    expect(record.commitmentCommentId).toBeGreaterThan(0);
    expect(record.postRef).toBe(postRef);
    expect(phaseOf(record, DEMO_NOW)).toBe('open');

    const own = communityComments(bridge, post);
    const commitmentComment = own.find((c) => c.id === record.commitmentCommentId);
    expect(parseCommitmentComment(commitmentComment?.text ?? '')).toEqual({
      terms: record.terms,
      commitment: record.commitment,
    });
    const committed = await findPublishedGiveaway(services.api, {
      groupId: GROUP,
      id: record.terms.id,
      postRef,
    });
    expect(committed).toMatchObject({
      terms: record.terms,
      commitment: record.commitment,
      postRef,
      announcedAt: post.date,
      committedAt: DEMO_NOW,
      shownByPost: true,
      result: null,
    });

    await expect(drawGiveaway(deps, record)).rejects.toMatchObject({ kind: 'too-early' });
    expect(communityComments(bridge, post)).toHaveLength(own.length);

    clock.advance((HOUR + 60) * 1000);
    const progress: string[] = [];
    const drawn = await drawGiveaway(deps, record, (p) => progress.push(p.stage));
    expect(progress).toEqual(
      expect.arrayContaining(['comments', 'managers', 'members', 'accounts', 'publishing']),
    );
    expect(phaseOf(drawn, DEMO_NOW + 2 * HOUR)).toBe('done');
    expect(drawn.result?.listKept).toBe(false);
    expect(await createGiveawayStore(deps.storage).get(record.terms.id)).toEqual(drawn);

    const evidence = await gatherEvidence(services.api, {
      groupId: GROUP,
      postRef,
      conditions: TAGGERS,
      blacklist: [],
      withManagers: true,
    });
    const expected = eligibleParticipants(TAGGERS, evidence).participants;
    expect(expected.length).toBeGreaterThan(3);

    const found = await findPublishedGiveaway(services.api, { groupId: GROUP, id: record.terms.id, postRef });
    const result = found?.result;
    if (!found || !result) throw new Error('the result was not found');
    expect(result.participants).toEqual(expected);
    expect(result.listProblem).toBeNull();
    expect(result.participantsCount).toBe(expected.length);
    expect({ winners: result.winners, reserves: result.reserves }).toEqual({
      winners: drawn.result?.winners,
      reserves: drawn.result?.reserves,
    });
    expect(result.winners).toHaveLength(3);
    for (const id of [...result.winners, ...result.reserves]) expect(expected).toContain(id);

    const input = publishedDrawInput(found);
    // The code counts from the post's date (the post shows it); the comment with the terms came later.
    expect(input).toMatchObject({ announcedAt: post.date, committedAt: post.date, termsAt: DEMO_NOW });
    const verdict = verifyPublished(input!);
    expect(verdict.checks.filter((c) => c.ok !== true)).toEqual([]);
    expect(verdict.valid).toBe(true);
    // Had the post not shown the code, the late commitment comment would fail the timing check.
    const unshown = verifyPublished(publishedDrawInput({ ...found, shownByPost: false })!);
    expect(unshown.checks.find((c) => c.key === 'timing')?.ok).toBe(false);
    expect(unshown.valid).toBe(false);

    // Drawing a drawn giveaway again only resumes publishing: nothing new appears.
    const before = communityComments(bridge, post).length;
    await drawGiveaway(deps, drawn);
    expect(communityComments(bridge, post)).toHaveLength(before);

    const listed = await listPublishedGiveaways(services.api, GROUP, { now: DEMO_NOW + 2 * HOUR });
    const item = listed.find((g) => g.terms.id === record.terms.id);
    expect(item?.result).toMatchObject({ winners: result.winners, participants: null });
  });

  it('resumes a draw interrupted after the result comment without re-drawing or doubling comments', async () => {
    const world = adminWorld(2);
    const { services, bridge, clock, post, postRef, deps } = world;
    const record = await startAnnounced(world, MEMBERS_ONLY);
    clock.advance((HOUR + 60) * 1000);

    // The second list reply reaches VK but its answer is lost; the draw stops there.
    let replies = 0;
    const flaky: VkApi = {
      ...services.api,
      call: async (req) => {
        const isReply = req.method === 'wall.createComment' && req.params?.['reply_to_comment'] !== undefined;
        if (isReply && ++replies === 2) {
          await services.api.call(req);
          throw new VkNetworkError({ method: req.method, reason: 'the answer was lost' });
        }
        return services.api.call(req);
      },
    };
    await expect(drawGiveaway({ ...deps, api: flaky }, record)).rejects.toBeInstanceOf(VkNetworkError);

    const stored = await createGiveawayStore(deps.storage).get(record.terms.id);
    if (!stored?.result) throw new Error('the draw was not saved before publishing');
    expect(stored.result.resultCommentId).toBeGreaterThan(0);
    expect(stored.result.listRepliesPosted).toBe(1);
    expect(stored.result.listRepliesTotal).toBeGreaterThan(2);
    expect(phaseOf(stored, DEMO_NOW + 2 * HOUR)).toBe('publishing');
    // The list waits in parts under their own keys, so saving progress rewrites only the small record.
    const store = createGiveawayStore(deps.storage);
    const total = stored.result.listRepliesTotal;
    expect(stored.result).toMatchObject({ listKept: true, listLayout: 'parts' });
    for (let part = 1; part <= total; part++)
      expect(await store.getPart(record.terms.id, part)).toMatch(/^[0-9a-z,]+$/);

    const done = await drawGiveaway(deps, stored);
    for (let part = 1; part <= total + 1; part++)
      expect(await store.getPart(record.terms.id, part)).toBeNull();
    expect(done.result).toMatchObject({
      winners: stored.result.winners,
      reserves: stored.result.reserves,
      listHash: stored.result.listHash,
      listRepliesPosted: stored.result.listRepliesTotal,
      listKept: false,
    });

    const own = communityComments(bridge, post);
    expect(own.filter((c) => parseResultComment(c.text) !== null)).toHaveLength(1);
    const parts = own.map((c) => parseListReply(c.text)?.part).filter((p) => p !== undefined);
    expect(parts.sort((a, b) => a - b)).toEqual(
      Array.from({ length: stored.result.listRepliesTotal }, (_, i) => i + 1),
    );
    const found = await findPublishedGiveaway(services.api, { groupId: GROUP, id: record.terms.id, postRef });
    expect(found?.result?.participants).toHaveLength(stored.result.participantsCount);
    expect(found?.result?.listProblem).toBeNull();
  });

  it('refuses a draft without conditions and a post of another wall', async () => {
    const { deps } = adminWorld();
    const none = { member: false, like: false, repost: false, minTags: null, partners: [] };
    await expect(createGiveaway(deps, GROUP, draft(none, null))).rejects.toMatchObject({
      kind: 'no-conditions',
    });
    await expect(createGiveaway(deps, GROUP, draft(TAGGERS, `-${PARTNER}_1`))).rejects.toMatchObject({
      kind: 'post-not-own',
    });
    await expect(createGiveaway(deps, GROUP, draft(TAGGERS, `-${GROUP}_1`))).rejects.toMatchObject({
      kind: 'post-not-found',
    });
  });

  it('refuses a post older than 30 minutes that does not show the code, and saves nothing', async () => {
    const { bridge, post, postRef, deps } = adminWorld();
    expect(DEMO_NOW - post.date).toBeGreaterThan(1800);
    const before = commentsOf(bridge.world, post).length;
    await expect(createGiveaway(deps, GROUP, draft(TAGGERS, postRef))).rejects.toMatchObject({
      kind: 'post-too-old',
    });
    expect(await createGiveawayStore(deps.storage).list()).toEqual([]);

    // A draft bound later: refused too, and the draft stays free for a new post.
    const record = await createGiveaway(deps, GROUP, draft(TAGGERS, null));
    await expect(bindPost(deps, record, postRef)).rejects.toMatchObject({ kind: 'post-too-old' });
    expect(await createGiveawayStore(deps.storage).get(record.terms.id)).toEqual(record);
    // A draft stuck on that post after an interrupted bind is freed as well.
    const stuck = { ...record, postRef };
    await createGiveawayStore(deps.storage).save(stuck);
    await expect(bindPost(deps, stuck, postRef)).rejects.toMatchObject({ kind: 'post-too-old' });
    expect((await createGiveawayStore(deps.storage).get(record.terms.id))?.postRef).toBeNull();
    expect(commentsOf(bridge.world, post)).toHaveLength(before);
  });
});

describe('a giveaway on a fresh post (the commitment comment within 30 minutes)', () => {
  // The demo head page's newest post of seed 1 is dated 2026-11-18 10:21:25 (Moscow).
  const NOW_ISO = '2026-11-18T10:30:00+03:00';
  const NOW = Date.parse(NOW_ISO) / 1000;

  function freshWorld() {
    const clock = new VirtualClock(NOW * 1000);
    const bridge = createDemoBridge({
      search: `?demo=1&now=${encodeURIComponent(NOW_ISO)}&role=admin`,
      storage: createMemoryWebStorage(),
      clock,
    });
    const services = createServices({
      bridge,
      launchSearch: bridge.launchSearch(),
      clock,
      demoLabel: 'demo',
    });
    const deps: GiveawayDeps = { ...giveawayDeps(services, GROUP), random: seededRandom(7) };
    return { services, bridge, clock, deps };
  }

  it('binds the newest post, draws after the draw time and verifies, dates and all', async () => {
    const { services, clock, deps } = freshWorld();
    const [newest] = await latestOwnPosts(services.api, GROUP);
    if (!newest) throw new Error('the demo page has no posts');
    expect(NOW - newest.date).toBeGreaterThan(0);
    expect(NOW - newest.date).toBeLessThan(1500);
    const record = await createGiveaway(deps, GROUP, {
      ...draft(MEMBERS_ONLY, newest.ref),
      drawAt: NOW + HOUR,
    });
    expect(phaseOf(record, NOW)).toBe('open');
    clock.advance((HOUR + 5) * 1000);
    await drawGiveaway(deps, record);

    const found = await findPublishedGiveaway(services.api, {
      groupId: GROUP,
      id: record.terms.id,
      postRef: newest.ref,
    });
    if (!found?.result) throw new Error('the result was not found');
    expect(found).toMatchObject({ announcedAt: newest.date, committedAt: NOW, shownByPost: false });
    expect(found.result.publishedAt).toBeGreaterThanOrEqual(record.terms.drawAt);
    const verdict = verifyPublished(publishedDrawInput(found)!);
    expect(verdict.checks.filter((c) => c.ok !== true)).toEqual([]);
    expect(verdict.valid).toBe(true);
  });

  it('stops binding the post 25 minutes after it (5 minutes kept for a slow clock)', async () => {
    const { services, clock, deps } = freshWorld();
    const [newest] = await latestOwnPosts(services.api, GROUP);
    if (!newest) throw new Error('the demo page has no posts');
    clock.advance((newest.date + 1501 - NOW) * 1000);
    await expect(
      createGiveaway(deps, GROUP, { ...draft(MEMBERS_ONLY, newest.ref), drawAt: NOW + 2 * HOUR }),
    ).rejects.toMatchObject({ kind: 'post-too-old' });
  });
});

describe("a subscriber's own checklist", () => {
  const terms: GiveawayTerms = {
    id: 'checklist_01',
    groupId: GROUP,
    prize: 'Приз',
    drawAt: DEMO_NOW + HOUR,
    winners: 1,
    reserves: 0,
    conditions: { member: true, like: true, repost: true, minTags: 2, partners: [PARTNER] },
  };

  it("reads a member viewer's likes, repost, membership and tags", async () => {
    const { services, bridge } = demoServices('role=member');
    const world = bridge.world;
    const post = giveawayPost(world);
    const postRef = `${post.ownerId}_${post.id}`;
    const userId = services.launch.userId;
    // The demo's member viewer is the head of the district, the one user with a screen name: their
    // own @name resolves to themselves and does not count, nor does the community mention.
    expect(userId).toBe(GLAVA_ID);
    const [friend = 0, other = 0] = likersOf(world, post).filter((id) => id > 0 && id !== userId);
    await services.api.call({
      method: 'wall.createComment',
      scopes: ['wall'],
      params: {
        owner_id: post.ownerId,
        post_id: post.id,
        message: `Участвую! [id${friend}|Друг], @id${other}, @${GLAVA_SCREEN_NAME} и [club${PARTNER}|ДК]`,
      },
      schema: z.looseObject({ comment_id: z.number() }),
    });

    const status = await fetchMyStatus(services.api, { terms, postRef, userId });
    const met = Object.fromEntries(status.conditions.map((c) => [c.key, c.met]));
    expect(met).toEqual({
      member: true,
      like: likersOf(world, post).includes(userId),
      repost: repostersOf(world, post).includes(userId),
      tags: true,
      partner: isMember(world, PARTNER, userId),
    });
    expect(status.tagged).toBe(2);
    expect(status.conditions.find((c) => c.key === 'tags')).toMatchObject({ have: 2, need: 2 });
    expect(status.excluded).toBeNull();
    expect(status.eligible).toBe(Object.values(met).every(Boolean));
  });

  it('shows a non-member viewer the subscription as unmet and nothing tagged', async () => {
    const { services, bridge } = demoServices('role=none');
    const post = giveawayPost(bridge.world);
    const postRef = `${post.ownerId}_${post.id}`;
    const userId = services.launch.userId;
    expect(isMember(bridge.world, GROUP, userId)).toBe(false);
    const status = await fetchMyStatus(services.api, { terms, postRef, userId });
    expect(status.conditions.find((c) => c.key === 'member')?.met).toBe(false);
    expect(status.conditions.find((c) => c.key === 'tags')).toMatchObject({ met: false, have: 0, need: 2 });
    expect(status.tagged).toBe(0);
    expect(status.eligible).toBe(false);
  });
});

describe("today's list against the published one", () => {
  it('names who left and who joined since the draw', async () => {
    const conditions: GiveawayConditions = {
      member: true,
      like: true,
      repost: false,
      minTags: null,
      partners: [],
    };
    const w = adminWorld(3);
    const { services, bridge, clock, post, postRef, deps } = w;
    let record: GiveawayRecord = await startAnnounced(w, conditions);
    clock.advance((HOUR + 60) * 1000);
    record = await drawGiveaway(deps, record);
    const published = await findPublishedGiveaway(services.api, {
      groupId: GROUP,
      id: record.terms.id,
      postRef,
    });
    const list = published?.result?.participants;
    if (!published || !list) throw new Error('no published list');

    const world = bridge.world;
    const leaver = list[0] ?? 0;
    const joiner =
      likersOf(world, post).find(
        (id) => id > 0 && !isMember(world, GROUP, id) && userOf(world, id)?.deactivated === null,
      ) ?? 0;
    expect(joiner).toBeGreaterThan(0);
    world.state.left.set(GROUP, new Set([leaver]));
    world.state.joined.set(GROUP, new Set([joiner]));

    const report = await rebuildToday(services.api, published);
    expect(report.left).toEqual([leaver]);
    expect(report.joined).toContain(joiner);
    // The public rebuild does not know the managers: any other newcomer is one of them.
    const managers = new Set(world.pageById.get(GROUP)?.managers.map((m) => m.id));
    for (const id of report.joined) if (id !== joiner) expect(managers.has(id)).toBe(true);
    expect(report.todayCount).toBe(list.length - 1 + report.joined.length);
  });
});
