// The monitoring-grade ER's data layer over the simulated VK: the lists it reads must be the posts'
// actual audiences (as long as their counters), the inactive accounts exactly the deleted or banned
// ones, the managers read only for a manager, and the whole read cheap enough to batch.
import { describe, expect, it } from 'vitest';
import { computeEr } from '../../../src/core/er';
import { computeMonitoringEr, postRefOf } from '../../../src/core/monitoring';
import type { Post } from '../../../src/core/types';
import { MONITORING_LIKES_CAP, fetchMonitoringInput } from '../../../src/data/monitoring';
import { fetchPageSnapshot } from '../../../src/data/page-snapshot';
import { GIVEAWAY_BENCH_PAGE_ID, GIVEAWAY_BENCH_POST_ID } from '../../../src/demo/bench-page';
import { LEADERBOARD_BENCH_PAGE_ID } from '../../../src/demo/leaderboard-bench';
import { HEAD_ID } from '../../../src/demo/pages';
import { person } from '../../../src/demo/people';
import { DEMO_NOW, demoServices } from '../demo-services';

async function sampleOf(query: string, groupId: number) {
  const { services } = demoServices(query);
  const snapshot = await fetchPageSnapshot(services.api, groupId, {
    now: DEMO_NOW,
    timeZone: 'Europe/Moscow',
    withStats: false,
    withPostponed: false,
  });
  return { api: services.api, er: computeEr(snapshot.posts, { now: DEMO_NOW }) };
}

describe('fetchMonitoringInput', () => {
  it("reads every sampled post's likers, reposters and commenters, and flags the inactive ones", async () => {
    const { api, er } = await sampleOf('role=admin', HEAD_ID);
    expect(er.posts).toHaveLength(5);
    const before = api.stats();
    const input = await fetchMonitoringInput(api, { groupId: HEAD_ID, posts: er.posts, canManage: true });
    const after = api.stats();

    expect(input.groupId).toBe(HEAD_ID);
    expect([...input.audiences.keys()]).toEqual(er.posts.map(postRefOf));
    for (const post of er.posts) {
      const audience = input.audiences.get(postRefOf(post))!;
      expect(audience.likers).toHaveLength(post.likes);
      expect(audience.reposters).toHaveLength(post.reposts);
      expect(audience.commenters).toHaveLength(post.comments);
      expect(audience.complete).toBe(true);
    }
    // The head page answers some comments itself: the data must carry them as the community's id.
    const commenters = [...input.audiences.values()].flatMap((a) => a.commenters);
    expect(commenters).toContain(-HEAD_ID);

    const actors = new Set(
      [...input.audiences.values()].flatMap((a) => [...a.likers, ...a.reposters, ...a.commenters]),
    );
    const expectedInactive = [...actors].filter((id) => id > 0 && person(1, id)?.deactivated);
    expect(expectedInactive.length).toBeGreaterThan(0);
    expect([...input.inactive].sort()).toEqual(expectedInactive.sort());
    expect(input.managers).not.toBeNull();
    expect(input.managers!.length).toBeGreaterThan(0);

    // The lists and the managers share one execute; users.get follows in a second.
    expect(after.requests - before.requests).toBe(2);

    const monitoring = computeMonitoringEr(er, input);
    expect(monitoring.complete).toBe(true);
    expect(monitoring.differences.map((d) => d.kind)).toContain('community-comments');
    expect(monitoring.reactions).toBeLessThan(er.reactions);
  });

  it('leaves the managers unknown for a viewer who does not manage the page', async () => {
    const { api, er } = await sampleOf('role=member', HEAD_ID);
    const input = await fetchMonitoringInput(api, { groupId: HEAD_ID, posts: er.posts, canManage: false });
    expect(input.managers).toBeNull();
    expect(input.audiences.size).toBe(er.posts.length);
  });

  it('reads five posts of several hundred reactions each in at most four requests', async () => {
    const { api, er } = await sampleOf('role=admin&lbbench=1', LEADERBOARD_BENCH_PAGE_ID);
    expect(er.posts).toHaveLength(5);
    expect(er.posts.every((p) => p.likes + p.comments + p.reposts >= 300)).toBe(true);
    const before = api.stats().requests;
    const input = await fetchMonitoringInput(api, {
      groupId: LEADERBOARD_BENCH_PAGE_ID,
      posts: er.posts,
      canManage: true,
    });
    expect(api.stats().requests - before).toBeLessThanOrEqual(4);
    expect([...input.audiences.values()].every((a) => a.complete)).toBe(true);
  });

  it('marks a list cut at the cap as incomplete', async () => {
    const { services } = demoServices('role=admin&bench=1');
    const post: Post = {
      id: GIVEAWAY_BENCH_POST_ID,
      ownerId: -GIVEAWAY_BENCH_PAGE_ID,
      date: DEMO_NOW - 3600,
      own: true,
      state: 'published',
      pinned: false,
      ads: false,
      likes: 20000,
      comments: 0,
      reposts: 0,
      views: 100000,
      text: '',
    };
    const input = await fetchMonitoringInput(services.api, {
      groupId: GIVEAWAY_BENCH_PAGE_ID,
      posts: [post],
      canManage: false,
    });
    const audience = input.audiences.get(postRefOf(post))!;
    expect(audience.likers).toHaveLength(MONITORING_LIKES_CAP);
    expect(audience.complete).toBe(false);
  });
});
