// The history window: the current month (partial) and the three whole months before it, in the
// page's time zone.
import { monthId, monthOf, parseMonth, type MonthId } from '../time';

/** Whole months shown before the current one. */
export const HISTORY_MONTHS = 3;

/** 'YYYY-MM' shifted by whole months (negative goes back). */
export function shiftMonth(month: MonthId, delta: number): MonthId {
  const parsed = parseMonth(month);
  if (!parsed) throw new RangeError(`Invalid month "${month}", expected YYYY-MM`);
  const index = parsed.year * 12 + (parsed.month - 1) + delta;
  return monthId(Math.floor(index / 12), (index % 12) + 1);
}

/** Oldest first: three whole months, then the month that holds `now` (e.g. Aug, Sep, Oct, Nov). */
export function historyMonths(now: number, timeZone: string, whole = HISTORY_MONTHS): MonthId[] {
  const current = monthOf(now, timeZone);
  return Array.from({ length: whole + 1 }, (_, i) => shiftMonth(current, i - whole));
}
