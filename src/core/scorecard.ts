// One page's scorecard: every methodology number for the month plus the actions, from plain data.
// This is what the UI and the report CLI call.

import { computeActions, type Action } from './actions';
import { computeEr, type ErResult } from './er';
import { computeFrequency, type FrequencyResult, type PeriodIndex } from './frequency';
import { resolveOptions, type MethodologyOptions, type OptionsOverride } from './options';
import { computeRating, type RatingResult } from './rating';
import { computeReach, type ReachResult } from './reach';
import { checkRequirements, type RequirementsResult } from './requirements';
import { monthOf, type MonthId } from './time';
import type { Category, PageInfo, Post, ReachInput } from './types';

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
  er: ErResult;
  frequency: FrequencyResult;
  reach: ReachResult;
  requirements: RequirementsResult;
  rating: RatingResult;
  actions: Action[];
}

export function computeScorecard(input: ScorecardInput): Scorecard {
  const options = resolveOptions(input.options);
  const month = input.month ?? monthOf(input.now, options.timeZone);
  const er = computeEr(input.posts, { now: input.now, options });
  const frequency = computeFrequency(input.posts, {
    category: input.category,
    month,
    now: input.now,
    options,
    unavailablePeriods: input.unavailablePeriods,
  });
  const reach = computeReach({
    reach: input.reach,
    membersCount: input.page.membersCount,
    posts: input.posts,
    month,
    now: input.now,
    options,
  });
  const requirements = checkRequirements(input.page, {
    posWidgetsDeclared: input.posWidgetsDeclared,
    options,
  });
  const rating = computeRating({ frequency, er, reach, requirements, options });
  const actions = computeActions({ frequency, er, reach, requirements, options });
  return {
    page: input.page,
    category: input.category,
    month,
    now: input.now,
    timeZone: options.timeZone,
    options,
    er,
    frequency,
    reach,
    requirements,
    rating,
    actions,
  };
}
