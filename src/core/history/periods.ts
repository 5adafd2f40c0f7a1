// Publications period by period over the history window: the core's frequency computation run for
// each month, the current month included as it stands (its later periods not begun yet).
import { computeFrequency, type FrequencyResult } from '../frequency';
import type { OptionsOverride } from '../options';
import type { MonthId } from '../time';
import type { Category, Post } from '../types';

export interface PeriodHistoryOptions {
  category: Category;
  months: readonly MonthId[];
  /** Unix seconds. */
  now: number;
  options?: OptionsOverride;
}

export interface MonthPeriods {
  month: MonthId;
  frequency: FrequencyResult;
  /** Now is inside the month or before its last period ends. */
  partial: boolean;
}

export function computePeriodHistory(posts: readonly Post[], opts: PeriodHistoryOptions): MonthPeriods[] {
  return opts.months.map((month) => {
    const frequency = computeFrequency(posts, {
      category: opts.category,
      month,
      now: opts.now,
      options: opts.options,
    });
    return { month, frequency, partial: !frequency.complete };
  });
}
