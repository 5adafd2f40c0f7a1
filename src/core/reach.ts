// Audience reach (охват): reach ÷ members × 100. Exact from community statistics when the viewer
// may read them; otherwise estimated from the mean views of the month's own posts, labelled so.

import { resolveOptions, type OptionsOverride } from './options';
import { achievementOf, percentOf, round2 } from './round';
import { monthBounds, type MonthId } from './time';
import type { Post, ReachInput } from './types';

/** Why reach could not be computed. */
export type ReachMissingReason = 'no-members' | 'no-posts' | 'no-views';

export interface ReachResult {
  /** `stats`: exact from stats.get; `estimate`: views per post; `none`: no number at all. */
  kind: 'stats' | 'estimate' | 'none';
  /** True for an estimate («оценка»): the UI must say so. */
  estimated: boolean;
  /** People reached (stats), or mean views per post (estimate); null with no data. */
  reach: number | null;
  membersCount: number | null;
  /** reach ÷ members × 100, 2 decimals (may exceed 100: views include non-members); or null. */
  percent: number | null;
  targetPercent: number;
  /** min(percent ÷ target × 100, 100), 2 decimals; null with percent. */
  achievement: number | null;
  /** Posts the estimate averaged (0 for stats). */
  postsUsed: number;
  /** Why percent is null; null when it is not. */
  missing: ReachMissingReason | null;
  /** Why stats were not used, when they were not (from ReachInput). */
  statsUnavailable: Extract<ReachInput, { kind: 'unavailable' }>['reason'] | null;
}

export interface ReachComputeInput {
  reach: ReachInput;
  membersCount: number | null;
  /** The page's posts; the estimate uses own published ones in the month, dated ≤ now. */
  posts: readonly Post[];
  month: MonthId;
  /** Unix seconds. */
  now: number;
  options?: OptionsOverride;
}

export function computeReach(input: ReachComputeInput): ReachResult {
  const options = resolveOptions(input.options);
  const target = options.reachTargetPercent;
  const members = input.membersCount !== null && input.membersCount > 0 ? input.membersCount : null;

  if (input.reach.kind === 'stats') {
    const percent = percentOf(input.reach.reach, members);
    return {
      kind: 'stats',
      estimated: false,
      reach: input.reach.reach,
      membersCount: input.membersCount,
      percent,
      targetPercent: target,
      achievement: achievementOf(percent, target),
      postsUsed: 0,
      missing: members === null ? 'no-members' : null,
      statsUnavailable: null,
    };
  }

  const { startsAt, endsAt } = monthBounds(input.month, options.timeZone);
  const monthPosts = input.posts.filter(
    (p) => p.own && p.state === 'published' && p.date >= startsAt && p.date < endsAt && p.date <= input.now,
  );
  const withViews = monthPosts.filter((p) => p.views !== null);
  const meanViews =
    withViews.length === 0
      ? null
      : withViews.reduce((total, p) => total + (p.views ?? 0), 0) / withViews.length;
  const percent = meanViews === null ? null : percentOf(meanViews, members);
  const missing: ReachMissingReason | null =
    monthPosts.length === 0
      ? 'no-posts'
      : meanViews === null
        ? 'no-views'
        : members === null
          ? 'no-members'
          : null;
  return {
    kind: percent === null ? 'none' : 'estimate',
    estimated: true,
    reach: meanViews === null ? null : round2(meanViews),
    membersCount: input.membersCount,
    percent,
    targetPercent: target,
    achievement: achievementOf(percent, target),
    postsUsed: withViews.length,
    missing,
    statsUnavailable: input.reach.reason,
  };
}
