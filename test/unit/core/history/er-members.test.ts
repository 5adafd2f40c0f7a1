import { describe, expect, it } from 'vitest';
import { computeErByMonth } from '../../../../src/core/history/er-by-month';
import { computeMembersHistory, type SubscriptionDay } from '../../../../src/core/history/members';
import { msk, post } from '../helpers';

describe('computeErByMonth', () => {
  const now = msk('2026-11-18T15:00');
  const posts = [
    post({ date: msk('2026-10-05T10:00'), likes: 10, comments: 2, reposts: 3, views: 500 }),
    post({ date: msk('2026-10-20T10:00'), likes: 5, views: 250 }),
    // No views: left out of both sums, counted apart.
    post({ date: msk('2026-10-21T10:00'), likes: 100, views: null }),
    // A repost and a scheduled post never count.
    post({ date: msk('2026-10-22T10:00'), likes: 100, views: 100, own: false }),
    post({ date: msk('2026-10-23T10:00'), likes: 100, views: 100, state: 'postponed' }),
    // 22:30 in Moscow on 31 October is 00:30 on 1 November in Yekaterinburg.
    post({ date: msk('2026-10-31T22:30'), likes: 9, views: 300 }),
  ];

  it('divides Σ reactions by Σ views of the month, posts without views apart', () => {
    const [october, november] = computeErByMonth(posts, { months: ['2026-10', '2026-11'], now });
    // (15 + 5 + 9) ÷ (500 + 250 + 300) = 29 ÷ 1050 = 2.7619… → 2.76; 2.76 ÷ 3 = 92.
    expect(october).toEqual({
      month: '2026-10',
      posts: 3,
      postsWithoutViews: 1,
      reactions: 29,
      views: 1050,
      percent: 2.76,
      targetPercent: 3,
      achievement: 92,
    });
    expect(november).toMatchObject({ posts: 0, reactions: 0, views: 0, percent: null, achievement: null });
  });

  it('puts posts in the month of the page zone', () => {
    const [october, november] = computeErByMonth(posts, {
      months: ['2026-10', '2026-11'],
      now,
      options: { timeZone: 'Asia/Yekaterinburg' },
    });
    // 20 ÷ 750 = 2.666… → 2.67; the late post moves to November: 9 ÷ 300 = 3.
    expect(october).toMatchObject({ posts: 2, reactions: 20, views: 750, percent: 2.67 });
    expect(november).toMatchObject({ posts: 1, reactions: 9, views: 300, percent: 3, achievement: 100 });
  });
});

describe('computeMembersHistory', () => {
  const day = (local: string, subscribed: number, unsubscribed: number): SubscriptionDay => ({
    from: msk(local),
    to: msk(local) + 86_400,
    subscribed,
    unsubscribed,
  });
  const days = [
    day('2026-08-20', 100, 0), // before the months: left out
    day('2026-09-10', 10, 2),
    day('2026-10-05', 20, 5),
    day('2026-10-31', 3, 1),
    day('2026-11-02', 7, 4),
  ];

  it("takes today's count minus the net subscriptions after each month's end", () => {
    const result = computeMembersHistory(days, {
      membersToday: 1000,
      months: ['2026-09', '2026-10', '2026-11'],
      timeZone: 'Europe/Moscow',
    });
    // November +3 → 997 at its start; October +17 → 980; September +8 → 972.
    expect(result).toEqual([
      { month: '2026-09', subscribed: 10, unsubscribed: 2, net: 8, atEnd: 980, atStart: 972 },
      { month: '2026-10', subscribed: 23, unsubscribed: 6, net: 17, atEnd: 997, atStart: 980 },
      { month: '2026-11', subscribed: 7, unsubscribed: 4, net: 3, atEnd: 1000, atStart: 997 },
    ]);
  });

  it("keeps a statistics day in its month whatever the page's zone (the day's middle decides)", () => {
    const result = computeMembersHistory(days, {
      membersToday: 1000,
      months: ['2026-10', '2026-11'],
      timeZone: 'Asia/Yekaterinburg',
    });
    expect(result.map((m) => m.net)).toEqual([17, 3]);
  });
});
