import { describe, expect, it } from 'vitest';
import { computeBestTime, localSlot } from '../../../../src/core/history/best-time';
import type { Post } from '../../../../src/core/types';
import { msk, post } from '../helpers';

const now = msk('2026-11-18T15:00'); // a Wednesday
const from = msk('2026-08-01');

describe('localSlot', () => {
  it('gives the Monday-first weekday and hour in the page zone', () => {
    // Tuesday 10:30 in Moscow is Tuesday 12:30 in Yekaterinburg (UTC+5).
    expect(localSlot(msk('2026-11-17T10:30'), 'Europe/Moscow')).toEqual({ weekday: 1, hour: 10 });
    expect(localSlot(msk('2026-11-17T10:30'), 'Asia/Yekaterinburg')).toEqual({ weekday: 1, hour: 12 });
    // Sunday 22:30 in Moscow is already Monday 00:30 in Yekaterinburg.
    expect(localSlot(msk('2026-11-22T22:30'), 'Europe/Moscow')).toEqual({ weekday: 6, hour: 22 });
    expect(localSlot(msk('2026-11-22T22:30'), 'Asia/Yekaterinburg')).toEqual({ weekday: 0, hour: 0 });
  });
});

const at = (local: string, likes: number, views: number, comments = 0) =>
  post({ date: msk(local), likes, views, comments });

/** 12 posts in October (Moscow time), six slots. */
function fixture(): Post[] {
  return [
    // Tue 10: (10 + 8) ÷ (200 + 300) = 3.6 %.
    at('2026-10-06T10:05', 10, 200),
    at('2026-10-13T10:40', 5, 300, 3),
    // Mon 09: 36 ÷ 1200 = 3 %, three posts.
    at('2026-10-05T09:00', 12, 400),
    at('2026-10-12T09:10', 12, 400),
    at('2026-10-19T09:20', 12, 400),
    // Wed 11: 12 ÷ 400 = 3 %, two posts (ties Mon 09 on ER, loses on posts).
    at('2026-10-07T11:00', 6, 200),
    at('2026-10-14T11:00', 6, 200),
    // Thu 15: 50 % from one post: never recommended.
    at('2026-10-08T15:00', 100, 200),
    // Fri 18: 1 %; Sat 12: 2 %.
    at('2026-10-09T18:00', 1, 100),
    at('2026-10-16T18:00', 1, 100),
    at('2026-10-10T12:00', 4, 200),
    at('2026-10-17T12:00', 4, 200),
  ];
}

const slotOf = (c: { weekday: number; hour: number }) => `${c.weekday}-${c.hour}`;

describe('computeBestTime', () => {
  it('computes each cell as Σ reactions ÷ Σ views and ranks the slots with enough posts', () => {
    const result = computeBestTime(fixture(), { now, from });
    expect(result.cells).toHaveLength(168);
    expect(result.cells[1 * 24 + 10]).toEqual({
      weekday: 1,
      hour: 10,
      posts: 2,
      reactions: 18,
      views: 500,
      percent: 3.6,
    });
    expect(result.cells[3 * 24 + 15]?.percent).toBe(50);
    expect(result.cells[0]).toMatchObject({ posts: 0, percent: null });
    expect(result.posts).toBe(12);
    expect(result.qualifyingSlots).toBe(5);
    expect(result.tooFew).toBe(false);
    expect(result.best.map(slotOf)).toEqual(['1-10', '0-9', '2-11']);
    expect(result.best.map((c) => c.percent)).toEqual([3.6, 3, 3]);
  });

  it('breaks equal ERs by views, then by the earlier weekday', () => {
    const posts = [
      // Thu 10 and Tue 10: 2 % on 400 views; Fri 10: 2 % on 1000 views; Mon 10: 1 %. Plus filler.
      at('2026-10-08T10:00', 4, 200),
      at('2026-10-15T10:00', 4, 200),
      at('2026-10-06T10:00', 4, 200),
      at('2026-10-13T10:00', 4, 200),
      at('2026-10-09T10:00', 10, 500),
      at('2026-10-16T10:00', 10, 500),
      at('2026-10-05T10:00', 2, 200),
      at('2026-10-12T10:00', 2, 200),
      ...Array.from({ length: 4 }, (_, i) => at(`2026-10-1${i}T03:00`, 0, 100)),
    ];
    const result = computeBestTime(posts, { now, from });
    expect(result.best.map(slotOf)).toEqual(['4-10', '1-10', '3-10']);
  });

  it('leaves out fresh posts, posts before the window, reposts and posts without views', () => {
    const posts = [
      ...fixture(),
      post({ date: now - 2 * 86_400, likes: 1000, views: 1000 }),
      post({ date: msk('2026-07-31T10:00'), likes: 1000, views: 1000 }),
      post({ date: msk('2026-10-06T10:00'), likes: 1000, views: 1000, own: false }),
      post({ date: msk('2026-10-06T10:00'), likes: 1000, views: null }),
    ];
    const result = computeBestTime(posts, { now, from });
    expect(result.posts).toBe(12);
    expect(result.tooFresh).toBe(1);
    expect(result.cells[1 * 24 + 10]?.percent).toBe(3.6);
  });

  it('says "too few" and recommends nothing under 12 posts', () => {
    const result = computeBestTime(fixture().slice(0, 11), { now, from });
    expect(result.posts).toBe(11);
    expect(result.tooFew).toBe(true);
    expect(result.best).toEqual([]);
  });

  it('says "too few" with enough posts but fewer than three slots of two posts', () => {
    const posts = [
      ...Array.from({ length: 6 }, (_, i) => post({ date: msk(`2026-10-0${i + 1}T10:00`) })),
      ...Array.from({ length: 6 }, (_, i) => post({ date: msk(`2026-10-0${i + 1}T11:00`) })),
    ];
    // 1–6 October are six different weekdays: twelve cells of one post each.
    expect(computeBestTime(posts, { now, from })).toMatchObject({
      posts: 12,
      qualifyingSlots: 0,
      tooFew: true,
    });
  });

  it('moves the slots with the page zone', () => {
    const result = computeBestTime(fixture(), { now, from, options: { timeZone: 'Asia/Yekaterinburg' } });
    expect(result.best.map(slotOf)).toEqual(['1-12', '0-11', '2-13']);
  });
});
