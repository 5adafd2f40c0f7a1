// The publication plan («План публикаций», docs/plan.md): for each assessment period of the month,
// the own posts still needed beyond the published and scheduled ones, and the days and hours to
// schedule them on, spread evenly: the monitoring calls a burst (five posts in two days, then a silent
// week) an error even where the count is met.

import type { SuggestedPost } from '../actions';
import { computeFrequency, PERIOD_FIRST_DAYS, type PeriodIndex, type PeriodStatus } from '../frequency';
import type { BestTimeResult } from '../history/best-time';
import type { OptionsOverride } from '../options';
import { uniquePosts } from '../posts';
import {
  dateId,
  dateOf,
  localDateTime,
  monthId,
  parseMonth,
  startOfLocalDay,
  type DateId,
  type MonthId,
} from '../time';
import type { Category, Post } from '../types';
import { spreadOverDays, type CandidateDay } from './spacing';

/**
 * The hour without enough history for a best time: 10:00 is inside office hours, so the clerk who
 * answers the subscribers' comments (docs/replies.md) is at work when they come, with the whole
 * working day left to answer.
 */
export const DEFAULT_PLAN_HOUR = 10;

/** A second post on one day comes this many hours after the first (then before, past 23:00). */
export const SAME_DAY_STEP_HOURS = 2;

/** Day 28 closes period 4; days 29–31 are not assessed. */
const LAST_ASSESSED_DAY = PERIOD_FIRST_DAYS[4] + 6;

export interface PlanInput {
  /** The page's posts, published and scheduled (any order; reposts and others' posts are left out). */
  posts: readonly Post[];
  category: Category;
  /** Unix seconds. */
  now: number;
  /** IANA zone of the page's days. */
  timeZone: string;
  /** 0..23 from the history's heat map (bestHourOf); null or absent: DEFAULT_PLAN_HOUR. */
  bestHour?: number | null;
  /** 'YYYY-MM'; defaults to planMonth(now, timeZone). */
  month?: MonthId;
  /** The scorecard's options (thresholds); the zone is `timeZone`. */
  options?: Omit<OptionsOverride, 'timeZone'>;
}

export interface PlannedPeriod {
  index: PeriodIndex;
  /** The period's first and last day, 'YYYY-MM-DD'. */
  firstDate: DateId;
  deadline: DateId;
  /** Null for a business card. */
  threshold: number | null;
  /** Own posts published by now, and scheduled after now, in the period. */
  published: number;
  scheduled: number;
  /** threshold − published − scheduled, never negative; 0 once the period is over or for a business card. */
  stillNeeded: number;
  status: PeriodStatus;
  /** The first day a post may still be suggested on; null once no day of the period is left. */
  plansFrom: DateId | null;
  /** stillNeeded posts (fewer only when no day is left), earliest first. */
  suggested: SuggestedPost[];
}

export interface PublicationPlan {
  month: MonthId;
  timeZone: string;
  category: Category;
  /** The hour the suggestions start from, and where it comes from. */
  hour: number;
  hourSource: 'best-time' | 'default';
  periods: [PlannedPeriod, PlannedPeriod, PlannedPeriod, PlannedPeriod];
}

/** The best slot's hour once the heat map has enough data; null otherwise. */
export function bestHourOf(bestTime: Pick<BestTimeResult, 'best' | 'tooFew'>): number | null {
  return bestTime.tooFew ? null : (bestTime.best[0]?.hour ?? null);
}

/** The month to plan: now's, or the next one on days 29–31, when nothing of now's is left to assess. */
export function planMonth(now: number, timeZone: string): MonthId {
  const t = localDateTime(now, timeZone);
  if (t.day <= LAST_ASSESSED_DAY) return monthId(t.year, t.month);
  return t.month === 12 ? monthId(t.year + 1, 1) : monthId(t.year, t.month + 1);
}

export function planPublications(input: PlanInput): PublicationPlan {
  const { now, timeZone } = input;
  const hour = input.bestHour ?? DEFAULT_PLAN_HOUR;
  if (!Number.isInteger(hour) || hour < 0 || hour > 23)
    throw new RangeError(`Invalid hour ${hour}, expected 0..23`);
  const month = input.month ?? planMonth(now, timeZone);
  const posts = uniquePosts(input.posts);
  const frequency = computeFrequency(posts, {
    category: input.category,
    month,
    now,
    options: { ...input.options, timeZone },
  });
  // computeFrequency has refused a malformed month.
  const { year, month: monthNumber } = parseMonth(month) as { year: number; month: number };
  const postDays = ownPostDays(posts, now, timeZone);
  const today = dateOf(now, timeZone);
  const periods = frequency.periods.map((p): PlannedPeriod => {
    const stillNeeded = now >= p.endsAt ? 0 : (p.neededAfterScheduled ?? 0);
    const days: (CandidateDay<SuggestedPost> & { date: DateId })[] = [];
    let lateToday: (CandidateDay<SuggestedPost> & { date: DateId }) | null = null;
    for (let day = p.firstDay; day <= p.lastDay; day += 1) {
      const date = dateId(year, monthNumber, day);
      const midnight = startOfLocalDay(year, monthNumber, day, timeZone);
      const slots = daySlots(midnight, date, hour, now);
      if (slots.length > 0) days.push({ date, hasPost: postDays.has(date), slots });
      else if (date === today) {
        const late = lateSlots(midnight, date, now);
        if (late.length > 0) lateToday = { date, hasPost: postDays.has(date), slots: late };
      }
    }
    // A period too short for its posts one a day takes the rest of today too, rather than two or
    // three posts on one of its last days.
    if (lateToday && days.length < stillNeeded) days.unshift(lateToday);
    return {
      index: p.index,
      firstDate: p.firstDate,
      deadline: p.deadline,
      threshold: p.threshold,
      published: p.published,
      scheduled: p.scheduled,
      stillNeeded,
      status: p.status,
      plansFrom: days[0]?.date ?? null,
      suggested: stillNeeded > 0 ? spreadOverDays(days, stillNeeded) : [],
    };
  }) as PublicationPlan['periods'];
  return {
    month,
    timeZone,
    category: input.category,
    hour,
    hourSource: input.bestHour == null ? 'default' : 'best-time',
    periods,
  };
}

/** Local dates of the own posts the frequency counts: published by now, scheduled after now. */
function ownPostDays(posts: readonly Post[], now: number, timeZone: string): Set<DateId> {
  const counted = posts.filter(
    (post) =>
      post.own &&
      ((post.state === 'published' && post.date <= now) || (post.state === 'postponed' && post.date > now)),
  );
  return new Set(
    counted.map((post) => {
      const t = localDateTime(post.date, timeZone);
      return dateId(t.year, t.month, t.day);
    }),
  );
}

/** The latest hour a post is suggested at when today's plan hour has passed. */
const LAST_LATE_HOUR = 21;

/**
 * Today's slots once its plan hour has passed: the next whole hour, then every SAME_DAY_STEP_HOURS
 * until LAST_LATE_HOUR. Used only when the period has fewer days left than posts to make.
 */
function lateSlots(midnight: number, date: DateId, now: number): SuggestedPost[] {
  const slots: SuggestedPost[] = [];
  const next = Math.floor((now - midnight) / 3600) + 1;
  for (let h = next; h <= LAST_LATE_HOUR; h += SAME_DAY_STEP_HOURS)
    slots.push({ date, hour: h, at: midnight + h * 3600 });
  return slots;
}

/**
 * A day's slots: the plan hour, then every SAME_DAY_STEP_HOURS later until 23:00, then earlier. None
 * once the plan hour has passed (today after it: the plan starts tomorrow); otherwise only the slots
 * still ahead. The hour is counted from local midnight: no Russian zone has changed its clocks since
 * 2014 (elsewhere a changeover day shifts it by one).
 */
function daySlots(midnight: number, date: DateId, hour: number, now: number): SuggestedPost[] {
  if (midnight + hour * 3600 <= now) return [];
  const hours: number[] = [];
  for (let h = hour; h <= 23; h += SAME_DAY_STEP_HOURS) hours.push(h);
  for (let h = hour - SAME_DAY_STEP_HOURS; h >= 0; h -= SAME_DAY_STEP_HOURS) hours.push(h);
  return hours.map((h) => ({ date, hour: h, at: midnight + h * 3600 })).filter((slot) => slot.at > now);
}
