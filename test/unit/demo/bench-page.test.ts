// The giveaway bench page: 50,000 members, one giveaway post with 5,000 comments, 20,000 likes and 50
// reposts; users beyond the pool only in its world; lazy and quick; every other page unchanged.
import { describe, expect, it } from 'vitest';
import {
  commentsOf,
  isMember,
  likersOf,
  membersOf,
  repostersOf,
  userByScreenName,
  userOf,
} from '../../../src/demo/crowd';
import { EXTENDED_BASE } from '../../../src/demo/people';
import { GIVEAWAY_BENCH_PAGE_ID, GIVEAWAY_BENCH_POST_REF, generateWorld } from '../../../src/demo/world';
import type { DemoPost, DemoWorld } from '../../../src/demo/world';
import { NOW, ok, rig } from './helpers';

const benchPost = (w: DemoWorld): DemoPost => {
  const post = w.walls.get(GIVEAWAY_BENCH_PAGE_ID)?.[0];
  if (!post) throw new Error('no bench post');
  return post;
};

describe('the giveaway bench page', () => {
  it('is built lazily and quickly', () => {
    const started = performance.now();
    const w = generateWorld({ seed: 1, now: NOW, giveawayBench: true });
    const post = benchPost(w);
    expect([...w.cache.keys()].some((k) => k.includes(String(GIVEAWAY_BENCH_PAGE_ID)))).toBe(false);
    expect(`${post.ownerId}_${post.id}`).toBe(GIVEAWAY_BENCH_POST_REF);
    const lists = performance.now();
    membersOf(w, GIVEAWAY_BENCH_PAGE_ID);
    likersOf(w, post);
    repostersOf(w, post);
    commentsOf(w, post);
    const done = performance.now();
    expect(done - lists).toBeLessThan(1000);
    expect(done - started).toBeLessThan(3000);
  });

  it('has the promised counts, with deleted and banned accounts, tags and threads', () => {
    const w = generateWorld({ seed: 1, now: NOW, giveawayBench: true });
    const post = benchPost(w);
    const page = w.pageById.get(GIVEAWAY_BENCH_PAGE_ID);
    expect(page?.managers.find((m) => m.id === w.viewerId)?.role).toBe('administrator');
    expect(post).toMatchObject({ state: 'published', kind: 'giveaway', fromId: -GIVEAWAY_BENCH_PAGE_ID });

    const members = membersOf(w, GIVEAWAY_BENCH_PAGE_ID);
    expect(members.length).toBe(50000);
    for (let i = 1; i < members.length; i++)
      if ((members[i] ?? 0) <= (members[i - 1] ?? 0)) throw new Error(`unsorted at ${i}`);
    expect(members.filter((id) => id >= EXTENDED_BASE).length).toBeGreaterThan(26000);
    const states = [...members].map((id) => userOf(w, id)?.deactivated ?? 'active');
    expect(states.filter((s) => s === 'deleted').length).toBeGreaterThan(500);
    expect(states.filter((s) => s === 'banned').length).toBeGreaterThan(200);
    for (const m of page?.managers ?? []) expect(isMember(w, GIVEAWAY_BENCH_PAGE_ID, m.id)).toBe(true);

    const likers = likersOf(w, post);
    expect(likers).toHaveLength(20000);
    expect(new Set(likers).size).toBe(20000);
    const outsiders = likers.filter((id) => !isMember(w, GIVEAWAY_BENCH_PAGE_ID, id)).length;
    expect(outsiders).toBeGreaterThan(0);
    expect(outsiders).toBeLessThan(2000);
    const reposters = repostersOf(w, post);
    expect(reposters).toHaveLength(50);
    expect(new Set(reposters).size).toBe(50);

    const comments = commentsOf(w, post);
    expect(comments).toHaveLength(5000);
    expect(new Set(comments.map((c) => c.id)).size).toBe(5000);
    const threads = comments.filter((c) => c.threadId !== null);
    expect(threads.length).toBeGreaterThan(400);
    for (const c of threads) expect(comments.find((t) => t.id === c.threadId)?.threadId).toBeNull();
    expect(comments.filter((c) => /\[id\d+\|/.test(c.text)).length).toBeGreaterThan(3000);
    expect(comments.filter((c) => /@lsn_fan\d+/.test(c.text)).length).toBeGreaterThan(50);
    expect(comments.filter((c) => /\*\w+/.test(c.text)).length).toBeGreaterThan(50);
    expect(comments.filter((c) => c.fromId === -GIVEAWAY_BENCH_PAGE_ID).length).toBeGreaterThan(20);
    // Thread replies that begin with VK's automatic mention of the user replied to.
    expect(
      threads.filter((c) => c.replyToUser !== null && c.text.startsWith(`[id${c.replyToUser}|`)).length,
    ).toBeGreaterThan(200);
    const authors = comments.filter((c) => c.fromId > 0).map((c) => c.fromId);
    expect(new Set(authors).size).toBeLessThan(authors.length);
    expect(authors.some((id) => !isMember(w, GIVEAWAY_BENCH_PAGE_ID, id))).toBe(true);
    expect(authors.some((id) => userOf(w, id)?.deactivated)).toBe(true);
    for (const c of comments) {
      expect(c.date).toBeGreaterThan(post.date);
      expect(c.date).toBeLessThanOrEqual(NOW);
    }
  });

  it('resolves the short addresses of users beyond the pool, only in its world', () => {
    const w = generateWorld({ seed: 1, now: NOW, giveawayBench: true });
    const plain = generateWorld({ seed: 1, now: NOW });
    const tagged = /@(lsn_fan\d+)/.exec(
      commentsOf(w, benchPost(w)).find((c) => /@lsn_fan/.test(c.text))?.text ?? '',
    );
    const name = tagged?.[1] ?? '';
    const id = userByScreenName(w, name);
    expect(id).not.toBeNull();
    expect(userOf(w, id ?? 0)?.screenName).toBe(name);
    expect(userByScreenName(plain, name)).toBeNull();
    expect(userOf(plain, EXTENDED_BASE)).toBeNull();
    expect(userOf(w, EXTENDED_BASE)).not.toBeNull();
  });

  it('leaves every other page and list of the world exactly as it was', () => {
    const plain = generateWorld({ seed: 1, now: NOW });
    const bench = generateWorld({ seed: 1, now: NOW, giveawayBench: true });
    expect(bench.pages.slice(0, -1)).toEqual(plain.pages);
    expect(bench.childIds).toEqual(plain.childIds);
    expect(bench.categories).toEqual(plain.categories);
    for (const page of plain.pages) {
      expect(bench.walls.get(page.id)).toEqual(plain.walls.get(page.id));
      expect([...membersOf(bench, page.id)]).toEqual([...membersOf(plain, page.id)]);
    }
    const posts = plain.walls.get(plain.headId)?.slice(-5) ?? [];
    for (const post of posts) {
      const twin = bench.walls.get(plain.headId)?.find((p) => p.id === post.id) as DemoPost;
      expect(likersOf(bench, twin)).toEqual(likersOf(plain, post));
      expect(commentsOf(bench, twin)).toEqual(commentsOf(plain, post));
    }
  });

  it('answers the API over the page: members, likes, comments, users beyond the pool', async () => {
    const r = rig({ world: generateWorld({ seed: 1, now: NOW, giveawayBench: true }) });
    const [owner, item] = GIVEAWAY_BENCH_POST_REF.split('_').map(Number);
    const members = ok(
      await r.call('groups.getMembers', { group_id: GIVEAWAY_BENCH_PAGE_ID, offset: 49500, count: 1000 }),
    ) as { count: number; items: number[] };
    expect(members.count).toBe(50000);
    expect(members.items).toHaveLength(500);
    const likes = ok(
      await r.call('likes.getList', { type: 'post', owner_id: owner ?? 0, item_id: item ?? 0, count: 1000 }),
    ) as { count: number; items: number[] };
    expect(likes).toMatchObject({ count: 20000 });
    expect(likes.items).toHaveLength(1000);
    const comments = ok(
      await r.call('wall.getComments', { owner_id: owner ?? 0, post_id: item ?? 0, count: 100 }),
    ) as { count: number; current_level_count: number };
    expect(comments.count).toBe(5000);
    expect(comments.current_level_count).toBeLessThan(5000);
    const users = ok(await r.call('users.get', { user_ids: members.items.slice(0, 3).join(',') })) as {
      first_name: string;
    }[];
    expect(users.map((u) => u.first_name)).not.toContain('');
  });
});
