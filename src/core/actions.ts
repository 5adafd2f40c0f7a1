// «Что сделать сегодня»: structured actions derived from the scorecard, ordered by the rating points
// each would add. No text here: the UI turns { kind: 'post-more', count: 2, deadline: '2024-11-14' } into
// «опубликуйте ещё 2 поста до 14 ноября».

import type { RatingEr } from './er';
import { frequencyScore, type FrequencyPeriod, type FrequencyResult, type PeriodIndex } from './frequency';
import { resolveOptions, type MethodologyOptions, type OptionsOverride, type RequirementId } from './options';
import type { ReachResult } from './reach';
import type { RequirementsResult } from './requirements';
import { computeRating } from './rating';
import { round2 } from './round';
import type { DateId } from './time';

/** Every action carries `impact`: the rating points it would add (see computeActions). */
interface ActionBase {
  impact: number;
}

/** Publish `count` more own posts in the running period, by the end of `deadline`. */
export interface PostMoreAction extends ActionBase {
  kind: 'post-more';
  periodIndex: PeriodIndex;
  count: number;
  published: number;
  scheduled: number;
  threshold: number;
  deadline: DateId;
}

/** Schedule `count` more posts for a period that has not started (between firstDay and deadline). */
export interface SchedulePostsAction extends ActionBase {
  kind: 'schedule-posts';
  periodIndex: PeriodIndex;
  count: number;
  scheduled: number;
  threshold: number;
  firstDay: DateId;
  deadline: DateId;
}

/** One post the publication plan (core/plan) suggests: a local date, an hour and the instant. */
export interface SuggestedPost {
  /** 'YYYY-MM-DD' in the page's zone. */
  date: DateId;
  /** 0..23, local. */
  hour: number;
  /** Unix seconds. */
  at: number;
}

/**
 * From the publication plan: schedule `count` posts between `firstDay` (the first day the plan can
 * still use) and `deadline` (the period's last day) on the `suggested` days. It stands in for the same
 * period's post-more or schedule-posts (see withPlanAction).
 */
export interface PlanPostsAction extends ActionBase {
  kind: 'plan-posts';
  periodIndex: PeriodIndex;
  /** The period is running (its days depend on today's hour), not a coming one. */
  running: boolean;
  count: number;
  published: number;
  scheduled: number;
  threshold: number;
  firstDay: DateId;
  deadline: DateId;
  /** Earliest first. */
  suggested: SuggestedPost[];
}

/** `count` more reactions on the ER sample (the last `posts` posts) reach the target. */
export interface NeedReactionsAction extends ActionBase {
  kind: 'need-reactions';
  count: number;
  posts: number;
  percent: number | null;
  targetPercent: number;
}

/** Add a missing checklist element (cover, avatar, …). */
export interface FixRequirementAction extends ActionBase {
  kind: 'fix-requirement';
  id: RequirementId;
  deducted: boolean;
}

/** Confirm what the API cannot see: declare the ПОС widgets, check the «Госорганизация» mark. */
export interface CheckRequirementAction extends ActionBase {
  kind: 'check-requirement';
  id: RequirementId;
}

/** Reach is below target (QR codes, inviting visitors…); `estimated` when computed from views. */
export interface RaiseReachAction extends ActionBase {
  kind: 'raise-reach';
  percent: number;
  targetPercent: number;
  estimated: boolean;
}

/** The page has been silent for `days` days since `since` (unix s): post today. */
export interface FillGapAction extends ActionBase {
  kind: 'fill-gap';
  days: number;
  since: number;
}

/** Earlier this month posts came in bursts: schedule them evenly instead. */
export interface SpreadPostsAction extends ActionBase {
  kind: 'spread-posts';
  gaps: number;
  longestDays: number;
}

export type Action =
  | PostMoreAction
  | SchedulePostsAction
  | PlanPostsAction
  | NeedReactionsAction
  | FixRequirementAction
  | CheckRequirementAction
  | RaiseReachAction
  | FillGapAction
  | SpreadPostsAction;

export type ActionKind = Action['kind'];

export interface ActionsInput {
  frequency: FrequencyResult;
  /** The ER the rating counts (plain, or monitoring-grade once read): its gap is the advice. */
  er: RatingEr;
  reach: ReachResult;
  requirements: RequirementsResult;
  options?: OptionsOverride;
}

/** Tie-break after impact and deadline: the more concrete and urgent kinds first. */
const KIND_ORDER: readonly ActionKind[] = [
  'post-more',
  'plan-posts',
  'fix-requirement',
  'need-reactions',
  'schedule-posts',
  'raise-reach',
  'fill-gap',
  'spread-posts',
  'check-requirement',
];

/**
 * Actions ordered by impact (desc), then deadline (soonest first, undated last), then KIND_ORDER.
 * Impact is the rating points the action adds to the rating as it will stand at the end of the
 * running period (the projection: finished periods as they are, the running one met only if its
 * published and scheduled posts reach the threshold): the running period met, ER or reach at their
 * target, a missing requirement added. A later period is not in that rating yet, so planning it and
 * the advice-only actions have impact 0 and come after everything that gains points today.
 */
export function computeActions(input: ActionsInput): Action[] {
  const options = resolveOptions(input.options);
  const gain = impactOf(input, options);
  const actions: Action[] = [
    ...frequencyActions(input.frequency, gain),
    ...gapActions(input.frequency),
    ...erActions(input.er, gain),
    ...requirementActions(input.requirements, options, gain),
    ...reachActions(input.reach, gain),
  ];
  return actions.sort(compareActions);
}

/** The order of «Что сделать сегодня» (see computeActions). */
export function compareActions(a: Action, b: Action): number {
  return (
    b.impact - a.impact ||
    compareCodes(deadlineOf(a), deadlineOf(b)) ||
    KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind)
  );
}

/**
 * The actions with the publication plan's action (core/plan nextPlanAction) in them. One action per
 * period: the plan's replaces the same period's post-more or schedule-posts, which say the same
 * without the days, and takes its impact, so the period keeps its rank.
 */
export function withPlanAction(actions: readonly Action[], plan: PlanPostsAction | null): Action[] {
  if (!plan) return [...actions];
  const replaced = actions.find(
    (a) => (a.kind === 'post-more' || a.kind === 'schedule-posts') && a.periodIndex === plan.periodIndex,
  );
  const kept = actions.filter((a) => a !== replaced);
  return [...kept, { ...plan, impact: replaced?.impact ?? plan.impact }].sort(compareActions);
}

/** What one fix changes in the projection (see computeActions). */
interface Fix {
  periodMet?: PeriodIndex;
  erAtTarget?: boolean;
  reachAtTarget?: boolean;
  requirementAdded?: boolean;
}

type Gain = (fix: Fix) => number;

function impactOf(input: ActionsInput, options: MethodologyOptions): Gain {
  const projected = (fix: Fix): number => {
    const rating = computeRating({
      frequency: {
        assessed: input.frequency.assessed,
        score: projectedFrequencyScore(input.frequency, options, fix.periodMet),
      },
      er: { achievement: fix.erAtTarget ? 100 : input.er.achievement },
      reach: { achievement: fix.reachAtTarget ? 100 : input.reach.achievement },
      requirements: {
        deductedCount: Math.max(0, input.requirements.deductedCount - (fix.requirementAdded ? 1 : 0)),
      },
      options,
    });
    // Unclamped: on a page whose rating sits at 0, a fixed requirement still counts.
    return (rating.beforeDeduction ?? 0) - rating.deduction.points;
  };
  const now = projected({});
  return (fix) => Math.max(0, round2(projected(fix) - now));
}

/** The frequency score once the running period ends as the posts known now make it end. */
function projectedFrequencyScore(
  frequency: FrequencyResult,
  options: MethodologyOptions,
  periodMet: PeriodIndex | undefined,
): number | null {
  const periods = frequency.periods.map((p): FrequencyPeriod => {
    if (p.index === periodMet) return { ...p, status: 'met' };
    if (p.status === 'in-progress') return { ...p, status: p.forecastMet ? 'met' : 'missed' };
    return p;
  });
  return frequencyScore(periods, options);
}

function frequencyActions(frequency: FrequencyResult, gain: Gain): Action[] {
  if (!frequency.assessed) return [];
  const open = (p: FrequencyPeriod) => p.threshold !== null && (p.neededAfterScheduled ?? 0) > 0;
  return frequency.periods.filter(open).flatMap((p): Action[] => {
    const threshold = p.threshold ?? 0;
    const count = p.neededAfterScheduled ?? 0;
    if (p.status === 'in-progress') {
      return [
        {
          kind: 'post-more',
          periodIndex: p.index,
          count,
          published: p.published,
          scheduled: p.scheduled,
          threshold,
          deadline: p.deadline,
          impact: gain({ periodMet: p.index }),
        },
      ];
    }
    if (p.status === 'upcoming') {
      return [
        {
          kind: 'schedule-posts',
          periodIndex: p.index,
          count,
          scheduled: p.scheduled,
          threshold,
          firstDay: p.firstDate,
          deadline: p.deadline,
          impact: 0,
        },
      ];
    }
    return [];
  });
}

function gapActions(frequency: FrequencyResult): Action[] {
  if (!frequency.assessed) return [];
  const actions: Action[] = [];
  const ongoing = frequency.gaps.find((g) => g.to === 'now');
  if (ongoing) actions.push({ kind: 'fill-gap', days: ongoing.days, since: ongoing.startsAt, impact: 0 });
  const past = frequency.gaps.filter((g) => g.to !== 'now');
  if (past.length > 0) {
    const longestDays = past.reduce((longest, g) => Math.max(longest, g.days), 0);
    actions.push({ kind: 'spread-posts', gaps: past.length, longestDays, impact: 0 });
  }
  return actions;
}

function erActions(er: RatingEr, gain: Gain): Action[] {
  if (er.reactionsNeeded === null || er.reactionsNeeded === 0) return [];
  return [
    {
      kind: 'need-reactions',
      count: er.reactionsNeeded,
      posts: er.posts,
      percent: er.percent,
      targetPercent: er.targetPercent,
      impact: gain({ erAtTarget: true }),
    },
  ];
}

function requirementActions(
  requirements: RequirementsResult,
  options: MethodologyOptions,
  gain: Gain,
): Action[] {
  return requirements.items.flatMap((item): Action[] => {
    if (item.status === 'missing') {
      const deducted = item.deducted && options.requirementDeduction > 0;
      const impact = deducted ? gain({ requirementAdded: true }) : 0;
      return [{ kind: 'fix-requirement', id: item.id, deducted: item.deducted, impact }];
    }
    if (item.status === 'unknown') return [{ kind: 'check-requirement', id: item.id, impact: 0 }];
    return [];
  });
}

function reachActions(reach: ReachResult, gain: Gain): Action[] {
  if (reach.percent === null || reach.achievement === null || reach.achievement >= 100) return [];
  return [
    {
      kind: 'raise-reach',
      percent: reach.percent,
      targetPercent: reach.targetPercent,
      estimated: reach.estimated,
      impact: gain({ reachAtTarget: true }),
    },
  ];
}

/** By code unit, not by locale: '~' must sort after every digit. */
function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Undated actions sort after dated ones ('~' > any digit). */
function deadlineOf(action: Action): string {
  return 'deadline' in action ? action.deadline : '~';
}
