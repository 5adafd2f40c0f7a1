// Every open point of the methodology as a named option. Each default says where it comes from:
// `methodology` = stated by the regional letters / slides (docs/methodology.md), `assumed` = our
// choice where the sources are silent; the UI shows the assumed ones as such, never silently.

import type { Category } from './types';

/** Where a default comes from: the sources, or our own documented assumption. */
export type OptionSource = 'methodology' | 'assumed';

/** Minimum-requirement checklist items (see requirements.ts). */
export type RequirementId = 'cover' | 'avatar' | 'description' | 'pos-widgets' | 'open-wall' | 'gov-mark';

/**
 * How one page's frequency becomes a 0..100 score for the rating:
 * - `share-of-decided-periods`: periods met ÷ periods already decided (finished, or already met)
 *   × 100; the single-page analogue of the dashboard's "degree of fulfilment".
 * - `all-or-nothing`: 0 as soon as one period is missed, otherwise 100 (the month-level rule).
 */
export type FrequencyScoreMode = 'share-of-decided-periods' | 'all-or-nothing';

/**
 * What the rating does with a component that has no data (ER with no views, reach with no members):
 * - `exclude`: drop it and rescale the remaining weights (the total stays a 0..100 fulfilment);
 * - `zero`: count it as 0 (a page with no data cannot score).
 * A component that is *not assessed* (frequency of a business card) is always excluded.
 */
export type NullComponentPolicy = 'exclude' | 'zero';

export interface RatingWeights {
  frequency: number;
  er: number;
  reach: number;
}

export interface MethodologyOptions {
  /** IANA zone of the day boundaries (periods, months, deadlines). */
  timeZone: string;
  /** ER is computed over this many latest posts. */
  erSampleSize: number;
  /** ER target, percent. */
  erTargetPercent: number;
  /** Whether reposts of other walls' posts may be among the ER sample. */
  erIncludeReposts: boolean;
  /** Whether posts marked as ads (marked_as_ads) are left out of the ER sample. */
  erExcludeAds: boolean;
  /** Own posts required in every period, by category; null = not assessed (business card). */
  thresholds: Record<Category, number | null>;
  /** A silence of at least this many days between own posts is warned about. */
  gapWarningDays: number;
  /** Rating weights of the components (fractions summing to 1). */
  weights: RatingWeights;
  /** Rating points subtracted per missing requirement. */
  requirementDeduction: number;
  /** Which checklist items subtract points when missing (the rest are advice only). */
  deductedRequirements: readonly RequirementId[];
  /** A description shorter than this (after trimming) counts as missing. */
  descriptionMinLength: number;
  /** Reach target, percent of members; reach achievement = min(reach% ÷ target × 100, 100). */
  reachTargetPercent: number;
  frequencyScoreMode: FrequencyScoreMode;
  nullComponentPolicy: NullComponentPolicy;
}

export const DEFAULT_OPTIONS: MethodologyOptions = {
  // methodology: "Default to Moscow time (UTC+3) and let the admin choose the page's own zone".
  timeZone: 'Europe/Moscow',
  // methodology: "take the last five posts of the page".
  erSampleSize: 5,
  // methodology: "The target is at least 3%".
  erTargetPercent: 3,
  // methodology (open point, default given): own posts only, consistent with frequency.
  erIncludeReposts: false,
  // assumed: marked_as_ads marks advertising, not the promoted (targeted) posts the monitoring drops.
  erExcludeAds: false,
  // methodology: flagship ≥ 5, active ≥ 3 per period, business card has no threshold.
  thresholds: { flagship: 5, active: 3, card: null },
  // assumed: "5 posts in two days and then a silent week" is the error; 4 days warns before a week.
  gapWarningDays: 4,
  // methodology: the Dialog Regions dashboard weights.
  weights: { frequency: 0.5, er: 0.3, reach: 0.2 },
  // assumed (open point): the size of the min-requirements deduction is not published.
  requirementDeduction: 5,
  // methodology: the dashboard's minimum requirements; open wall and the mark are recommendations.
  deductedRequirements: ['cover', 'avatar', 'description', 'pos-widgets'],
  // assumed: any non-blank description; the "full name" advice cannot be checked mechanically.
  descriptionMinLength: 1,
  // assumed: no published target; views per post ≈ 30% of members is a healthy government page.
  reachTargetPercent: 30,
  // assumed: the single-page analogue of the dashboard's share of fulfilment.
  frequencyScoreMode: 'share-of-decided-periods',
  // assumed: missing data (e.g. no stats rights) should not read as a failure.
  nullComponentPolicy: 'exclude',
};

/** Source of each default, for the UI's "assumed" labels and docs/methodology.md. */
export const OPTION_SOURCES: Readonly<Record<keyof MethodologyOptions, OptionSource>> = {
  timeZone: 'methodology',
  erSampleSize: 'methodology',
  erTargetPercent: 'methodology',
  erIncludeReposts: 'methodology',
  erExcludeAds: 'assumed',
  thresholds: 'methodology',
  gapWarningDays: 'assumed',
  weights: 'methodology',
  requirementDeduction: 'assumed',
  deductedRequirements: 'methodology',
  descriptionMinLength: 'assumed',
  reachTargetPercent: 'assumed',
  frequencyScoreMode: 'assumed',
  nullComponentPolicy: 'assumed',
};

/** A partial override; nested `thresholds` and `weights` may be partial too. */
export type OptionsOverride = Partial<Omit<MethodologyOptions, 'thresholds' | 'weights'>> & {
  thresholds?: Partial<MethodologyOptions['thresholds']>;
  weights?: Partial<RatingWeights>;
};

/** DEFAULT_OPTIONS with an override merged in (nested objects merged key by key). */
export function resolveOptions(override?: OptionsOverride): MethodologyOptions {
  if (!override) return DEFAULT_OPTIONS;
  return {
    ...DEFAULT_OPTIONS,
    ...override,
    thresholds: { ...DEFAULT_OPTIONS.thresholds, ...override.thresholds },
    weights: { ...DEFAULT_OPTIONS.weights, ...override.weights },
  };
}
