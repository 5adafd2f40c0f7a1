// One page's scorecard: every methodology number for the month plus the actions, from plain data.
// This is what the UI and the report CLI call.

import { computeActions, type Action } from './actions';
import { computeEr, plainRatingEr, reactionsNeededFor, type ErResult, type RatingEr } from './er';
import { computeFrequency, type FrequencyResult, type PeriodIndex } from './frequency';
import { resolveOptions, type MethodologyOptions, type OptionsOverride } from './options';
import type { MonitoringEr } from './monitoring/types';
import { uniquePosts } from './posts';
import { computeRating, type RatingResult } from './rating';
import { computeReach, type ReachResult } from './reach';
import { checkRequirements, type RequirementsResult } from './requirements';
import { monthOf, type MonthId } from './time';
import { isGone, type Category, type PageInfo, type Post, type ReachInput } from './types';
import { computeVerdict, type Verdict } from './verdict';

export interface ScorecardInput {
  page: PageInfo;
  /** Published and scheduled posts of the page's wall (any order; reposts and others' posts too). */
  posts: readonly Post[];
  category: Category;
  reach: ReachInput;
  /** The admin's declaration of ПОС widgets; null = not declared. */
  posWidgetsDeclared: boolean | null;
  /** Unix seconds. */
  now: number;
  /** 'YYYY-MM'; defaults to the month of `now` in options.timeZone. */
  month?: MonthId;
  options?: OptionsOverride;
  /** Periods the page was out of the federal export (N/A). */
  unavailablePeriods?: readonly PeriodIndex[];
}

export interface Scorecard {
  page: PageInfo;
  category: Category;
  month: MonthId;
  now: number;
  timeZone: string;
  /** The options in force (defaults merged with the override). */
  options: MethodologyOptions;
  /** The plain ER of the last five own posts. */
  er: ErResult;
  /** The ER the rating, the verdict and the advice count: plain, or monitoring-grade once applied. */
  ratingEr: RatingEr;
  frequency: FrequencyResult;
  reach: ReachResult;
  requirements: RequirementsResult;
  /** total is null for a deleted or banned page: nothing of it can be rated. */
  rating: RatingResult;
  /** Ordered by impact, largest first; none for a deleted or banned page. */
  actions: Action[];
  verdict: Verdict;
}

export function computeScorecard(input: ScorecardInput): Scorecard {
  const options = resolveOptions(input.options);
  const month = input.month ?? monthOf(input.now, options.timeZone);
  const gone = isGone(input.page.status);
  // A page that no longer exists has no posts to count and no design to deduct for.
  const posts = gone ? [] : uniquePosts(input.posts);
  const er = computeEr(posts, { now: input.now, options });
  const frequency = computeFrequency(posts, {
    category: input.category,
    month,
    now: input.now,
    options,
    unavailablePeriods: input.unavailablePeriods,
  });
  const reach = computeReach({
    reach: gone ? { kind: 'unavailable', reason: 'no-data' } : input.reach,
    membersCount: input.page.membersCount,
    posts,
    month,
    now: input.now,
    options,
  });
  const requirements = gone
    ? unknownRequirements(input.page, options)
    : checkRequirements(input.page, { posWidgetsDeclared: input.posWidgetsDeclared, options });
  const card: Omit<Scorecard, 'rating' | 'actions' | 'verdict'> = {
    page: input.page,
    category: input.category,
    month,
    now: input.now,
    timeZone: options.timeZone,
    options,
    er,
    ratingEr: plainRatingEr(er),
    frequency,
    reach,
    requirements,
  };
  return { ...card, ...judged(card, gone) };
}

/**
 * The scorecard with the monitoring-grade ER as the figure the rating counts: the rating, the verdict
 * and the reactions still needed all move to it, as the monitoring will count them.
 */
export function withMonitoringRatingEr(card: Scorecard, monitoring: MonitoringEr): Scorecard {
  const ratingEr: RatingEr = {
    source: 'monitoring',
    reactions: monitoring.reactions,
    views: monitoring.views,
    percent: monitoring.percent,
    achievement: monitoring.achievement,
    targetPercent: card.er.targetPercent,
    reactionsNeeded: reactionsNeededFor(monitoring.reactions, monitoring.views, card.er.targetPercent),
    posts: card.er.posts.length,
  };
  const next = { ...card, ratingEr };
  return { ...next, ...judged(next, isGone(card.page.status)) };
}

/** The rating, the actions and the verdict of a scorecard's figures. */
function judged(
  card: Omit<Scorecard, 'rating' | 'actions' | 'verdict'>,
  gone: boolean,
): Pick<Scorecard, 'rating' | 'actions' | 'verdict'> {
  const { frequency, ratingEr, reach, requirements, options } = card;
  const verdict = computeVerdict({
    pageStatus: card.page.status,
    frequency,
    er: ratingEr,
    requirements,
    reach,
  });
  if (gone) {
    // Nothing counted, nothing deducted: the total is null whatever the null-component policy.
    const rating = computeRating({
      frequency: { assessed: frequency.assessed, score: null },
      er: { achievement: null },
      reach: { achievement: null },
      requirements: { deductedCount: 0 },
      options: { ...options, nullComponentPolicy: 'exclude' },
    });
    return { rating, actions: [], verdict };
  }
  const rating = computeRating({ frequency, er: ratingEr, reach, requirements, options });
  const actions = computeActions({ frequency, er: ratingEr, reach, requirements, options });
  return { rating, actions, verdict };
}

/** The checklist of a page that is gone: every item unknown, nothing deducted. */
function unknownRequirements(page: PageInfo, options: MethodologyOptions): RequirementsResult {
  const checked = checkRequirements(page, { posWidgetsDeclared: null, options });
  const items = checked.items.map((item) => ({ ...item, status: 'unknown' as const }));
  return { items, missingCount: 0, deductedCount: 0, unknownCount: items.length };
}
