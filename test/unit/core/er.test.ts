import { describe, expect, it } from 'vitest';
import { computeEr, reactionsNeededFor, summarizeEr } from '../../../src/core/er';
import { ER_TABLE } from './worked-example';
import { msk, post } from './helpers';

const NOW = msk('2024-11-20T12:00');

/** Five posts whose sums are the row's totals (all on the newest one). */
function fivePosts(row: { likes: number; comments: number; reposts: number; views: number }) {
  return [
    post({
      date: NOW - 100,
      likes: row.likes,
      comments: row.comments,
      reposts: row.reposts,
      views: row.views,
    }),
    ...Array.from({ length: 4 }, (_, i) => post({ date: NOW - 1000 * (i + 2), views: 0 })),
  ];
}

describe('computeEr', () => {
  it.each([
    // page, hand-computed ER = reactions / views × 100 rounded; achievement vs 3%
    { row: ER_TABLE[0], reactions: 219, percent: 21.9, achievement: 100, needed: 0 },
    { row: ER_TABLE[1], reactions: 16, percent: 16, achievement: 100, needed: 0 },
    // 10 / 560 = 1.7857 → 1.79; 1.79 / 3 = 59.67; 3% of 560 = 16.8 → 17 − 10 = 7
    { row: ER_TABLE[2], reactions: 10, percent: 1.79, achievement: 59.67, needed: 7 },
    // 2638 / 122000 = 2.1623 → 2.16; 2.16 / 3 = 72; 3% of 122000 = 3660 − 2638 = 1022
    { row: ER_TABLE[3], reactions: 2638, percent: 2.16, achievement: 72, needed: 1022 },
  ])('worked-example page $row.id: $percent%', ({ row, reactions, percent, achievement, needed }) => {
    const er = computeEr(fivePosts(row), { now: NOW });
    expect(er.reactions).toBe(reactions);
    expect(er.views).toBe(row.views);
    expect(er.percent).toBe(percent);
    expect(er.achievement).toBe(achievement);
    expect(er.reactionsNeeded).toBe(needed);
    expect(er.posts).toHaveLength(5);
  });

  it('takes the latest five by date, not the pinned old post that wall.get lists first', () => {
    const pinned = post({ date: msk('2023-05-01T10:00'), pinned: true, likes: 5000 });
    const recent = [1, 2, 3, 4, 5, 6].map((d) => post({ date: msk(`2024-11-0${d}T10:00`), likes: d }));
    const wallOrder = [pinned, ...[...recent].reverse()];
    const er = computeEr(wallOrder, { now: NOW });
    expect(er.posts.map((p) => p.likes)).toEqual([6, 5, 4, 3, 2]);
    expect(er.likes).toBe(20);
    expect(er.views).toBe(500);
    expect(er.percent).toBe(4);
  });

  it('breaks a tie on date by the higher post id', () => {
    const a = post({ id: 1, date: NOW - 10 });
    const b = post({ id: 2, date: NOW - 10 });
    expect(computeEr([a, b], { now: NOW, options: { erSampleSize: 1 } }).posts[0]?.id).toBe(2);
  });

  it('leaves reposts out by default and lets the option bring them in', () => {
    const own = [1, 2, 3, 4, 5].map((i) => post({ date: NOW - i * 3600, likes: 1 }));
    const repost = post({ date: NOW - 60, own: false, likes: 100 });
    expect(computeEr([repost, ...own], { now: NOW }).likes).toBe(5);
    const withReposts = computeEr([repost, ...own], { now: NOW, options: { erIncludeReposts: true } });
    expect(withReposts.likes).toBe(104);
    expect(withReposts.posts[0]).toBe(repost);
  });

  it('leaves scheduled, suggested and future posts out', () => {
    const published = post({ date: NOW - 3600, likes: 3 });
    const scheduled = post({ date: NOW + 3600, state: 'postponed', likes: 50 });
    const staleScheduled = post({ date: NOW - 60, state: 'postponed', likes: 50 });
    const suggested = post({ date: NOW - 60, state: 'suggested', likes: 50 });
    const future = post({ date: NOW + 60, likes: 50 });
    const er = computeEr([scheduled, staleScheduled, suggested, future, published], { now: NOW });
    expect(er.posts).toEqual([published]);
    expect(er.reactions).toBe(3);
  });

  it('leaves ads out only when asked', () => {
    const ad = post({ date: NOW - 60, ads: true, likes: 7 });
    const plain = post({ date: NOW - 120, likes: 1 });
    expect(computeEr([ad, plain], { now: NOW }).likes).toBe(8);
    expect(computeEr([ad, plain], { now: NOW, options: { erExcludeAds: true } }).likes).toBe(1);
  });

  it.each([
    { name: 'no posts', posts: [] as ReturnType<typeof post>[], views: null },
    { name: 'zero views', posts: [post({ date: NOW - 60, likes: 5, views: 0 })], views: 0 },
    {
      name: 'views unknown on a sampled post',
      posts: [post({ date: NOW - 60 }), post({ date: NOW - 70, views: null })],
      views: null,
    },
  ])('$name → null numbers, never NaN', ({ posts, views }) => {
    const er = computeEr(posts, { now: NOW });
    expect(er.views).toBe(views);
    expect(er.percent).toBeNull();
    expect(er.achievement).toBeNull();
    expect(er.reactionsNeeded).toBeNull();
    expect(er.sampleSize).toBe(5);
  });

  it('uses what there is when a page has fewer than five posts', () => {
    const er = computeEr([post({ date: NOW - 60, likes: 2, views: 50 })], { now: NOW });
    expect(er.posts).toHaveLength(1);
    expect(er.percent).toBe(4);
  });

  it('honours erSampleSize and erTargetPercent', () => {
    const posts = [1, 2, 3].map((i) => post({ date: NOW - i, likes: i, views: 100 }));
    const er = computeEr(posts, { now: NOW, options: { erSampleSize: 2, erTargetPercent: 5 } });
    // likes 1 + 2 = 3 over 200 views = 1.5%; 1.5 / 5 = 30%; 5% of 200 = 10 → 7 more
    expect(er).toMatchObject({ reactions: 3, views: 200, percent: 1.5, achievement: 30, reactionsNeeded: 7 });
  });
});

describe('reactionsNeededFor', () => {
  it.each([
    { reactions: 10, views: 1000, target: 3, needed: 20 },
    { reactions: 29, views: 1000, target: 3, needed: 1 },
    { reactions: 30, views: 1000, target: 3, needed: 0 },
    { reactions: 500, views: 1000, target: 3, needed: 0 },
    // 3% of 123,660 = 3,709.8 → 3,710 − 2,883
    { reactions: 2883, views: 123_660, target: 3, needed: 827 },
    // exact, not the rounded display: 2,996 / 100,000 shows as 3.00% yet is below 3%
    { reactions: 2996, views: 100_000, target: 3, needed: 4 },
    { reactions: 0, views: 1000, target: 2.5, needed: 25 },
    { reactions: 0, views: 7, target: 3, needed: 1 },
    { reactions: 0, views: 0, target: 3, needed: null },
    { reactions: 0, views: null, target: 3, needed: null },
  ])(
    '$reactions reactions / $views views → $needed more for $target%',
    ({ reactions, views, target, needed }) => {
      expect(reactionsNeededFor(reactions, views, target)).toBe(needed);
    },
  );
});

describe('summarizeEr', () => {
  const results = ER_TABLE.map((row) => computeEr(fivePosts(row), { now: NOW }));

  it('sums reactions and views over the pages (the worked example: 2.33%, 77.67%)', () => {
    const summary = summarizeEr(results);
    expect(summary).toEqual({
      pages: 4,
      pagesWithData: 4,
      reactions: 2883,
      views: 123_660,
      percent: 2.33,
      // from the rounded percent: 2.33 / 3 × 100 = 77.67 (the unrounded 2.3314 would give 77.71)
      achievement: 77.67,
    });
  });

  it('is not the mean of per-page ERs', () => {
    const mean = results.reduce((t, r) => t + (r.percent ?? 0), 0) / results.length;
    expect(mean).toBeCloseTo(10.46, 2);
    expect(summarizeEr(results).percent).not.toBeCloseTo(mean, 0);
  });

  it('skips pages without views and is null for an empty set', () => {
    const noViews = computeEr([post({ date: NOW - 60, likes: 1000, views: null })], { now: NOW });
    expect(summarizeEr([...results, noViews])).toMatchObject({ pages: 5, pagesWithData: 4, reactions: 2883 });
    expect(summarizeEr([])).toMatchObject({
      pages: 0,
      reactions: 0,
      views: 0,
      percent: null,
      achievement: null,
    });
  });

  it('caps the achievement at 100', () => {
    const high = computeEr([post({ date: NOW - 60, likes: 50, views: 100 })], { now: NOW });
    expect(summarizeEr([high])).toMatchObject({ percent: 50, achievement: 100 });
  });
});
