// The organiser's view over the simulated VK (issue 16, part 4): the live count before the draw is the
// draw's own count, the draw keeps its funnel, and a prize passed to a reserve is saved, said once in
// the result's thread (surviving a failed reply) and leaves the published result verifiable.
import { describe, expect, it } from 'vitest';
import {
  eligibleParticipants,
  giveawayFunnel,
  parseHandoverComment,
  verifyPublished,
  type GiveawayConditions,
} from '../../../src/core/giveaway';
import {
  checkConditionsNow,
  createGiveawayStore,
  drawGiveaway,
  findPublishedGiveaway,
  gatherEvidence,
  passPrize,
  publishHandovers,
  publishedDrawInput,
  type GiveawayRecord,
} from '../../../src/data/giveaway';
import { commentsOf } from '../../../src/demo/crowd';
import type { VkApi } from '../../../src/vk/api-client';
import { VkNetworkError } from '../../../src/vk/errors';
import { DEMO_NOW } from '../demo-services';
import { drawnGiveaway, GROUP, HOUR, openGiveaway } from './open-giveaway';
const LIKERS_WHO_TAG: GiveawayConditions = {
  member: true,
  like: true,
  repost: false,
  minTags: 1,
  partners: [],
};
const TAGGERS: GiveawayConditions = { member: true, like: false, repost: false, minTags: 2, partners: [] };

describe('the organiser’s count and funnel', () => {
  it('counts before the draw exactly what a draw now would take, and keeps the funnel of the draw', async () => {
    const { services, clock, deps, postRef, record } = await openGiveaway(LIKERS_WHO_TAG);
    const stages: string[] = [];
    const live = await checkConditionsNow(deps, record, (p) => stages.push(p.stage));
    expect(stages).toEqual(expect.arrayContaining(['comments', 'likes', 'managers', 'members', 'accounts']));
    expect(live.checkedAt).toBeGreaterThanOrEqual(DEMO_NOW);
    const evidence = await gatherEvidence(services.api, {
      groupId: GROUP,
      postRef,
      conditions: LIKERS_WHO_TAG,
      blacklist: [],
      withManagers: true,
    });
    expect(live.funnel).toEqual(giveawayFunnel(LIKERS_WHO_TAG, evidence));
    expect(live.funnel.participants).toBe(eligibleParticipants(LIKERS_WHO_TAG, evidence).participants.length);
    expect(live.funnel.steps.map((s) => s.key)).toEqual(['like', 'comment', 'tags', 'member']);
    // Most likers never commented: the funnel says where the people went.
    expect(live.funnel.steps[1]!.failed).toBeGreaterThan(100);
    expect(live.funnel.checked).toBeGreaterThan(live.funnel.participants);

    clock.advance((HOUR + 60) * 1000);
    const drawn = await drawGiveaway(deps, record);
    const result = drawn.result!;
    expect(result.funnel?.participants).toBe(result.participantsCount);
    expect(await createGiveawayStore(deps.storage).get(record.terms.id)).toEqual(drawn);
  });
});

describe('passing a prize to a reserve', () => {
  async function drawn() {
    const opened = await drawnGiveaway(TAGGERS);
    expect(opened.record.result?.winners).toHaveLength(2);
    expect(opened.record.result?.reserves).toHaveLength(2);
    return opened;
  }

  it('goes to the reserves in published order, each said once under the result, and still verifies', async () => {
    const { services, bridge, deps, post, postRef, record } = await drawn();
    const { winners, reserves, resultCommentId } = record.result!;
    const [w1, w2] = winners as [number, number];
    const [r1, r2] = reserves as [number, number];

    const first = await passPrize(deps, record, w2, 'Не ответил за 3 дня');
    expect(first.result?.handovers).toEqual([
      {
        from: w2,
        to: r1,
        reason: 'Не ответил за 3 дня',
        at: expect.any(Number),
        commentId: expect.any(Number),
      },
    ]);
    // The receiver can pass it on too; the next is the second reserve.
    const second = await passPrize(deps, first, r1, 'Отказался');
    expect(second.result?.handovers?.map((h) => [h.from, h.to])).toEqual([
      [w2, r1],
      [r1, r2],
    ]);
    await expect(passPrize(deps, second, w1, 'Не ответил')).rejects.toMatchObject({ kind: 'no-reserve' });
    expect(await createGiveawayStore(deps.storage).get(record.terms.id)).toEqual(second);

    const replies = commentsOf(bridge.world, post).filter(
      (c) => c.fromId === -GROUP && c.threadId === resultCommentId && parseHandoverComment(c.text),
    );
    expect(replies.map((c) => parseHandoverComment(c.text))).toEqual([
      { id: record.terms.id, from: w2, to: r1 },
      { id: record.terms.id, from: r1, to: r2 },
    ]);
    expect(replies[0]!.text).toContain('Причина: Не ответил за 3 дня');
    expect(replies[0]!.text).toContain('резерв №1');

    const found = await findPublishedGiveaway(services.api, { groupId: GROUP, id: record.terms.id, postRef });
    expect(found?.result?.listProblem).toBeNull();
    expect(verifyPublished(publishedDrawInput(found!)!).valid).toBe(true);
  });

  it('keeps the reason when the reply fails and publishes it once on retry', async () => {
    const { services, bridge, deps, post, record } = await drawn();
    const failing: VkApi = {
      ...services.api,
      call: (req) =>
        req.method === 'wall.createComment'
          ? Promise.reject(new VkNetworkError({ method: req.method, reason: 'offline' }))
          : services.api.call(req),
    };
    const winner = record.result!.winners[0]!;
    await expect(
      passPrize({ ...deps, api: failing }, record, winner, 'Не выходит на связь'),
    ).rejects.toBeInstanceOf(VkNetworkError);
    const kept = (await createGiveawayStore(deps.storage).get(record.terms.id)) as GiveawayRecord;
    expect(kept.result?.handovers).toEqual([
      expect.objectContaining({ from: winner, reason: 'Не выходит на связь', commentId: null }),
    ]);

    const published = await publishHandovers(deps, kept);
    expect(published.result?.handovers?.[0]?.commentId).toBeGreaterThan(0);
    await publishHandovers(deps, published);
    const said = commentsOf(bridge.world, post).filter((c) => parseHandoverComment(c.text));
    expect(said).toHaveLength(1);
  });
});
