// «Что сделать сегодня»: structured actions derived from the scorecard, ordered by the rating points
// at stake. No text here: the UI turns { kind: 'post-more', count: 2, deadline: '2024-11-14' } into
// «опубликуйте ещё 2 поста до 14 ноября».

import type { ErResult } from './er';
import type { FrequencyPeriod, FrequencyResult, PeriodIndex } from './frequency';
import { resolveOptions, type MethodologyOptions, type OptionsOverride, type RequirementId } from './options';
import type { ReachResult } from './reach';
import type { RequirementsResult } from './requirements';
import { round2 } from './round';
import type { DateId } from './time';

/** Every action carries `impact`: the rating points at stake at the configured weights (estimate). */
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
  | NeedReactionsAction
  | FixRequirementAction
  | CheckRequirementAction
  | RaiseReachAction
  | FillGapAction
  | SpreadPostsAction;

export type ActionKind = Action['kind'];

export interface ActionsInput {
  frequency: FrequencyResult;
  er: ErResult;
  reach: ReachResult;
  requirements: RequirementsResult;
  options?: OptionsOverride;
}

/** Tie-break after impact and deadline: the more concrete and urgent kinds first. */
const KIND_ORDER: readonly ActionKind[] = [
  'post-more',
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
 * Impact: a period is worth weight.frequency × 100 ÷ 4 at the month's end (share mode) or the
 * whole frequency weight while no period is lost (all-or-nothing); ER and reach the weighted
 * shortfall of their achievement; a requirement its deduction. Advice-only actions have impact 0.
 */
export function computeActions(input: ActionsInput): Action[] {
  const options = resolveOptions(input.options);
  const actions: Action[] = [
    ...frequencyActions(input.frequency, options),
    ...gapActions(input.frequency),
    ...erActions(input.er, options),
    ...requirementActions(input.requirements, options),
    ...reachActions(input.reach, options),
  ];
  return actions.sort(
    (a, b) =>
      b.impact - a.impact ||
      deadlineOf(a).localeCompare(deadlineOf(b)) ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind),
  );
}

function frequencyActions(frequency: FrequencyResult, options: MethodologyOptions): Action[] {
  if (!frequency.assessed) return [];
  const impact = periodImpact(frequency, options);
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
          impact,
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
          impact,
        },
      ];
    }
    return [];
  });
}

function periodImpact(frequency: FrequencyResult, options: MethodologyOptions): number {
  const weight = options.weights.frequency * 100;
  if (options.frequencyScoreMode === 'all-or-nothing')
    return frequency.missedPeriods > 0 ? 0 : round2(weight);
  return round2(weight / frequency.periods.length);
}

function gapActions(frequency: FrequencyResult): Action[] {
  if (!frequency.assessed) return [];
  const actions: Action[] = [];
  const ongoing = frequency.gaps.find((g) => g.to === 'now');
  if (ongoing) actions.push({ kind: 'fill-gap', days: ongoing.days, since: ongoing.startsAt, impact: 0 });
  const past = frequency.gaps.filter((g) => g.to !== 'now');
  if (past.length > 0) {
    const longestDays = Math.max(...past.map((g) => g.days));
    actions.push({ kind: 'spread-posts', gaps: past.length, longestDays, impact: 0 });
  }
  return actions;
}

function erActions(er: ErResult, options: MethodologyOptions): Action[] {
  if (er.reactionsNeeded === null || er.reactionsNeeded === 0) return [];
  return [
    {
      kind: 'need-reactions',
      count: er.reactionsNeeded,
      posts: er.posts.length,
      percent: er.percent,
      targetPercent: er.targetPercent,
      impact: round2(options.weights.er * (100 - (er.achievement ?? 0))),
    },
  ];
}

function requirementActions(requirements: RequirementsResult, options: MethodologyOptions): Action[] {
  return requirements.items.flatMap((item): Action[] => {
    if (item.status === 'missing') {
      const impact = item.deducted ? options.requirementDeduction : 0;
      return [{ kind: 'fix-requirement', id: item.id, deducted: item.deducted, impact }];
    }
    if (item.status === 'unknown') return [{ kind: 'check-requirement', id: item.id, impact: 0 }];
    return [];
  });
}

function reachActions(reach: ReachResult, options: MethodologyOptions): Action[] {
  if (reach.percent === null || reach.achievement === null || reach.achievement >= 100) return [];
  return [
    {
      kind: 'raise-reach',
      percent: reach.percent,
      targetPercent: reach.targetPercent,
      estimated: reach.estimated,
      impact: round2(options.weights.reach * (100 - reach.achievement)),
    },
  ];
}

/** Undated actions sort after dated ones ('~' > any digit). */
function deadlineOf(action: Action): string {
  return 'deadline' in action ? action.deadline : '~';
}
