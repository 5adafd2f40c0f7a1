// The live report: the snapshot report's shape (report-shape.ts) over refreshChildren's results. A page
// VK would not let us read stays in communities[] with its status and null figures, and the summary
// counts it as the supervisor's table does (summarizeChildren): a page with a frequency threshold
// that could not be read is assessed and not met; ER sums only the pages read.
import { scorecardFlags, type DataFlag } from '../../core/completeness';
import {
  computeScorecard,
  resolveOptions,
  type Category,
  type MethodologyOptions,
  type Scorecard,
} from '../../core/index';
import {
  rowFlags,
  rowVerdict,
  summarizeChildren,
  unavailableText,
  type SupervisorRow,
} from '../../core/pages/supervisor-table';
import type { ChildEntry } from '../../data/children/list-store';
import { toSupervisorRow } from '../../data/children/rows';
import type { ChildResult, UnavailableReason } from '../../data/supervisor/types';
import type { LiveReportArgs } from '../report-args';
import {
  reportFlags,
  reportMeta,
  reportVerdict,
  toReportCommunity,
  type Report,
  type ReportCommunity,
  type ReportDataFlag,
  type ReportVerdict,
} from '../report-shape';

/** A page without figures: the snapshot fields a tool reads first are present, as null. */
export interface UnavailableCommunity {
  id: number;
  name: string;
  screenName: string | null;
  status: UnavailableReason;
  category: Category;
  membersCount: number | null;
  /** Why there are no figures, in the table's words (Russian). */
  unavailable: string;
  er: { percent: null; achievement: null };
  /**
   * The contract's types hold: no post could be counted (four zeros), and the month is not met,
   * as the methodology treats a page missing from the federal export; a business card is met.
   */
  frequency: { periods: [0, 0, 0, 0]; met: boolean; assessed: boolean };
  rating: null;
  /** The page state that left it without figures (private, deleted, banned); [] for a failed read. */
  dataFlags: ReportDataFlag[];
  /** As the supervisor's table gives it (rowVerdict): deleted or banned `fail`, private or error `unknown`. */
  verdict: ReportVerdict;
}

export interface LiveReport extends Omit<Report, 'communities' | 'summary'> {
  communities: Array<ReportCommunity | UnavailableCommunity>;
  summary: Report['summary'] & { unavailable: number };
}

/** One entry per result, in the same order (the id, the list's name and category). */
export function buildLiveReport(
  results: readonly ChildResult[],
  entries: readonly ChildEntry[],
  args: Omit<LiveReportArgs, 'tokenEnv' | 'groups'>,
): LiveReport {
  const options = resolveOptions({ timeZone: args.timeZone });
  const rows: SupervisorRow[] = results.map((result, i) => {
    const entry = entries[i] as ChildEntry;
    const row = toSupervisorRow(result, entry, args.timeZone);
    if (result.status !== 'ok' || row.state !== 'ok') return row;
    // The table's scorecard is for the moment it was read; the report's is for --now and --month.
    const { snapshot } = result;
    const scorecard = computeScorecard({
      page: snapshot.page,
      posts: snapshot.posts,
      category: row.category,
      reach: snapshot.reach,
      posWidgetsDeclared: null,
      now: args.now,
      month: args.month,
      options,
    });
    return { ...row, scorecard };
  });
  const methodology = { timeZone: args.timeZone };
  const summary = summarizeChildren(rows, { methodology });
  return {
    ...reportMeta(args, options),
    communities: rows.map((row, i) =>
      row.state === 'ok'
        ? toReportCommunity(row.scorecard, liveFlags(row.scorecard, results[i]))
        : unavailableCommunity(row, results[i], options, reportVerdict(rowVerdict(row, methodology))),
    ),
    summary: {
      communities: summary.pages,
      unavailable: summary.unavailable,
      er: summary.er,
      frequency: { assessed: summary.assessed, met: summary.met, percent: summary.percent },
      verdict: summary.verdicts,
    },
  };
}

function unavailableCommunity(
  row: Extract<SupervisorRow, { state: 'unavailable' }>,
  result: ChildResult | undefined,
  options: MethodologyOptions,
  verdict: ReportVerdict,
): UnavailableCommunity {
  const page = result?.status === 'unavailable' ? result.page : undefined;
  const assessed = options.thresholds[row.category] !== null;
  return {
    id: row.id,
    name: row.name,
    screenName: row.screenName,
    status: row.status,
    category: row.category,
    membersCount: page?.membersCount ?? null,
    unavailable: unavailableText(row),
    er: { percent: null, achievement: null },
    frequency: { periods: [0, 0, 0, 0], met: !assessed, assessed },
    rating: null,
    dataFlags: reportFlags(rowFlags(row)),
    verdict,
  };
}

/** The flags of a page read live: its scorecard and whether its month's posts were all fetched. */
function liveFlags(card: Scorecard, result: ChildResult | undefined): DataFlag[] {
  return scorecardFlags(card, { postsComplete: result?.status !== 'ok' || result.snapshot.postsComplete });
}
