// Everything the history screen shows, from the posts read and the page's settings.
import { resolveOptions, type OptionsOverride } from '../options';
import { monthBounds, type MonthId } from '../time';
import type { Category, Post } from '../types';
import { computeBestTime, type BestTimeResult } from './best-time';
import { computeErByMonth, type MonthEr } from './er-by-month';
import { computeMembersHistory, type MonthMembers, type SubscriptionDay } from './members';
import { historyMonths } from './months';
import { computePeriodHistory, type MonthPeriods } from './periods';

export interface HistoryInput {
  posts: readonly Post[];
  category: Category;
  /** Unix seconds. */
  now: number;
  /** members_count now; null when VK did not give it. */
  membersToday: number | null;
  /** stats.get activity by day; null when not read. */
  subscriptionDays: readonly SubscriptionDay[] | null;
  /** The page's zone goes in `options.timeZone`. */
  options?: OptionsOverride;
}

export interface History {
  months: MonthId[];
  timeZone: string;
  periods: MonthPeriods[];
  er: MonthEr[];
  /** null without statistics or without today's count. */
  members: MonthMembers[] | null;
  bestTime: BestTimeResult;
  /** Own published posts in the window (up to now). */
  ownPosts: number;
}

export function computeHistory(input: HistoryInput): History {
  const { timeZone } = resolveOptions(input.options);
  const months = historyMonths(input.now, timeZone);
  const from = monthBounds(months[0] as MonthId, timeZone).startsAt;
  const ownPosts = input.posts.filter(
    (post) => post.own && post.state === 'published' && post.date >= from && post.date <= input.now,
  ).length;
  return {
    months,
    timeZone,
    periods: computePeriodHistory(input.posts, {
      category: input.category,
      months,
      now: input.now,
      options: input.options,
    }),
    er: computeErByMonth(input.posts, { months, now: input.now, options: input.options }),
    members:
      input.subscriptionDays && input.membersToday !== null
        ? computeMembersHistory(input.subscriptionDays, {
            membersToday: input.membersToday,
            months,
            timeZone,
          })
        : null,
    bestTime: computeBestTime(input.posts, { now: input.now, from, options: input.options }),
    ownPosts,
  };
}
