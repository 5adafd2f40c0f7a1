// The history's data layer over the simulated VK: three months of the head page's wall read in a few
// requests and completely, and the statistics' subscriptions matching the demo's daily figures.
import { describe, expect, it } from 'vitest';
import { computeHistory } from '../../../src/core/history/history';
import { historyMonths } from '../../../src/core/history/months';
import { fetchHistory, historyPostsFrom } from '../../../src/data/history/read-history';
import { fetchSubscriptionDays } from '../../../src/data/history/subscriptions';
import { statsOfDay } from '../../../src/demo/crowd';
import { dayOf } from '../../../src/demo/calendar';
import { HEAD_ID } from '../../../src/demo/pages';
import { TokenRefusedError } from '../../../src/vk/errors';
import { DEMO_NOW, demoServices } from '../demo-services';

describe('fetchHistory', () => {
  it("reads the head page's three months and its header in a few requests", async () => {
    const { services, bridge } = demoServices('role=admin');
    const before = services.api.stats();
    const progress: number[] = [];
    const data = await fetchHistory(services.api, HEAD_ID, {
      now: DEMO_NOW,
      onProgress: (p) => progress.push(p.read),
    });
    const requests = services.api.stats().requests - before.requests;

    const world = bridge.world;
    const published = (world.walls.get(HEAD_ID) ?? []).filter((p) => p.state === 'published');
    // Every published post of the window is read (the demo's wall starts on 1 August).
    expect(data.complete).toBe(true);
    expect(data.posts.map((p) => p.id).sort((a, b) => a - b)).toEqual(
      published.map((p) => p.id).sort((a, b) => a - b),
    );
    expect(data.page.name).toBe('Администрация Лесногорского муниципального округа');
    expect(data.postsFrom).toBe(historyPostsFrom(DEMO_NOW));
    // One execute for the header and the first page, then one request per further page of 100.
    expect(requests).toBe(Math.ceil(published.length / 100));
    expect(progress.at(-1)).toBe(published.length);
    console.log(`[history] head page: ${published.length} posts, ${requests} requests`);
  });

  it('sums the subscriptions of the statistics by month and back-calculates the members', async () => {
    const { services, bridge } = demoServices('role=admin');
    const data = await fetchHistory(services.api, HEAD_ID, { now: DEMO_NOW });
    const days = await fetchSubscriptionDays(services.api, HEAD_ID, {
      from: data.postsFrom,
      to: DEMO_NOW,
    });
    const world = bridge.world;
    const expectedDays = [];
    for (let day = dayOf(data.postsFrom); day <= dayOf(DEMO_NOW); day++) {
      const row = statsOfDay(world, HEAD_ID, day);
      if (row) expectedDays.push(row);
    }
    expect(days).toHaveLength(expectedDays.length);
    const net = (rows: { subscribed: number; unsubscribed: number }[]) =>
      rows.reduce((s, r) => s + r.subscribed - r.unsubscribed, 0);
    expect(net(days)).toBe(net(expectedDays));

    const history = computeHistory({
      posts: data.posts,
      category: 'active',
      now: DEMO_NOW,
      membersToday: data.page.membersCount,
      subscriptionDays: days,
    });
    const members = history.members!;
    expect(members.map((m) => m.month)).toEqual(historyMonths(DEMO_NOW, 'Europe/Moscow'));
    expect(members.at(-1)!.atEnd).toBe(data.page.membersCount);
    // The first month's start is today's count minus every day's net in the window.
    expect(members[0]!.atStart).toBe(data.page.membersCount! - net(expectedDays));
  });

  it('says the right was refused when the viewer declines stats', async () => {
    const { services } = demoServices('role=admin&deny=stats');
    await expect(
      fetchSubscriptionDays(services.api, HEAD_ID, { from: DEMO_NOW - 86400 * 3, to: DEMO_NOW }),
    ).rejects.toBeInstanceOf(TokenRefusedError);
  });
});
