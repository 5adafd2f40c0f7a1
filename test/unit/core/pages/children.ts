// Supervisor rows for the methodology's worked example (four pages, November 2024), built through
// computeScorecard so that the table is tested over real scorecards.

import type { PeriodIndex } from '../../../../src/core/frequency';
import type { RowReplies, SupervisorRow, UnavailableRow } from '../../../../src/core/pages/supervisor-table';
import { computeScorecard } from '../../../../src/core/scorecard';
import type { Category } from '../../../../src/core/types';
import { msk, page, post } from '../helpers';

const PERIOD_FIRST_DAYS = [1, 8, 15, 22];
const NOW = msk('2024-11-30T12:00');

export interface ChildSpec {
  id: number;
  name: string;
  /** Own posts per period; null = N/A (out of the federal export). */
  weeks: readonly (number | null)[];
  /** Totals of the last five posts. */
  er: { reactions: number; views: number };
  category?: Category;
  /** Missing cover: one deducted requirement. */
  noCover?: boolean;
}

export function child(spec: ChildSpec): SupervisorRow {
  const posts = spec.weeks.flatMap((count, week) =>
    Array.from({ length: count ?? 0 }, (_, i) =>
      post({
        ownerId: -spec.id,
        date:
          msk(`2024-11-${String((PERIOD_FIRST_DAYS[week] ?? 1) + (i % 7)).padStart(2, '0')}T09:00`) + i * 60,
        views: 0,
      }),
    ),
  );
  const newest = posts.reduce((a, b) => (b.date > a.date ? b : a));
  newest.likes = spec.er.reactions;
  newest.views = spec.er.views;
  const category = spec.category ?? 'active';
  const scorecard = computeScorecard({
    page: page({ id: spec.id, name: spec.name, screenName: `page${spec.id}`, hasCover: !spec.noCover }),
    posts,
    category,
    // 300 of 1,000 members: reach 30%, achievement 100.
    reach: { kind: 'stats', reach: 300, reachSubscribers: null },
    posWidgetsDeclared: true,
    now: NOW,
    unavailablePeriods: spec.weeks.flatMap((count, i) => (count === null ? [(i + 1) as PeriodIndex] : [])),
  });
  return {
    id: spec.id,
    screenName: `page${spec.id}`,
    name: spec.name,
    photo: null,
    category,
    state: 'ok',
    scorecard,
    flags: [],
    monitoring: null,
  };
}

export function unavailable(
  id: number,
  name: string,
  status: UnavailableRow['status'],
  category: Category = 'active',
): SupervisorRow {
  return { id, screenName: null, name, photo: null, category, state: 'unavailable', status, errorKind: null };
}

/** The worked example: 4 assessed, 1 met (25%); ER 2,883 / 123,660 = 2.33%, achievement 77.67. */
export const EXAMPLE_ROWS: SupervisorRow[] = [
  child({ id: 101, name: 'Министерство', weeks: [10, 3, 5, 8], er: { reactions: 219, views: 1_000 } }),
  child({ id: 102, name: 'Учреждение 1', weeks: [3, 3, 3, 1], er: { reactions: 16, views: 100 } }),
  child({ id: 103, name: 'Учреждение 2', weeks: [0, 0, 20, 0], er: { reactions: 10, views: 560 } }),
  child({ id: 104, name: 'Учреждение 3', weeks: [3, 4, null, 5], er: { reactions: 2_638, views: 122_000 } }),
];

/**
 * The replies of docs/replies.md's worked example as a row carries them: six subscriber comments, two
 * waiting (the oldest 1,620 minutes), a median of 38 minutes; managers not read, every comment read.
 */
export const WORKED_REPLIES: RowReplies = {
  comments: 6,
  unanswered: 2,
  medianReplyMinutes: 38,
  oldestWaitingMinutes: 1620,
  managersKnown: false,
  complete: true,
};
