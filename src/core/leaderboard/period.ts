// Leaderboard periods in the page's time zone: the rating period (days 1–7, 8–14, 15–21, 22–end of
// month: days 29–31 extend the fourth period), the month, or custom whole days.
import { daysInMonth, localDateTime, startOfLocalDay } from '../time';
import type { LeaderboardPeriod } from './types';

export type RatingPeriodIndex = 1 | 2 | 3 | 4;

/** First day of each rating period; the fourth runs to the month's end. */
const PERIOD_START_DAYS = [1, 8, 15, 22] as const;

/** The rating period containing the instant. */
export function ratingPeriodAt(
  nowUnix: number,
  timeZone: string,
): LeaderboardPeriod & { index: RatingPeriodIndex } {
  const { year, month, day } = localDateTime(nowUnix, timeZone);
  const index = (day >= 22 ? 4 : Math.ceil(day / 7)) as RatingPeriodIndex;
  const startDay = PERIOD_START_DAYS[index - 1] ?? 1;
  const endStartDay = index === 4 ? daysInMonth(year, month) + 1 : startDay + 7;
  return {
    index,
    from: startOfLocalDay(year, month, startDay, timeZone),
    to: startOfLocalDay(year, month, endStartDay, timeZone) - 1,
  };
}

/** The calendar month containing the instant. */
export function monthPeriodAt(nowUnix: number, timeZone: string): LeaderboardPeriod {
  const { year, month } = localDateTime(nowUnix, timeZone);
  return {
    from: startOfLocalDay(year, month, 1, timeZone),
    to: startOfLocalDay(year, month + 1, 1, timeZone) - 1,
  };
}

/** Longer custom periods would read too many posts on every refresh (the form and the links refuse them). */
export const CUSTOM_MAX_DAYS = 93;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Local dates 'YYYY-MM-DD', whole days, both inclusive; null when malformed, impossible or reversed. */
export function customPeriod(fromLocal: string, toLocal: string, timeZone: string): LeaderboardPeriod | null {
  const from = parseLocalDate(fromLocal);
  const to = parseLocalDate(toLocal);
  if (!from || !to) return null;
  const period = {
    from: startOfLocalDay(from.year, from.month, from.day, timeZone),
    to: startOfLocalDay(to.year, to.month, to.day + 1, timeZone) - 1,
  };
  return period.from <= period.to ? period : null;
}

/** True when the unix instant lies in the period (both ends inclusive). */
export function inPeriod(unix: number, period: LeaderboardPeriod): boolean {
  return unix >= period.from && unix <= period.to;
}

function parseLocalDate(text: string): { year: number; month: number; day: number } | null {
  const match = LOCAL_DATE.exec(text.trim());
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}
