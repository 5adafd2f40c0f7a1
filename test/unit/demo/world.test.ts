// The demo world: determinism, the district's pages and their special roles, realistic ranges, and
// the consistency of every derived list (members, likers, reposters, comments) with the counts.
import { describe, expect, it } from 'vitest';
import {
  commentsOf,
  isMember,
  likersOf,
  membersOf,
  repostersOf,
  statsOfDay,
  userOf,
} from '../../../src/demo/crowd';
import { findGroup } from '../../../src/demo/api-support';
import { dayOf, dayStart, generateWorld, windowStartDay } from '../../../src/demo/world';
import type { DemoPost, DemoWorld } from '../../../src/demo/world';
import { NOW, ownPosts, published } from './helpers';

const world = generateWorld({ seed: 1, now: NOW });
const district = world.pages.filter((p) => p.district);

function snapshot(w: DemoWorld) {
  return { pages: w.pages, walls: [...w.walls.entries()], categories: w.categories, special: w.special };
}

function er(posts: readonly DemoPost[]): number {
  const views = posts.reduce((s, p) => s + p.views, 0);
  const reactions = posts.reduce((s, p) => s + p.likes + p.comments + p.reposts, 0);
  return views === 0 ? 0 : (100 * reactions) / views;
}

/** Own posts per assessment period (days 1–7, 8–14, 15–21, 22–28, Moscow time) of a month. */
function periods(posts: readonly DemoPost[], year: number, month: number): number[] {
  const counts = [0, 0, 0, 0];
  for (const p of posts) {
    const d = new Date(dayOf(p.date) * 86400000);
    if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month) continue;
    const day = d.getUTCDate();
    if (day <= 28) counts[Math.floor((day - 1) / 7)] = (counts[Math.floor((day - 1) / 7)] ?? 0) + 1;
  }
  return counts;
}

/** The complete months of the window: [year, month] pairs before now's month. */
function completeMonths(now: number): [number, number][] {
  const first = new Date(windowStartDay(now) * 86400000);
  const out: [number, number][] = [];
  for (let i = 0; i < 3; i++) {
    const d = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + i, 1));
    out.push([d.getUTCFullYear(), d.getUTCMonth()]);
  }
  return out;
}

describe('determinism', () => {
  it('gives the identical world for the same seed and moment, lazy lists included', () => {
    const again = generateWorld({ seed: 1, now: NOW });
    expect(snapshot(again)).toEqual(snapshot(world));
    const post = ownPosts(world, world.headId).at(-10);
    const twin = ownPosts(again, again.headId).at(-10);
    if (!post || !twin) throw new Error('no posts');
    expect(likersOf(again, twin)).toEqual(likersOf(world, post));
    expect(commentsOf(again, twin)).toEqual(commentsOf(world, post));
    expect([...membersOf(again, 219000010)]).toEqual([...membersOf(world, 219000010)]);
  });

  it('gives a different world for a different seed (same page ids and names)', () => {
    const other = generateWorld({ seed: 2, now: NOW });
    expect(other.pages.map((p) => p.id)).toEqual(world.pages.map((p) => p.id));
    expect(snapshot(other).walls).not.toEqual(snapshot(world).walls);
    expect(other.pages.map((p) => p.membersCount)).not.toEqual(world.pages.map((p) => p.membersCount));
    expect([...membersOf(other, 219000010)]).not.toEqual([...membersOf(world, 219000010)]);
  });

  it('keeps the past when time moves on: same ids, dates and texts; counts only grow', () => {
    const later = generateWorld({ seed: 1, now: NOW + 2 * 86400 });
    const cutoff = NOW - 3 * 86400;
    const since = dayStart(windowStartDay(NOW) + 3);
    for (const page of district) {
      const before = published(world, page.id).filter((p) => p.date < cutoff && p.date > since && !p.pinned);
      const after = new Map(published(later, page.id).map((p) => [p.id, p]));
      for (const p of before) {
        const q = after.get(p.id);
        expect(q, `post ${p.id} of ${page.id}`).toBeDefined();
        if (!q) continue;
        expect([q.date, q.text, q.copyOf]).toEqual([p.date, p.text, p.copyOf]);
        expect(q.views).toBeGreaterThanOrEqual(p.views);
        expect(q.likes).toBeGreaterThanOrEqual(p.likes);
        expect(q.comments).toBeGreaterThanOrEqual(p.comments);
      }
    }
    // A scheduled post of today becomes a published post with the same id once its time has come.
    const scheduled = (world.walls.get(world.special.compliant) ?? []).find(
      (p) => p.state === 'postponed' && p.date < NOW + 86400,
    );
    if (!scheduled) throw new Error('no scheduled post for the next day');
    expect(later.walls.get(world.special.compliant)?.find((p) => p.id === scheduled.id)?.state).toBe(
      'published',
    );
  });

  it('rejects a non-finite seed or moment', () => {
    expect(() => generateWorld({ seed: Number.NaN, now: NOW })).toThrow(RangeError);
    expect(() => generateWorld({ seed: 1, now: Number.POSITIVE_INFINITY })).toThrow(RangeError);
  });
});

describe('the district', () => {
  it('has a head page and ~25 subordinate pages, each with a unique name and address', () => {
    expect(world.pages[0]?.id).toBe(world.headId);
    expect(district.length).toBeGreaterThanOrEqual(25);
    expect(new Set(district.map((p) => p.name)).size).toBe(district.length);
    expect(new Set(world.pages.map((p) => p.screenName)).size).toBe(world.pages.length);
    for (const p of district) {
      expect(p.membersCount).toBeGreaterThanOrEqual(150);
      expect(p.membersCount).toBeLessThanOrEqual(15000);
    }
    expect(district.map((p) => p.name).join('\n')).toMatch(
      /СОШ № 1[\s\S]*Детский сад № 5 "Солнышко"[\s\S]*Централизованная библиотечная система/,
    );
  });

  it('exposes categories as app data: 2 flagship (head among them), 3 business cards, the rest active', () => {
    const values = Object.values(world.categories);
    expect(Object.keys(world.categories).map(Number).sort()).toEqual(district.map((p) => p.id).sort());
    expect(values.filter((c) => c === 'flagship')).toHaveLength(2);
    expect(world.categories[world.headId]).toBe('flagship');
    expect(values.filter((c) => c === 'card')).toHaveLength(3);
    expect(values.filter((c) => c === 'active').length).toBe(district.length - 5);
  });

  it('has the demo viewer as administrator of the head page and of some subordinate pages', () => {
    const administered = district.filter((p) =>
      p.managers.some((m) => m.id === world.viewerId && m.role === 'administrator'),
    );
    expect(administered.map((p) => p.id)).toContain(world.headId);
    expect(administered.length).toBeGreaterThanOrEqual(3);
    expect(userOf(world, world.viewerId)).toMatchObject({
      firstName: 'Ирина',
      lastName: 'Соколова',
      deactivated: null,
    });
    for (const page of district) {
      expect(page.managers.filter((m) => m.role === 'creator')).toHaveLength(1);
      for (const m of page.managers) expect(isMember(world, page.id, m.id)).toBe(true);
    }
  });

  it('links most subordinate pages from the head page, plus an outside site and a user profile', () => {
    const head = world.pageById.get(world.headId);
    if (!head) throw new Error('no head');
    const pages = head.links.filter((l) => l.groupId !== null);
    expect(pages.length).toBeGreaterThanOrEqual(20);
    expect(pages.length).toBeLessThan(district.length - 1);
    for (const l of pages) {
      const path = new URL(l.url).pathname.slice(1);
      expect(findGroup(world, path)?.id, l.url).toBe(l.groupId);
    }
    expect(pages.some((l) => /vk\.com\/club\d+$/.test(l.url))).toBe(true);
    expect(head.links.some((l) => l.groupId === null && !l.url.includes('vk.com'))).toBe(true);
    expect(head.links.some((l) => l.url === 'https://vk.com/morozov_glava')).toBe(true);
  });
});

describe('special pages', () => {
  it('the compliant page: cover, avatar, description, the mark, every period at threshold, ER ≥ 3%', () => {
    const id = world.special.compliant;
    const page = world.pageById.get(id);
    expect(page).toMatchObject({
      hasCover: true,
      hasPhoto: true,
      gov: true,
      commentsOpen: true,
      isClosed: 0,
    });
    expect(page?.description.length).toBeGreaterThan(50);
    const own = ownPosts(world, id);
    expect(er(own.slice(-5))).toBeGreaterThanOrEqual(3);
    const threshold = world.categories[id] === 'flagship' ? 5 : 3;
    for (const [y, m] of completeMonths(NOW))
      for (const n of periods(own, y, m)) expect(n).toBeGreaterThanOrEqual(threshold);
    // The period in progress reaches the threshold with the scheduled posts.
    const today = new Date(dayOf(NOW) * 86400000);
    const period = Math.min(3, Math.floor((today.getUTCDate() - 1) / 7));
    const planned = (world.walls.get(id) ?? []).filter((p) => p.state === 'postponed');
    expect(planned.length).toBeGreaterThan(0);
    const current = periods([...own, ...planned], today.getUTCFullYear(), today.getUTCMonth())[period] ?? 0;
    expect(current).toBeGreaterThanOrEqual(threshold);
  });

  it('the failing page: no cover, no avatar, no description, no mark, closed comments, low ER, empty periods', () => {
    const id = world.special.failing;
    expect(world.pageById.get(id)).toMatchObject({
      hasCover: false,
      hasPhoto: false,
      description: '',
      gov: null,
      commentsOpen: false,
    });
    const own = ownPosts(world, id);
    expect(er(own.slice(-5))).toBeLessThan(1.5);
    for (const [y, m] of completeMonths(NOW)) expect(Math.min(...periods(own, y, m))).toBeLessThan(3);
    expect(own.every((p) => p.comments === 0)).toBe(true);
  });

  it('the private page (is_closed 2) and the deleted page', () => {
    expect(world.pageById.get(world.special.private)).toMatchObject({ isClosed: 2, type: 'group' });
    expect(world.pageById.get(world.special.deleted)).toMatchObject({ deactivated: 'deleted' });
    expect(world.walls.get(world.special.deleted)).toEqual([]);
    expect(new Set(Object.values(world.special)).size).toBe(4);
  });
});

describe('realistic data', () => {
  it('posts three months and more, from daily to rare; ERs mostly 0.5–6%; views a share of members', () => {
    const start = dayStart(windowStartDay(NOW));
    expect(windowStartDay(NOW)).toBe(Date.UTC(2025, 2, 1) / 86400000);
    expect(ownPosts(world, world.headId).length).toBeGreaterThan(100);
    for (const page of district) {
      const own = ownPosts(world, page.id).filter((p) => p.date < NOW - 3 * 86400);
      for (const p of own) expect(p.date).toBeGreaterThanOrEqual(start);
      if (page.category === 'card' || page.deactivated || own.length === 0) continue;
      const pageEr = er(own);
      expect(pageEr, page.name).toBeGreaterThan(0.2);
      expect(pageEr, page.name).toBeLessThan(8);
      const shares = own.map((p) => p.views / page.membersCount).sort((a, b) => a - b);
      const median = shares[Math.floor(shares.length / 2)] ?? 0;
      expect(median, page.name).toBeGreaterThan(0.05);
      expect(median, page.name).toBeLessThan(0.9);
    }
    const all = district
      .flatMap((p) => ownPosts(world, p.id))
      .filter((p) => p.date < NOW - 3 * 86400 && p.views > 100);
    const inRange = all.filter((p) => er([p]) >= 0.5 && er([p]) <= 6).length;
    expect(inRange / all.length).toBeGreaterThan(0.6);
    const counts = district.filter((p) => !p.deactivated).map((p) => ownPosts(world, p.id).length);
    expect(Math.max(...counts) / Math.max(1, Math.min(...counts))).toBeGreaterThan(20);
  });

  it('has reposts of parent and regional pages, counted on the original', () => {
    const reposts = district.flatMap((p) => published(world, p.id)).filter((p) => p.copyOf !== null);
    expect(reposts.length).toBeGreaterThan(50);
    for (const r of reposts) {
      const origin = world.walls.get(-(r.copyOf?.ownerId ?? 0))?.find((p) => p.id === r.copyOf?.id);
      expect(origin).toBeDefined();
      expect(origin?.date).toBeLessThan(r.date);
      expect(origin?.groupReposts).toContain(-r.ownerId);
    }
  });

  it('has a pinned old post, scheduled and suggested posts, posts by others, a post with zero views, ads', () => {
    for (const page of district.filter((p) => p.flags.includes('N'))) {
      const own = ownPosts(world, page.id);
      const pinned = own.filter((p) => p.pinned);
      expect(pinned).toHaveLength(1);
      expect(own.slice(-5)).not.toContain(pinned[0]);
    }
    const all = district.flatMap((p) => world.walls.get(p.id) ?? []);
    const postponed = all.filter((p) => p.state === 'postponed');
    expect(postponed.length).toBeGreaterThan(10);
    expect(postponed.every((p) => p.date > NOW)).toBe(true);
    const suggested = all.filter((p) => p.state === 'suggested');
    expect(suggested.length).toBeGreaterThan(0);
    expect(suggested.every((p) => p.date <= NOW && p.fromId > 0)).toBe(true);
    expect(all.some((p) => p.state === 'published' && p.fromId > 0)).toBe(true);
    expect(ownPosts(world, 219000009).some((p) => p.views === 0)).toBe(true);
    expect(all.some((p) => p.ads)).toBe(true);
    for (const page of world.pages) {
      const ids = (world.walls.get(page.id) ?? []).map((p) => p.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('makes likers, reposters and comments agree with the counts, with the pitfalls of real pages', () => {
    let communityComments = 0;
    let deletedAuthors = 0;
    let threads = 0;
    let mentions = 0;
    let communityLikes = 0;
    for (const page of district.filter((p) => !p.deactivated)) {
      for (const post of published(world, page.id).slice(-30)) {
        const likers = likersOf(world, post);
        expect(likers).toHaveLength(post.likes);
        expect(new Set(likers).size).toBe(likers.length);
        if (likers.includes(post.ownerId)) communityLikes++;
        const copies = repostersOf(world, post);
        expect(copies).toHaveLength(post.reposts);
        expect(new Set(copies).size).toBe(copies.length);
        const comments = commentsOf(world, post);
        expect(comments).toHaveLength(post.comments);
        for (const c of comments) {
          expect(c.date).toBeGreaterThan(post.date);
          expect(c.date).toBeLessThanOrEqual(NOW);
          if (c.fromId < 0) communityComments++;
          if (c.fromId > 0 && userOf(world, c.fromId)?.deactivated === 'deleted') deletedAuthors++;
          if (c.threadId !== null) {
            threads++;
            expect(comments.find((t) => t.id === c.threadId)?.threadId).toBeNull();
          }
          if (/\[id\d+\|/.test(c.text)) mentions++;
        }
      }
    }
    expect(communityComments).toBeGreaterThan(10);
    expect(deletedAuthors).toBeGreaterThan(0);
    expect(threads).toBeGreaterThan(10);
    expect(communityLikes).toBeGreaterThan(0);
    const giveaway = published(world, 219000010)
      .filter((p) => p.kind === 'giveaway')
      .flatMap((p) => commentsOf(world, p));
    expect(giveaway.filter((c) => /\[id\d+\|/.test(c.text)).length + mentions).toBeGreaterThan(5);
  });

  it('lists members matching members_count, with deleted and banned accounts among them', () => {
    for (const page of district) {
      const members = membersOf(world, page.id);
      expect(members.length).toBe(page.membersCount);
      for (let i = 1; i < members.length; i++) expect((members[i] ?? 0) > (members[i - 1] ?? 0)).toBe(true);
    }
    const head = [...membersOf(world, world.headId)];
    const states = head.map((id) => {
      const user = userOf(world, id);
      return user === null ? 'unknown' : (user.deactivated ?? 'active');
    });
    expect(states.filter((s) => s === 'deleted').length).toBeGreaterThan(50);
    expect(states.filter((s) => s === 'banned').length).toBeGreaterThan(10);
    expect(states).not.toContain('unknown');
  });

  it('gives daily statistics within the window only, with subscribers a part of the reach', () => {
    const today = dayOf(NOW);
    expect(statsOfDay(world, world.headId, today + 1)).toBeNull();
    expect(statsOfDay(world, world.headId, windowStartDay(NOW) - 1)).toBeNull();
    for (let d = today - 30; d <= today; d++) {
      const s = statsOfDay(world, world.headId, d);
      expect(s).not.toBeNull();
      if (!s) continue;
      expect(s.reach).toBeGreaterThan(0);
      expect(s.reachSubscribers).toBeLessThanOrEqual(s.reach);
    }
  });
});
