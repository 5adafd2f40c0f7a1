// Publication frequency (частотность): four assessment periods a month (days 1–7, 8–14, 15–21,
// 22–28, calendar days in the page's time zone; days 29–31 are not assessed), own published posts
// counted in each against the category threshold, scheduled posts as a forecast, and long silences.

import { resolveOptions, type MethodologyOptions, type OptionsOverride } from './options';
import { round2 } from './round';
import {
  dateId,
  monthBounds,
  parseMonth,
  startOfLocalDay,
  wholeDays,
  SECONDS_PER_DAY,
  type DateId,
  type MonthId,
} from './time';
import type { Category, Post } from './types';

export type PeriodIndex = 1 | 2 | 3 | 4;

/** First calendar day of each assessment period; each lasts seven days. */
export const PERIOD_FIRST_DAYS: Readonly<Record<PeriodIndex, number>> = { 1: 1, 2: 8, 3: 15, 4: 22 };

/**
 * - `met`: published ≥ threshold (final: posts are never taken back);
 * - `missed`: the period is over below the threshold;
 * - `in-progress`: now is inside the period and it is not met yet;
 * - `upcoming`: the period has not started;
 * - `unavailable`: the page was out of the federal export (N/A) — counts as not met;
 * - `not-assessed`: business card, no threshold.
 */
export type PeriodStatus = 'met' | 'missed' | 'in-progress' | 'upcoming' | 'unavailable' | 'not-assessed';

export interface FrequencyPeriod {
  index: PeriodIndex;
  /** 1, 8, 15 or 22. */
  firstDay: number;
  /** 7, 14, 21 or 28. */
  lastDay: number;
  /** Local midnight opening the first day, unix seconds. */
  startsAt: number;
  /** Local midnight after the last day, unix seconds (exclusive). */
  endsAt: number;
  /** The first day, 'YYYY-MM-DD'. */
  firstDate: DateId;
  /** The last day, 'YYYY-MM-DD': posts must be out by the end of it. */
  deadline: DateId;
  /** Own published posts dated in the period and not after now. */
  published: number;
  /** Own scheduled posts dated in the period after now (a forecast, not a fact). */
  scheduled: number;
  threshold: number | null;
  status: PeriodStatus;
  /** Posts still needed: max(threshold − published, 0); 0 once met; null when not assessed. */
  needed: number | null;
  /** Posts still needed beyond the scheduled ones; null when not assessed. */
  neededAfterScheduled: number | null;
  /** Met counting the scheduled posts (true when not assessed). */
  forecastMet: boolean;
}

/** A silence between own published posts (or the month start / now) of at least gapWarningDays. */
export interface PostingGap {
  startsAt: number;
  endsAt: number;
  /** Whole days of silence (floor). */
  days: number;
  /** What opens the gap: the month start, or a post (afterPostId). */
  from: 'month-start' | 'post';
  /** What closes it: a post (beforePostId), now (still going on) or the month end. */
  to: 'post' | 'now' | 'month-end';
  afterPostId: number | null;
  beforePostId: number | null;
}

export interface FrequencyResult {
  month: MonthId;
  timeZone: string;
  category: Category;
  /** Posts required per period; null for a business card. */
  threshold: number | null;
  /** False for a business card (no threshold). */
  assessed: boolean;
  periods: [FrequencyPeriod, FrequencyPeriod, FrequencyPeriod, FrequencyPeriod];
  /** The month is fulfilled: every period met (true for a business card). */
  met: boolean;
  /** Fulfilled counting scheduled posts as published (true for a business card). */
  forecastMet: boolean;
  /** Every period is over (now is past day 28). */
  complete: boolean;
  /** Periods missed or unavailable so far. */
  missedPeriods: number;
  /** 0..100 per options.frequencyScoreMode; null when not assessed or nothing is decided yet. */
  score: number | null;
  /** Long silences within the month up to now, oldest first, even where counts are met. */
  gaps: PostingGap[];
}

export interface FrequencyOptions {
  category: Category;
  month: MonthId;
  /** Unix seconds. */
  now: number;
  options?: OptionsOverride;
  /** Periods the page was out of the federal export (N/A): counted as not met. */
  unavailablePeriods?: readonly PeriodIndex[];
}

const PERIOD_INDEXES: readonly PeriodIndex[] = [1, 2, 3, 4];

export function computeFrequency(posts: readonly Post[], opts: FrequencyOptions): FrequencyResult {
  const options = resolveOptions(opts.options);
  const parsed = parseMonth(opts.month);
  if (!parsed) throw new RangeError(`Invalid month "${opts.month}", expected YYYY-MM`);
  const { timeZone } = options;
  const threshold = options.thresholds[opts.category];
  const own = posts.filter((post) => post.own);
  const published = own.filter((post) => post.state === 'published' && post.date <= opts.now);
  const scheduled = own.filter((post) => post.state === 'postponed' && post.date > opts.now);

  const periods = PERIOD_INDEXES.map((index): FrequencyPeriod => {
    const firstDay = PERIOD_FIRST_DAYS[index];
    const lastDay = firstDay + 6;
    const startsAt = startOfLocalDay(parsed.year, parsed.month, firstDay, timeZone);
    const endsAt = startOfLocalDay(parsed.year, parsed.month, lastDay + 1, timeZone);
    const inPeriod = (post: Post) => post.date >= startsAt && post.date < endsAt;
    const publishedCount = published.filter(inPeriod).length;
    const scheduledCount = scheduled.filter(inPeriod).length;
    const unavailable = opts.unavailablePeriods?.includes(index) ?? false;
    return {
      index,
      firstDay,
      lastDay,
      startsAt,
      endsAt,
      firstDate: dateId(parsed.year, parsed.month, firstDay),
      deadline: dateId(parsed.year, parsed.month, lastDay),
      published: publishedCount,
      scheduled: scheduledCount,
      threshold,
      status: periodStatus({ threshold, published: publishedCount, startsAt, endsAt, unavailable }, opts.now),
      needed: threshold === null ? null : Math.max(threshold - publishedCount, 0),
      neededAfterScheduled:
        threshold === null ? null : Math.max(threshold - publishedCount - scheduledCount, 0),
      forecastMet: threshold === null || (!unavailable && publishedCount + scheduledCount >= threshold),
    };
  }) as FrequencyResult['periods'];

  const assessed = threshold !== null;
  const missedPeriods = periods.filter((p) => p.status === 'missed' || p.status === 'unavailable').length;
  const month = monthBounds(opts.month, timeZone);
  return {
    month: opts.month,
    timeZone,
    category: opts.category,
    threshold,
    assessed,
    periods,
    met: !assessed || periods.every((p) => p.status === 'met'),
    forecastMet: periods.every((p) => p.forecastMet),
    complete: opts.now >= periods[3].endsAt,
    missedPeriods,
    score: frequencyScore(periods, options),
    gaps: findGaps(published, month.startsAt, month.endsAt, opts.now, options.gapWarningDays),
  };
}

function periodStatus(
  p: { threshold: number | null; published: number; startsAt: number; endsAt: number; unavailable: boolean },
  now: number,
): PeriodStatus {
  if (p.threshold === null) return 'not-assessed';
  if (p.unavailable) return 'unavailable';
  if (p.published >= p.threshold) return 'met';
  if (now >= p.endsAt) return 'missed';
  if (now >= p.startsAt) return 'in-progress';
  return 'upcoming';
}

/**
 * The page's frequency as a 0..100 score for the rating (see FrequencyScoreMode). A period is
 * decided once it is met or over; null while nothing is decided (e.g. on the 3rd with 1 post).
 */
export function frequencyScore(
  periods: readonly FrequencyPeriod[],
  options: MethodologyOptions,
): number | null {
  if (periods.some((p) => p.status === 'not-assessed')) return null;
  const met = periods.filter((p) => p.status === 'met').length;
  const failed = periods.filter((p) => p.status === 'missed' || p.status === 'unavailable').length;
  if (options.frequencyScoreMode === 'all-or-nothing') {
    if (failed > 0) return 0;
    return met > 0 ? 100 : null;
  }
  const decided = met + failed;
  return decided === 0 ? null : round2((met / decided) * 100);
}

/**
 * Silences of at least `minDays` within [month start, min(now, month end)], bounded by the
 * month start, own published posts, and now (or the month end once the month is over).
 */
export function findGaps(
  published: readonly Post[],
  monthStartsAt: number,
  monthEndsAt: number,
  now: number,
  minDays: number,
): PostingGap[] {
  const windowEnd = Math.min(now, monthEndsAt);
  if (windowEnd <= monthStartsAt) return [];
  const inWindow = published
    .filter((post) => post.date >= monthStartsAt && post.date <= windowEnd)
    .sort((a, b) => a.date - b.date || a.id - b.id);
  type Mark = { at: number; post: Post | null };
  const marks: Mark[] = [
    { at: monthStartsAt, post: null },
    ...inWindow.map((post) => ({ at: post.date, post })),
    { at: windowEnd, post: null },
  ];
  const gaps: PostingGap[] = [];
  for (let i = 1; i < marks.length; i += 1) {
    const start = marks[i - 1] as Mark;
    const end = marks[i] as Mark;
    if (end.at - start.at < minDays * SECONDS_PER_DAY) continue;
    const isLast = i === marks.length - 1;
    gaps.push({
      startsAt: start.at,
      endsAt: end.at,
      days: wholeDays(end.at - start.at),
      from: start.post ? 'post' : 'month-start',
      to: !isLast ? 'post' : windowEnd === now ? 'now' : 'month-end',
      afterPostId: start.post?.id ?? null,
      beforePostId: isLast ? null : (end.post?.id ?? null),
    });
  }
  return gaps;
}

export interface FrequencySummary {
  /** Results given. */
  pages: number;
  /** Pages with a threshold (business cards are not assessed). */
  assessed: number;
  /** Assessed pages whose month is met. */
  met: number;
  /** met ÷ assessed × 100, 2 decimals; null when nothing is assessed. */
  percent: number | null;
}

/** Degree of fulfilment over a set of pages (the worked example: 4 assessed, 1 met → 25). */
export function summarizeFrequency(results: readonly FrequencyResult[]): FrequencySummary {
  const assessed = results.filter((r) => r.assessed);
  const met = assessed.filter((r) => r.met).length;
  return {
    pages: results.length,
    assessed: assessed.length,
    met,
    percent: assessed.length === 0 ? null : round2((met / assessed.length) * 100),
  };
}

/**
 * The next date that matters: the running period (its deadline), else the next one to start; null
 * once every period of the month is decided or for a business card.
 */
export function nextOpenPeriod(
  frequency: Pick<FrequencyResult, 'assessed' | 'periods'>,
): FrequencyPeriod | null {
  if (!frequency.assessed) return null;
  return frequency.periods.find((p) => p.status === 'in-progress' || p.status === 'upcoming') ?? null;
}
