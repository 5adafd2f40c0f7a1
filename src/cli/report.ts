// `npm run report -- --snapshot FILE [--month YYYY-MM] [--tz ZONE] [--now ISO] [--monitoring]
// [--replies]`: the methodology core over a snapshot of VK answers. JSON on stdout and nothing else;
// diagnostics on stderr; exit code 2 for any bad input. Other tools parse this output: keep its
// fields stable.
// `--token-env NAME --groups FILE` instead of --snapshot: the same report from the live API
// (src/cli/live/, docs/report-cli.md).

import {
  computeMonitoringEr,
  computeScorecard,
  countVerdicts,
  postRefOf,
  resolveOptions,
  summarizeEr,
  summarizeFrequency,
  type MonitoringEr,
  type OptionsOverride,
  type PostAudience,
  type Scorecard,
} from '../core/index';
import type { Category, Post } from '../core/types';
import { toPageInfo, toPost, toReachInput } from '../vk/mappers';
import { isEntryPoint, nodeIo, readInputFile, type CliIo } from './cli-io';
import { runLiveReport, type LiveIo } from './live/run-live';
import { parseReportArgs, REPORT_USAGE, type ReportArgs } from './report-args';
import { scorecardFlags } from '../core/completeness';
import { MAX_IMPORT_BYTES } from '../core/pages/import-list';
import { reportMeta, toReportCommunity, withMonitoring, type Report } from './report-shape';
import { flattenComments, inactiveIdsOf, managersOf } from './snapshot-activity';
import { repliesOf } from './snapshot-replies';
import { parseSnapshot, type Snapshot } from './snapshot';

export interface ReportIo extends CliIo {
  /** Milliseconds since the epoch (the default for --now). */
  nowMs(): number;
}

export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 2;

/** Runs the report; returns the exit code. Never throws for bad input. */
export function runReport(argv: readonly string[], io: ReportIo): number {
  const parsed = parseReportArgs(argv, io.nowMs());
  if ('help' in parsed) {
    io.stderr(`${REPORT_USAGE}\n`);
    return EXIT_OK;
  }
  if (!parsed.ok) {
    io.stderr(`report: ${parsed.error}\n${parsed.usage ? `\n${REPORT_USAGE}\n` : ''}`);
    return EXIT_BAD_INPUT;
  }
  if ('live' in parsed) {
    io.stderr('report: --token-env/--groups run through runReportCli (the live mode is asynchronous)\n');
    return EXIT_BAD_INPUT;
  }
  const { args } = parsed;

  let text: string;
  try {
    text = io.readFile(args.snapshot);
  } catch (error) {
    io.stderr(`report: cannot read snapshot ${args.snapshot}: ${(error as Error).message}\n`);
    return EXIT_BAD_INPUT;
  }
  const snapshot = parseSnapshot(text, args.snapshot, args);
  if (!snapshot.ok) {
    io.stderr(`report: ${snapshot.error}\n`);
    return EXIT_BAD_INPUT;
  }
  for (const warning of snapshot.warnings) io.stderr(`report: warning: ${warning}\n`);

  io.stdout(`${JSON.stringify(buildReport(snapshot.snapshot, args), null, 2)}\n`);
  return EXIT_OK;
}

/** The report of a validated snapshot (pure: the moment comes from args). */
export function buildReport(snapshot: Snapshot, args: Omit<ReportArgs, 'snapshot'>): Report {
  const options = resolveOptions({ timeZone: args.timeZone });
  const seen = new Set<number>();
  const scorecards: Scorecard[] = [];
  for (const group of snapshot.groups) {
    if (seen.has(group.id)) continue;
    seen.add(group.id);
    const key = String(group.id);
    const posts: Post[] = (snapshot.walls[key] ?? []).map((post) => toPost(post, -group.id));
    const stats = snapshot.stats?.[key];
    scorecards.push(
      computeScorecard({
        page: toPageInfo(group),
        posts,
        category: (snapshot.categories?.[key] ?? 'active') satisfies Category,
        reach: stats ? toReachInput(stats) : { kind: 'unavailable', reason: 'not-requested' },
        posWidgetsDeclared: snapshot.posWidgets?.[key] ?? null,
        now: args.now,
        month: args.month,
        options,
        unavailablePeriods: snapshot.unavailablePeriods?.[key],
      }),
    );
  }
  const frequency = summarizeFrequency(scorecards.map((s) => s.frequency));
  const er = summarizeEr(
    scorecards.map((s) => s.er),
    options,
  );
  return {
    ...reportMeta(args, options),
    communities: scorecards.map((card) => {
      // A snapshot's wall is the whole input: nothing beyond it was left unread.
      let community = toReportCommunity(card, scorecardFlags(card, { postsComplete: true }));
      if (args.monitoring) community = withMonitoring(community, monitoringOf(card, snapshot, options));
      if (args.replies) community = { ...community, replies: repliesOf(card.page.id, snapshot, args) };
      return community;
    }),
    summary: {
      communities: scorecards.length,
      er,
      frequency: { assessed: frequency.assessed, met: frequency.met, percent: frequency.percent },
      verdict: countVerdicts(scorecards.map((s) => s.verdict)),
    },
  };
}

/**
 * The monitoring-grade ER of a page from the snapshot's activity lists; null when none of its
 * sampled posts has a "likes", "reposts" or "comments" entry. A post without lists and without
 * reactions needs none; one with reactions keeps its counters and makes the figure incomplete. A post with some lists but not all
 * counts the missing ones as nobody, and is incomplete when a list is shorter than its counter.
 */
export function monitoringOf(
  card: Scorecard,
  snapshot: Snapshot,
  options: OptionsOverride,
): MonitoringEr | null {
  const audiences = new Map<string, PostAudience>();
  let listed = false;
  for (const post of card.er.posts) {
    const ref = postRefOf(post);
    const likers = snapshot.likes?.[ref];
    const reposters = snapshot.reposts?.[ref];
    const comments = snapshot.comments?.[ref];
    if (!likers && !reposters && !comments) {
      // Nobody to list on a post without reactions: complete as it is. Otherwise unknown.
      if (post.likes + post.comments + post.reposts === 0)
        audiences.set(ref, { ref, likers: [], reposters: [], commenters: [], complete: true });
      continue;
    }
    listed = true;
    const commenters = flattenComments(comments ?? []).map((c) => c.fromId);
    audiences.set(ref, {
      ref,
      likers: likers ?? [],
      reposters: reposters ?? [],
      commenters,
      complete:
        (likers?.length ?? 0) >= post.likes &&
        (reposters?.length ?? 0) >= post.reposts &&
        commenters.length >= post.comments,
    });
  }
  if (!listed) return null;
  return computeMonitoringEr(
    card.er,
    {
      groupId: card.page.id,
      audiences,
      inactive: inactiveIdsOf(snapshot.users),
      // The array shape stands for every page here, as it did before "managers" could be keyed by group.
      managers: managersOf(snapshot.managers, card.page.id, card.page.id),
    },
    options,
  );
}

/** Both modes: the live one when --token-env/--groups are given, else runReport. */
export async function runReportCli(argv: readonly string[], io: ReportIo & LiveIo): Promise<number> {
  const parsed = parseReportArgs(argv, io.nowMs());
  if ('live' in parsed) return runLiveReport(parsed.live, io);
  return runReport(argv, io);
}

const reportIo: ReportIo & LiveIo = {
  ...nodeIo,
  // The list is held to the import's own limit (docs/import-format.md), before a byte is read.
  readBytes: (path) => readInputFile(path, MAX_IMPORT_BYTES),
  env: process.env,
  nowMs: () => Date.now(),
};

if (isEntryPoint(import.meta.url)) {
  runReportCli(process.argv.slice(2), reportIo).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      // A bug, not bad input: one line, no stack, a distinct code.
      process.stderr.write(`report: internal error: ${(error as Error).message}\n`);
      process.exitCode = 1;
    },
  );
}
