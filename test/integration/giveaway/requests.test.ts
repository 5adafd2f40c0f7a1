// How many requests gathering a giveaway's participants costs, against the execute floor ⌈calls/25⌉.
import { describe, expect, it } from 'vitest';
import type { GiveawayConditions } from '../../../src/core/giveaway';
import { gatherEvidence } from '../../../src/data/giveaway';
import { HEAD_ID } from '../../../src/demo/pages';
import { EXECUTE_MAX_CALLS } from '../../../src/vk/limits';
import { GIVEAWAY_SCENARIOS, measureGather } from '../../../scripts/bench/giveaway';
import { demoServices } from '../demo-services';

const floor = (calls: number) => Math.ceil(calls / EXECUTE_MAX_CALLS);

describe('gathering requests', () => {
  it.each(GIVEAWAY_SCENARIOS)(
    'stays within 1.2× the execute floor on the bench giveaway post ($key)',
    async ({ key, conditions }) => {
      const r = await measureGather(key, conditions);
      expect(r.calls).toBeGreaterThan(50);
      expect(r.floorRequests).toBe(floor(r.calls));
      expect(r.requests).toBeLessThanOrEqual(1.2 * r.floorRequests);
      expect(r.participants).toBeGreaterThan(0);
    },
  );

  it('costs one request per dependent step on a small demo giveaway post', async () => {
    const { services, bridge } = demoServices('role=admin');
    const post = (bridge.world.walls.get(HEAD_ID) ?? []).filter((p) => p.kind === 'giveaway').at(-1);
    if (!post) throw new Error('no giveaway post');
    const conditions: GiveawayConditions = {
      member: true,
      like: true,
      repost: true,
      minTags: 1,
      partners: [],
    };
    await gatherEvidence(services.api, {
      groupId: HEAD_ID,
      postRef: `${post.ownerId}_${post.id}`,
      conditions,
      blacklist: [],
      withManagers: true,
    });
    const { requests, calls } = services.api.stats();
    // Comments, likes, reposts, managers and members_count together; the remaining comment pages;
    // then membership and accounts of the candidates: 3 rounds, each one execute at this size.
    expect(calls).toBeGreaterThan(requests);
    expect(requests).toBeLessThanOrEqual(3);
  });
});
