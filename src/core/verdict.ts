// The verdict: one word per page («выполняет», «в зоне риска», «не выполняет», «нет данных») and the
// state of each indicator against its target. The scorecard's first screen, the supervisor's rows,
// filters and summary, the export and the report CLI all read this one function, so they can never
// disagree (docs/methodology.md, "The verdict").

import type { FrequencyPeriod, FrequencyResult, PeriodIndex } from './frequency';
import type { RequirementId } from './options';
import type { ReachResult } from './reach';
import type { RequirementsResult } from './requirements';
import type { DateId } from './time';
import { isGone, type PageStatus } from './types';

export type VerdictStatus = 'ok' | 'risk' | 'fail' | 'unknown';
export type FrequencyIndicator = 'ok' | 'risk' | 'fail' | 'unknown' | 'not-assessed';
export type IndicatorStatus = 'ok' | 'fail' | 'unknown';

/** The word a clerk reads first, one page: «Не выполняет». The screens, the export and the CLI's readers. */
export const VERDICT_WORD: Readonly<Record<VerdictStatus, string>> = {
  ok: 'Выполняет',
  risk: 'В зоне риска',
  fail: 'Не выполняет',
  unknown: 'Нет данных',
};

/** The status as a count's label, of many pages: «Не выполняют — 12». */
export const VERDICT_PLURAL: Readonly<Record<VerdictStatus, string>> = {
  ok: 'Выполняют',
  risk: 'В зоне риска',
  fail: 'Не выполняют',
  unknown: 'Нет данных',
};

export interface VerdictIndicators {
  frequency: FrequencyIndicator;
  er: IndicatorStatus;
  requirements: IndicatorStatus;
  /** Shown, never sets the status: the reach target is our assumption, not the methodology's. */
  reach: IndicatorStatus;
}

/** Why the status is what it is, most serious first: what the UI names beside the word. */
export type VerdictReason =
  | { kind: 'page-gone'; state: 'deleted' | 'banned' }
  | {
      kind: 'period-missed';
      periodIndex: PeriodIndex;
      published: number;
      threshold: number;
      /** The page was out of the federal export (N/A) in that period. */
      unavailable: boolean;
    }
  | { kind: 'requirements-missing'; missing: RequirementId[] }
  | { kind: 'er-below-target'; percent: number; targetPercent: number }
  | {
      kind: 'period-at-risk';
      periodIndex: PeriodIndex;
      published: number;
      scheduled: number;
      threshold: number;
      deadline: DateId;
    };

export interface Verdict {
  status: VerdictStatus;
  indicators: VerdictIndicators;
  reasons: VerdictReason[];
}

/** The ER figure the rating counts (plain or monitoring-grade): only its rounded percent matters. */
export interface VerdictEr {
  percent: number | null;
  targetPercent: number;
}

export interface VerdictInput {
  pageStatus: PageStatus;
  frequency: Pick<FrequencyResult, 'assessed' | 'periods'>;
  er: VerdictEr;
  requirements: Pick<RequirementsResult, 'items'>;
  reach: Pick<ReachResult, 'percent' | 'targetPercent'>;
}

export function computeVerdict(input: VerdictInput): Verdict {
  if (isGone(input.pageStatus)) return goneVerdict(input.pageStatus, input.frequency.assessed);
  const frequency = frequencyIndicator(input.frequency);
  const er = erIndicator(input.er);
  const requirements = requirementsIndicator(input.requirements);
  const reach = reachIndicator(input.reach);
  const indicators: VerdictIndicators = { frequency, er, requirements, reach };
  return { status: statusOf(indicators), indicators, reasons: reasonsOf(input, indicators) };
}

/**
 * Frequency so far: `fail` once a finished period is below the threshold (or N/A); `risk` while the
 * running period is below it even with the known scheduled posts; `unknown` before the first period.
 */
export function frequencyIndicator(
  frequency: Pick<FrequencyResult, 'assessed' | 'periods'>,
): FrequencyIndicator {
  if (!frequency.assessed) return 'not-assessed';
  const { periods } = frequency;
  if (periods.some(isLost)) return 'fail';
  if (periods.some(isAtRisk)) return 'risk';
  if (periods.every((p) => p.status === 'upcoming')) return 'unknown';
  return 'ok';
}

/** Compared on the rounded percent the screen shows: 2.995 % shows as 3,00 % and meets 3 %. */
export function erIndicator(er: VerdictEr): IndicatorStatus {
  if (er.percent === null) return 'unknown';
  return er.percent < er.targetPercent ? 'fail' : 'ok';
}

/** `fail` when a deducted item (cover, avatar, description, declared ПОС widgets) is missing. */
export function requirementsIndicator(requirements: Pick<RequirementsResult, 'items'>): IndicatorStatus {
  const deducted = requirements.items.filter((item) => item.deducted);
  if (deducted.some((item) => item.status === 'missing')) return 'fail';
  if (deducted.some((item) => item.status === 'unknown')) return 'unknown';
  return 'ok';
}

export function reachIndicator(reach: Pick<ReachResult, 'percent' | 'targetPercent'>): IndicatorStatus {
  if (reach.percent === null) return 'unknown';
  return reach.percent < reach.targetPercent ? 'fail' : 'ok';
}

/**
 * A business card is judged by its requirements only (its posting is optional). Other pages fail on
 * frequency, ER or requirements; a running period below the threshold puts them at risk; a page
 * without an ER figure or before its first period has no verdict yet. Reach never sets it.
 */
function statusOf(indicators: VerdictIndicators): VerdictStatus {
  if (indicators.frequency === 'not-assessed') return indicators.requirements === 'fail' ? 'fail' : 'ok';
  if (indicators.frequency === 'fail' || indicators.er === 'fail' || indicators.requirements === 'fail')
    return 'fail';
  if (indicators.frequency === 'risk') return 'risk';
  if (indicators.er === 'unknown' || indicators.frequency === 'unknown') return 'unknown';
  return 'ok';
}

function reasonsOf(input: VerdictInput, indicators: VerdictIndicators): VerdictReason[] {
  const reasons: VerdictReason[] = [];
  const card = indicators.frequency === 'not-assessed';
  for (const p of input.frequency.periods.filter(isLost))
    reasons.push({
      kind: 'period-missed',
      periodIndex: p.index,
      published: p.published,
      threshold: p.threshold ?? 0,
      unavailable: p.status === 'unavailable',
    });
  if (indicators.requirements === 'fail')
    reasons.push({
      kind: 'requirements-missing',
      missing: input.requirements.items
        .filter((item) => item.deducted && item.status === 'missing')
        .map((item) => item.id),
    });
  if (!card && indicators.er === 'fail' && input.er.percent !== null)
    reasons.push({
      kind: 'er-below-target',
      percent: input.er.percent,
      targetPercent: input.er.targetPercent,
    });
  for (const p of input.frequency.periods.filter(isAtRisk))
    reasons.push({
      kind: 'period-at-risk',
      periodIndex: p.index,
      published: p.published,
      scheduled: p.scheduled,
      threshold: p.threshold ?? 0,
      deadline: p.deadline,
    });
  return reasons;
}

function isLost(p: FrequencyPeriod): boolean {
  return p.status === 'missed' || p.status === 'unavailable';
}

function isAtRisk(p: FrequencyPeriod): boolean {
  return p.status === 'in-progress' && !p.forecastMet;
}

/** A deleted or banned page fails whatever its figures were: nothing of it can be assessed now. */
function goneVerdict(state: 'deleted' | 'banned', assessed: boolean): Verdict {
  return { status: 'fail', indicators: unknownIndicators(assessed), reasons: [{ kind: 'page-gone', state }] };
}

/** Nothing of the page could be read: every indicator unknown (frequency not assessed for a card). */
function unknownIndicators(assessed: boolean): VerdictIndicators {
  return {
    frequency: assessed ? 'unknown' : 'not-assessed',
    er: 'unknown',
    requirements: 'unknown',
    reach: 'unknown',
  };
}

/**
 * The verdict of a page that could not be read (supervisor rows, the live report): deleted and banned
 * pages fail; a private page or a failed read has no verdict.
 */
export function unreadPageVerdict(
  state: 'private' | 'deleted' | 'banned' | 'error',
  assessed: boolean,
): Verdict {
  if (state === 'deleted' || state === 'banned') return goneVerdict(state, assessed);
  return { status: 'unknown', indicators: unknownIndicators(assessed), reasons: [] };
}

export type VerdictCounts = Record<VerdictStatus, number>;

/** How many pages have each status: the supervisor's summary and the report's summary.verdict. */
export function countVerdicts(verdicts: readonly Pick<Verdict, 'status'>[]): VerdictCounts {
  const counts: VerdictCounts = { ok: 0, risk: 0, fail: 0, unknown: 0 };
  for (const verdict of verdicts) counts[verdict.status] += 1;
  return counts;
}
