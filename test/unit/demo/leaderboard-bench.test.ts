// The leaderboard bench page: 20,000 members, 30 own posts in the current rating period with 500
// likes, 50 reposts and 40 comments each, older posts (one pinned) outside it; lazy; every other page
// and list of the world exactly as without the option.
import { describe, expect, it } from 'vitest';
import { commentsOf, likersOf, membersOf, repostersOf } from '../../../src/demo/crowd';
import { LB_BENCH_OLDER_POSTS, LB_BENCH_POSTS, benchPeriodStart } from '../../../src/demo/leaderboard-bench';
import { person } from '../../../src/demo/people';
import { LEADERBOARD_BENCH_PAGE_ID, generateWorld } from '../../../src/demo/world';
import { NOW } from './helpers';

describe('the leaderboard bench page', () => {
  it('has 30 active posts in the rating period and its lists agree with the counters', () => {
    const w = generateWorld({ seed: 1, now: NOW, leaderboardBench: true });
    expect([...w.cache.keys()].some((k) => k.includes(String(LEADERBOARD_BENCH_PAGE_ID)))).toBe(false);
    const wall = w.walls.get(LEADERBOARD_BENCH_PAGE_ID) ?? [];
    expect(wall).toHaveLength(LB_BENCH_POSTS + LB_BENCH_OLDER_POSTS);
    // NOW = 2025-06-10 12:00 MSK: the period began on 8 June.
    const start = benchPeriodStart(NOW);
    expect(start).toBe(Date.parse('2025-06-08T00:00:00+03:00') / 1000);
    const active = wall.filter((p) => p.date >= start);
    expect(active).toHaveLength(LB_BENCH_POSTS);
    expect(wall.filter((p) => p.pinned && p.date < start)).toHaveLength(1);
    const members = membersOf(w, LEADERBOARD_BENCH_PAGE_ID);
    expect(members).toHaveLength(20000);
    const memberSet = new Set(members);
    let outsiders = 0;
    let deleted = 0;
    let short = 0;
    let replies = 0;
    for (const p of active) {
      expect(p.date).toBeLessThanOrEqual(NOW);
      expect(new Set(likersOf(w, p)).size).toBe(500);
      expect(new Set(repostersOf(w, p)).size).toBe(50);
      const comments = commentsOf(w, p);
      expect(comments).toHaveLength(40);
      for (const c of comments) {
        expect(c.date).toBeGreaterThan(p.date);
        expect(c.date).toBeLessThanOrEqual(NOW);
        if (c.fromId > 0 && !memberSet.has(c.fromId)) outsiders++;
        if (person(w.seed, c.fromId)?.deactivated === 'deleted') deleted++;
        if (c.text.trim().length < 5) short++;
        if (c.threadId !== null) replies++;
      }
      outsiders += likersOf(w, p).filter((id) => !memberSet.has(id)).length;
    }
    expect(outsiders).toBeGreaterThan(100);
    expect(deleted).toBeGreaterThan(10);
    expect(short).toBeGreaterThan(10);
    expect(replies).toBeGreaterThan(100);
    const repeats = active.flatMap((p) => {
      const c = commentsOf(w, p).filter((x) => x.fromId > 0);
      return c.filter((x, i) =>
        c
          .slice(0, i)
          .some((y) => y.fromId === x.fromId && y.text.trim().toLowerCase() === x.text.trim().toLowerCase()),
      );
    });
    expect(repeats.length).toBeGreaterThan(10);
  });

  it('changes nothing else in the world', () => {
    const plain = generateWorld({ seed: 1, now: NOW });
    const w = generateWorld({ seed: 1, now: NOW, leaderboardBench: true });
    expect(w.pages.slice(0, plain.pages.length)).toEqual(plain.pages);
    for (const page of plain.pages) {
      const a = plain.walls.get(page.id) ?? [];
      expect(w.walls.get(page.id)).toEqual(a);
      expect([...membersOf(w, page.id)]).toEqual([...membersOf(plain, page.id)]);
      const last = a.filter((p) => p.state === 'published').at(-1);
      if (last) {
        expect(likersOf(w, last)).toEqual(likersOf(plain, last));
        expect(commentsOf(w, last)).toEqual(commentsOf(plain, last));
      }
    }
  });
});
