// The JSON the report prints. A contract other tools parse: add fields freely, never rename or
// remove. Times are ISO strings (UTC) next to unix seconds where a person may read them.

import type {
  Action,
  Category,
  ErDifference,
  ErSummary,
  MethodologyOptions,
  MonitoringEr,
  PageStatus,
  PeriodStatus,
  RatingResult,
  ReachResult,
  Replies,
  RequirementItem,
  Scorecard,
  VerdictCounts,
  VerdictIndicators,
  VerdictStatus,
} from '../core/index';
import { flagText, type DataFlag } from '../core/completeness';
import { isGone } from '../core/types';

/** A data-completeness flag (src/core/completeness.ts) with its Russian label. */
export type ReportDataFlag = DataFlag & { label: string };

/** The flags as the report prints them. */
export function reportFlags(flags: readonly DataFlag[]): ReportDataFlag[] {
  return flags.map((flag) => ({ ...flag, label: flagText(flag).label }));
}

export interface ReportCommunity {
  id: number;
  name: string;
  screenName: string;
  status: PageStatus;
  category: Category;
  membersCount: number | null;
  er: {
    percent: number | null;
    achievement: number | null;
    reactions: number;
    likes: number;
    comments: number;
    reposts: number;
    views: number | null;
    reactionsNeeded: number | null;
    targetPercent: number;
    sampleSize: number;
    /** Ids of the sampled posts, newest first. */
    postIds: number[];
    /**
     * --monitoring only (absent without the flag): the monitoring-grade ER of the same sample
     * (docs/methodology.md); null when the snapshot lists nobody for the sampled posts.
     */
    monitoringPercent?: number | null;
    monitoringAchievement?: number | null;
    monitoringReactions?: number | null;
    /** Reactions removed and why; null without lists. */
    monitoringDifferences?: ErDifference[] | null;
    /** False when a sampled post's lists are missing or shorter than its counters (an upper bound). */
    monitoringComplete?: boolean | null;
  };
  frequency: {
    /** Own published posts in periods 1–4 (days 1–7, 8–14, 15–21, 22–28). */
    periods: [number, number, number, number];
    /** Own scheduled posts in periods 1–4 (after now). */
    scheduled: [number, number, number, number];
    statuses: [PeriodStatus, PeriodStatus, PeriodStatus, PeriodStatus];
    threshold: number | null;
    assessed: boolean;
    /** Every period met; true for a business card. */
    met: boolean;
    forecastMet: boolean;
    complete: boolean;
    score: number | null;
    gaps: Array<{ from: string; to: string; days: number; ongoing: boolean }>;
  };
  reach: ReachResult;
  requirements: {
    items: RequirementItem[];
    missingCount: number;
    deductedCount: number;
    unknownCount: number;
  };
  /** null for a deleted or banned page: nothing of it can be rated (no components, no deduction). */
  rating: RatingResult | null;
  /** Ordered by impact (the rating points each would add), largest first; [] for a deleted or banned page. */
  actions: Action[];
  /** What the figures lack (docs/methodology.md, "Data completeness"); [] when nothing. */
  dataFlags: ReportDataFlag[];
  /** The page's verdict (docs/methodology.md, "The verdict"): the same one the app shows. */
  verdict: ReportVerdict;
  /** --replies only (absent without the flag): how the page answers subscribers (docs/replies.md). */
  replies?: Replies;
}

/** The verdict as the report prints it: the status and each indicator's state. */
export interface ReportVerdict {
  status: VerdictStatus;
  indicators: VerdictIndicators;
}

export interface Report {
  month: string;
  /** ISO, UTC. */
  now: string;
  nowUnix: number;
  timeZone: string;
  /** The methodology options in force (see docs/methodology.md for which are assumed). */
  options: MethodologyOptions;
  communities: ReportCommunity[];
  summary: {
    communities: number;
    /** Σ reactions ÷ Σ views over the pages (not the mean of their ERs). */
    er: ErSummary;
    /** Business cards are not assessed; percent = met ÷ assessed × 100. */
    frequency: { assessed: number; met: number; percent: number | null };
    /** Pages by verdict status: {ok, risk, fail, unknown}. */
    verdict: VerdictCounts;
  };
}

/** The report's header: the moment, month and zone it was computed for, and the options in force. */
export function reportMeta(
  args: { month: string; now: number; timeZone: string },
  options: MethodologyOptions,
): Pick<Report, 'month' | 'now' | 'nowUnix' | 'timeZone' | 'options'> {
  return {
    month: args.month,
    now: new Date(args.now * 1000).toISOString(),
    nowUnix: args.now,
    timeZone: args.timeZone,
    options,
  };
}

type Four<T> = [T, T, T, T];

/** The verdict's printed part (its reasons are the app's wording, not the contract's). */
export function reportVerdict(verdict: {
  status: VerdictStatus;
  indicators: VerdictIndicators;
}): ReportVerdict {
  return { status: verdict.status, indicators: { ...verdict.indicators } };
}

export function toReportCommunity(card: Scorecard, flags: readonly DataFlag[]): ReportCommunity {
  const { page, er, frequency, requirements } = card;
  const perPeriod = <T>(pick: (p: Scorecard['frequency']['periods'][number]) => T): Four<T> =>
    frequency.periods.map(pick) as Four<T>;
  return {
    id: page.id,
    name: page.name,
    screenName: page.screenName,
    status: page.status,
    category: card.category,
    membersCount: page.membersCount,
    er: {
      percent: er.percent,
      achievement: er.achievement,
      reactions: er.reactions,
      likes: er.likes,
      comments: er.comments,
      reposts: er.reposts,
      views: er.views,
      reactionsNeeded: er.reactionsNeeded,
      targetPercent: er.targetPercent,
      sampleSize: er.sampleSize,
      postIds: er.posts.map((p) => p.id),
    },
    frequency: {
      periods: perPeriod((p) => p.published),
      scheduled: perPeriod((p) => p.scheduled),
      statuses: perPeriod((p) => p.status),
      threshold: frequency.threshold,
      assessed: frequency.assessed,
      met: frequency.met,
      forecastMet: frequency.forecastMet,
      complete: frequency.complete,
      score: frequency.score,
      gaps: frequency.gaps.map((g) => ({
        from: iso(g.startsAt),
        to: iso(g.endsAt),
        days: g.days,
        ongoing: g.to === 'now',
      })),
    },
    reach: card.reach,
    requirements: {
      items: requirements.items,
      missingCount: requirements.missingCount,
      deductedCount: requirements.deductedCount,
      unknownCount: requirements.unknownCount,
    },
    rating: isGone(page.status) ? null : card.rating,
    actions: card.actions,
    dataFlags: reportFlags(flags),
    verdict: reportVerdict(card.verdict),
  };
}

/** The community with the --monitoring fields beside the plain ER (null figures without lists). */
export function withMonitoring(community: ReportCommunity, monitoring: MonitoringEr | null): ReportCommunity {
  return {
    ...community,
    er: {
      ...community.er,
      monitoringPercent: monitoring?.percent ?? null,
      monitoringAchievement: monitoring?.achievement ?? null,
      monitoringReactions: monitoring?.reactions ?? null,
      monitoringDifferences: monitoring?.differences ?? null,
      monitoringComplete: monitoring?.complete ?? null,
    },
    dataFlags:
      monitoring?.complete === false
        ? [...community.dataFlags, ...reportFlags([{ kind: 'lists-capped' }])]
        : community.dataFlags,
  };
}

function iso(unix: number): string {
  return new Date(unix * 1000).toISOString();
}
