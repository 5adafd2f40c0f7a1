// The supervisor's table: one row per subordinate page (a scorecard, or why there is none) and the
// summary over the set in the methodology's own words.

import { pageStateFlag, type DataFlag } from '../completeness';
import { summarizeEr, type ErSummary } from '../er';
import type { MonitoringEr } from '../monitoring/types';
import { resolveOptions, type OptionsOverride } from '../options';
import { computeRating, type RatingResult } from '../rating';
import { round2 } from '../round';
import { withMonitoringRatingEr, type Scorecard } from '../scorecard';
import {
  countVerdicts,
  unreadPageVerdict,
  type Verdict,
  type VerdictCounts,
  type VerdictStatus,
} from '../verdict';
import type { Category } from '../types';
import { normalizeText } from './import-list';

/** Why a page has no scorecard: the API's page state, or a failed request. */
export type UnavailableStatus = 'private' | 'deleted' | 'banned' | 'error';

/** For `error`: what failed, so that the row can say whether a retry may help. */
export type UnavailableErrorKind = 'network' | 'access' | 'rate-limit' | 'api';

export interface ChildIdentity {
  /** Positive community id. */
  id: number;
  screenName: string | null;
  name: string;
  photo: string | null;
  /** From the supervisor's list (an unknown category is stored as 'active', the bulk of pages). */
  category: Category;
}

/**
 * A page's replies to its subscribers this month (docs/replies.md), once the supervisor asked for them:
 * the core's figures the table shows, sorts and exports, and how far to trust them.
 */
export interface RowReplies {
  /** Subscriber comments of the month, up to the moment of reading. */
  comments: number;
  unanswered: number;
  /** Whole minutes; null when nothing was answered. */
  medianReplyMinutes: number | null;
  /** The longest wait, whole minutes (the wait's colour); null when nothing waits. */
  oldestWaitingMinutes: number | null;
  /** False when the page's managers could not be read: their comments then count as subscribers'. */
  managersKnown: boolean;
  /** False when some posts or comments of the month were left unread: the counts are lower bounds. */
  complete: boolean;
}

export type SupervisorRow = ChildIdentity & {
  /** Its replies figures, once read («Посчитать ответы подписчикам»); absent before (and on unavailable rows). */
  replies?: RowReplies;
} & (
    | {
        state: 'ok';
        scorecard: Scorecard;
        /** What the page's figures lack (src/core/completeness.ts). */
        flags: DataFlag[];
        /** The monitoring-grade ER, once the supervisor asked for it («Уточнить»); else null. */
        monitoring: MonitoringEr | null;
      }
    | { state: 'unavailable'; status: UnavailableStatus; errorKind: UnavailableErrorKind | null }
  );

export type AvailableRow = Extract<SupervisorRow, { state: 'ok' }>;
export type UnavailableRow = Extract<SupervisorRow, { state: 'unavailable' }>;

/**
 * The row with its monitoring-grade ER: the rating then counts that ER (as the admin's scorecard does
 * with the switch on), and capped reaction lists add their flag.
 */
export function withMonitoringEr(row: AvailableRow, monitoring: MonitoringEr): AvailableRow {
  const capped = !monitoring.complete && !row.flags.some((flag) => flag.kind === 'lists-capped');
  return {
    ...row,
    scorecard: withMonitoringRatingEr(row.scorecard, monitoring),
    monitoring,
    flags: capped ? [...row.flags, { kind: 'lists-capped' }] : row.flags,
  };
}

/**
 * The row's verdict: its scorecard's, or for a page without figures that of its state (a deleted or
 * banned page fails; a private page or a failed read has none).
 */
export function rowVerdict(row: SupervisorRow, methodology?: OptionsOverride): Verdict {
  if (row.state === 'ok') return row.scorecard.verdict;
  return unreadPageVerdict(row.status, resolveOptions(methodology).thresholds[row.category] !== null);
}

/** The row's completeness flags: its own, or the page state that left it without figures. */
export function rowFlags(row: SupervisorRow): DataFlag[] {
  if (row.state === 'ok') return row.flags;
  const flag = pageStateFlag(row.status);
  return flag ? [flag] : [];
}

/** The sentence a row shows instead of numbers. */
export function unavailableText(row: Pick<UnavailableRow, 'status' | 'errorKind'>): string {
  switch (row.status) {
    case 'private':
      return 'Закрытое сообщество: записи видны только участникам';
    case 'deleted':
      return 'Сообщество удалено';
    case 'banned':
      return 'Сообщество заблокировано ВКонтакте';
    case 'error':
      if (row.errorKind === 'network') return 'Не удалось загрузить: нет связи с ВКонтакте';
      if (row.errorKind === 'access') return 'Нет доступа к данным сообщества';
      if (row.errorKind === 'rate-limit') return 'ВКонтакте ограничил число запросов: обновите позже';
      return 'ВКонтакте вернул ошибку: обновите позже';
  }
}

export interface SummaryOptions {
  methodology?: OptionsOverride;
  /**
   * Whether an unavailable page with a threshold counts as assessed and not met. Default true: the
   * methodology counts a page that dropped out of the federal export (N/A) as not met.
   */
  unavailableCountsAsNotMet?: boolean;
}

export interface ChildrenSummary {
  /** Rows given. */
  pages: number;
  /** Rows by verdict (rowVerdict): the same statuses the rows and the filters show. */
  verdicts: VerdictCounts;
  /** Rows without a scorecard. */
  unavailable: number;
  /**
   * While the month's last period runs (by the pages read): its last day, 'YYYY-MM-DD', the day the
   * month's «выполнили показатель» becomes final; null once the month is over or nothing was read.
   */
  monthFinalAfter: string | null;
  /** Количество групп для оценки: pages with a frequency threshold (business cards are not). */
  assessed: number;
  /** Выполнили показатель: assessed pages whose month is met. */
  met: number;
  /** Степень выполнения: met ÷ assessed × 100, 2 decimals; null when nothing is assessed. */
  percent: number | null;
  /** Σ reactions ÷ Σ views over the available pages' ER samples, with its achievement. */
  er: ErSummary;
  /** Mean reach achievement of the pages that have one; null when none has. */
  reachAchievement: number | null;
  /** Mean count of missing deducted requirements over the available pages. */
  meanMissingRequirements: number;
  /**
   * The set's composite rating: the page rule (weights, deduction, null policy) applied to the share
   * of assessed pages that have lost no period so far (the frequency percent once the month is over),
   * the aggregated ER achievement, the mean reach achievement and the mean
   * missing requirements.
   */
  rating: RatingResult;
  /** «Количество групп для оценки — N. Выполнили показатель — M. Степень выполнения — P%». */
  text: string;
}

export function summarizeChildren(
  rows: readonly SupervisorRow[],
  options: SummaryOptions = {},
): ChildrenSummary {
  const methodology = resolveOptions(options.methodology);
  const countUnavailable = options.unavailableCountsAsNotMet ?? true;
  const available = rows.flatMap((row) => (row.state === 'ok' ? [row.scorecard] : []));
  const unavailableAssessed = rows.filter(
    (row) => row.state === 'unavailable' && methodology.thresholds[row.category] !== null,
  ).length;

  const assessed =
    available.filter((card) => card.frequency.assessed).length + (countUnavailable ? unavailableAssessed : 0);
  const met = available.filter((card) => card.frequency.assessed && card.frequency.met).length;
  const intact = available.filter(
    (card) => card.frequency.assessed && card.frequency.missedPeriods === 0,
  ).length;
  const percent = assessed === 0 ? null : round2((met / assessed) * 100);
  const er = summarizeEr(
    available.map((card) => card.er),
    options.methodology,
  );
  const reachScores = available.flatMap((card) =>
    card.reach.achievement === null ? [] : [card.reach.achievement],
  );
  const reachAchievement = reachScores.length === 0 ? null : round2(mean(reachScores));
  const meanMissingRequirements =
    available.length === 0 ? 0 : mean(available.map((card) => card.requirements.deductedCount));
  const rating = computeRating({
    // Mid-month no page has met its month yet: the rating counts the pages that have lost no period
    // so far (the same rule as the rows' verdicts); at the month's end this equals the letter's percent.
    frequency: { assessed: assessed > 0, score: assessed === 0 ? null : round2((intact / assessed) * 100) },
    er: { achievement: er.achievement },
    reach: { achievement: reachAchievement },
    requirements: { deductedCount: meanMissingRequirements },
    options: options.methodology,
  });
  return {
    pages: rows.length,
    verdicts: countVerdicts(rows.map((row) => rowVerdict(row, options.methodology))),
    unavailable: rows.length - available.length,
    monthFinalAfter: monthFinalAfter(available),
    assessed,
    met,
    percent,
    er,
    reachAchievement,
    meanMissingRequirements,
    rating,
    text: `Количество групп для оценки — ${assessed}. Выполнили показатель — ${met}. Степень выполнения — ${letterPercent(percent)}`,
  };
}

/** As the letters write it (not the UI's "25,00 %"): 25 → «25%», 33.33 → «33,33%», null → «нет данных». */
export function letterPercent(value: number | null): string {
  return value === null ? 'нет данных' : `${String(value).replace('.', ',')}%`;
}

function monthFinalAfter(cards: readonly Scorecard[]): string | null {
  const running = cards.find((card) => !card.frequency.complete);
  return running ? running.frequency.periods[3].deadline : null;
}

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/** The page's rating total; null when unavailable or without data. */
export function rowRating(row: SupervisorRow): number | null {
  return row.state === 'ok' ? row.scorecard.rating.total : null;
}

export type RowOrder = 'worst' | 'name' | 'rating' | 'waiting' | 'slowest';

const collator = new Intl.Collator('ru', { sensitivity: 'base', numeric: true });

/** Russian collation with ё read as е (as people search), digits compared as numbers. */
export function compareNames(a: string, b: string): number {
  return collator.compare(a.replace(/ё/gi, 'е'), b.replace(/ё/gi, 'е'));
}

/**
 * - `worst`: by verdict (fails, at risk, no verdict, compliant), then the lowest rating (no rating
 *   before any), then by name;
 * - `rating`: highest first, rows without a rating last, then by name;
 * - `name`: by name;
 * - `waiting`: the most subscriber comments waiting for an answer first, rows whose replies were not
 *   read last, then as `worst`;
 * - `slowest`: the longest median reply time first, rows without one (nothing answered, not read)
 *   last, then as `worst`.
 * Stable: equal rows keep their order. Returns a new array.
 */
export function sortRows(rows: readonly SupervisorRow[], order: RowOrder): SupervisorRow[] {
  const byName = (a: SupervisorRow, b: SupervisorRow) => compareNames(a.name, b.name);
  const worst = (a: SupervisorRow, b: SupervisorRow) =>
    SEVERITY[rowVerdict(a).status] - SEVERITY[rowVerdict(b).status] ||
    (rowRating(a) ?? -1) - (rowRating(b) ?? -1) ||
    byName(a, b);
  const compare: Record<RowOrder, (a: SupervisorRow, b: SupervisorRow) => number> = {
    name: byName,
    worst,
    rating: (a, b) => (rowRating(b) ?? -1) - (rowRating(a) ?? -1) || byName(a, b),
    waiting: (a, b) => largestFirst(a.replies?.unanswered, b.replies?.unanswered) || worst(a, b),
    slowest: (a, b) =>
      largestFirst(a.replies?.medianReplyMinutes, b.replies?.medianReplyMinutes) || worst(a, b),
  };
  return [...rows].sort(compare[order]);
}

/** Descending, an unknown value (null or undefined) after every known one. */
function largestFirst(a: number | null | undefined, b: number | null | undefined): number {
  const known = (x: number | null | undefined): x is number => x !== null && x !== undefined;
  if (!known(a)) return known(b) ? 1 : 0;
  return known(b) ? b - a : -1;
}

const SEVERITY: Readonly<Record<VerdictStatus, number>> = { fail: 0, risk: 1, unknown: 2, ok: 3 };

export interface RowFilter {
  /** Only rows with this verdict («Не выполняют», «В зоне риска»). */
  status?: VerdictStatus;
  /** Substring of the name or screen name; case- and ё-insensitive. */
  query?: string;
}

export function filterRows(rows: readonly SupervisorRow[], filter: RowFilter): SupervisorRow[] {
  const query = normalizeText(filter.query ?? '');
  return rows.filter(
    (row) =>
      (filter.status === undefined || rowVerdict(row).status === filter.status) &&
      (query === '' ||
        normalizeText(row.name).includes(query) ||
        normalizeText(row.screenName ?? '').includes(query)),
  );
}
