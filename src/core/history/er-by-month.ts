// ER month by month: Σ(likes + comments + reposts) ÷ Σ views × 100 over the posts of the month that
// the ER sample may take (core/er isErEligible: published, own unless reposts are allowed, the ads
// rule), counting only posts whose views VK reported.
import { isErEligible } from '../er';
import { resolveOptions, type OptionsOverride } from '../options';
import { achievementOf, percentOf } from '../round';
import { monthBounds, type MonthId } from '../time';
import type { Post } from '../types';

export interface MonthEr {
  month: MonthId;
  /** Eligible posts of the month with views. */
  posts: number;
  /** Eligible posts of the month VK gave no views for: left out of both sums. */
  postsWithoutViews: number;
  reactions: number;
  views: number;
  /** Percent, 2 decimals; null with no views. */
  percent: number | null;
  targetPercent: number;
  achievement: number | null;
}

export interface ErByMonthOptions {
  months: readonly MonthId[];
  /** Unix seconds. */
  now: number;
  options?: OptionsOverride;
}

export function computeErByMonth(posts: readonly Post[], opts: ErByMonthOptions): MonthEr[] {
  const options = resolveOptions(opts.options);
  const eligible = posts.filter((post) => isErEligible(post, opts.now, options));
  return opts.months.map((month) => {
    const { startsAt, endsAt } = monthBounds(month, options.timeZone);
    const inMonth = eligible.filter((post) => post.date >= startsAt && post.date < endsAt);
    const withViews = inMonth.filter((post) => post.views !== null);
    const reactions = withViews.reduce((sum, p) => sum + reactionsOf(p), 0);
    const views = withViews.reduce((sum, p) => sum + (p.views ?? 0), 0);
    const percent = percentOf(reactions, views);
    return {
      month,
      posts: withViews.length,
      postsWithoutViews: inMonth.length - withViews.length,
      reactions,
      views,
      percent,
      targetPercent: options.erTargetPercent,
      achievement: achievementOf(percent, options.erTargetPercent),
    };
  });
}

export function reactionsOf(post: Post): number {
  return post.likes + post.comments + post.reposts;
}
