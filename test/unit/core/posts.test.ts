// uniquePosts (src/core/posts.ts) and what it protects: a post read twice (same owner and id) is one
// post for frequency and ER alike. The case: a duplicate flips a period to «met» and doubles
// the page's ER.
import { describe, expect, it } from 'vitest';
import { computeEr } from '../../../src/core/er';
import { computeFrequency } from '../../../src/core/frequency';
import { uniquePosts } from '../../../src/core/posts';
import { computeScorecard } from '../../../src/core/scorecard';
import { msk, page, post } from './helpers';

describe('uniquePosts', () => {
  it('returns a copy of a list without duplicates, in its order', () => {
    const posts = [post({ id: 3 }), post({ id: 1 }), post({ id: 2 })];
    const unique = uniquePosts(posts);
    expect(unique).toEqual(posts);
    expect(unique).not.toBe(posts);
  });

  it('keeps one post per owner and id, the first copy, where it was first seen', () => {
    const a = post({ id: 7, likes: 1 });
    const b = post({ id: 8 });
    const again = { ...a, likes: 99 };
    expect(uniquePosts([a, b, again])).toEqual([a, b]);
  });

  it('keeps the same id on different walls: they are different posts', () => {
    const mine = post({ id: 5, ownerId: -1 });
    const theirs = post({ id: 5, ownerId: -2 });
    expect(uniquePosts([mine, theirs])).toEqual([mine, theirs]);
  });

  it('lets a published copy win over a scheduled one, in either order, at the first position', () => {
    const scheduled = post({ id: 9, state: 'postponed', date: msk('2024-11-09T10:00') });
    const published = post({ id: 9, state: 'published', date: msk('2024-11-07T10:00') });
    const other = post({ id: 10 });
    expect(uniquePosts([scheduled, other, published])).toEqual([published, other]);
    expect(uniquePosts([published, other, scheduled])).toEqual([published, other]);
  });

  it('does not let a suggested copy replace a published one', () => {
    const published = post({ id: 11 });
    expect(uniquePosts([published, { ...published, state: 'suggested' }])).toEqual([published]);
  });
});

describe('a duplicated post no longer flips a page to «met» or doubles its ER', () => {
  // Period 1, now the 8th at 12:00 (period 1 over). Own posts: A on the 5th (10 likes / 100 views),
  // B on the 3rd (0 / 100); three October posts C, D, E (0 / 100 each). A is read twice.
  const now = msk('2024-11-08T12:00');
  const a = post({ id: 501, date: msk('2024-11-05T10:00'), likes: 10 });
  const b = post({ id: 502, date: msk('2024-11-03T10:00') });
  const october = [503, 504, 505].map((id, i) => post({ id, date: msk(`2024-10-2${i}T10:00`) }));
  const wall = [a, b, a, ...october];

  it('would have: 3 posts in period 1 (met) and ER 20 / 500 = 4 % counted raw', () => {
    // The defect the dedup removes, shown on the raw list: A counted twice.
    const frequency = computeFrequency(wall, { category: 'active', month: '2024-11', now });
    expect(frequency.periods[0]).toMatchObject({ published: 3, status: 'met' });
    // Sample A, A, B, C, D: (10 + 10) / 500 = 4 %.
    expect(computeEr(wall, { now }).percent).toBe(4);
  });

  it('counts A once in the scorecard: 2 of 3 (missed), ER 10 / 500 = 2 %, verdict fail', () => {
    const card = computeScorecard({
      page: page(),
      posts: wall,
      category: 'active',
      reach: { kind: 'unavailable', reason: 'no-rights' },
      posWidgetsDeclared: true,
      now,
    });
    expect(card.frequency.periods[0]).toMatchObject({ published: 2, status: 'missed' });
    // Sample A, B, C, D, E: 10 / 500 = 2 % (not 4 %).
    expect(card.er).toMatchObject({ reactions: 10, views: 500, percent: 2 });
    // Newest first: A (5 Nov), B (3 Nov), E (22 Oct), D (21 Oct), C (20 Oct).
    expect(card.er.posts.map((p) => p.id)).toEqual([501, 502, 505, 504, 503]);
    expect(card.verdict.indicators).toMatchObject({ frequency: 'fail', er: 'fail' });
    expect(card.verdict.status).toBe('fail');
  });

  it('counts a published post once when a scheduled copy of it was read too', () => {
    // Two posts on the 2nd and the 3rd, and X read as scheduled for the 9th, then as published on
    // the 7th: 3 published in period 1 (met), nothing scheduled for period 2.
    const x = post({ id: 600, date: msk('2024-11-07T10:00') });
    const posts = [
      post({ date: msk('2024-11-02T10:00') }),
      post({ date: msk('2024-11-03T10:00') }),
      { ...x, state: 'postponed' as const, date: msk('2024-11-09T10:00') },
      x,
    ];
    const card = computeScorecard({
      page: page(),
      posts,
      category: 'active',
      reach: { kind: 'unavailable', reason: 'no-rights' },
      posWidgetsDeclared: true,
      now: msk('2024-11-07T12:00'),
    });
    expect(card.frequency.periods[0]).toMatchObject({ published: 3, scheduled: 0, status: 'met' });
    expect(card.frequency.periods[1]).toMatchObject({ published: 0, scheduled: 0 });
  });
});
