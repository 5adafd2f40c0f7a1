// `npm run leaderboard -- --snapshot FILE [--from ISO --to ISO] [--tz ZONE] [--widget [--app-id N]]`:
// the leaderboard of the snapshot's first group (docs/leaderboard.md, "CLI"). Prints
// {"entries": [{"userId", "points", "likes", "comments", "reposts", "place"}]} on stdout, or with
// --widget the widget's VKScript code as raw text. Bad input: a message on stderr, exit 2.

import { parseArgs } from 'node:util';
import {
  DEFAULT_POINTS,
  leaderboardLink,
  scoreLeaderboard,
  WIDGET_CODE_MAX,
  widgetCode,
  WidgetCodeTooLongError,
  type LeaderboardPeriod,
} from '../core/leaderboard';
import { isValidTimeZone, startOfLocalDay } from '../core/time';
import {
  leaderboardInputOf,
  parseLeaderboardSnapshot,
  type LeaderboardSnapshot,
} from './leaderboard-snapshot';
import { isEntryPoint, nodeIo, type CliIo } from './cli-io';
import { parseNow, parsePlainInteger } from './report-args';

export type LeaderboardIo = CliIo;

export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 2;

export const LEADERBOARD_USAGE = `Usage: npm run leaderboard -- --snapshot FILE [--from ISO --to ISO] [--tz ZONE] [--widget [--app-id N]]

  --snapshot FILE  the report snapshot plus "likes", "reposts", "comments" (keyed "<owner>_<post>"),
                   "members", "managers", "users"; the page is the first group
  --from ISO       count posts published at or after this moment (default: every post)
  --to ISO         … and at or before it; a date without a time means the end of that day
  --tz ZONE        the zone of --from/--to without an offset (default: Europe/Moscow)
  --widget         print the table widget's VKScript code (raw text) instead of the JSON
  --app-id N       the app's id, for the widget's link to the app (default: no link)

Exit code 2 on bad input. See docs/leaderboard.md.`;

const DEFAULT_TIME_ZONE = 'Europe/Moscow';
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

interface Args {
  snapshot: string;
  period: LeaderboardPeriod | null;
  widget: boolean;
  /** For the widget's link to the app; without it the widget has no "more" link. */
  appId: number | null;
}

/** Runs the CLI; returns the exit code. Never throws for bad input. */
export function runLeaderboard(argv: readonly string[], io: LeaderboardIo): number {
  const parsed = parseLeaderboardArgs(argv);
  if ('help' in parsed) {
    io.stderr(`${LEADERBOARD_USAGE}\n`);
    return EXIT_OK;
  }
  if ('error' in parsed) {
    io.stderr(`leaderboard: ${parsed.error}\n\n${LEADERBOARD_USAGE}\n`);
    return EXIT_BAD_INPUT;
  }
  let text: string;
  try {
    text = io.readFile(parsed.snapshot);
  } catch (error) {
    io.stderr(`leaderboard: cannot read snapshot ${parsed.snapshot}: ${(error as Error).message}\n`);
    return EXIT_BAD_INPUT;
  }
  const snapshot = parseLeaderboardSnapshot(text, parsed.snapshot);
  if (!snapshot.ok) {
    io.stderr(`leaderboard: ${snapshot.error}\n`);
    return EXIT_BAD_INPUT;
  }
  let output: string;
  try {
    output = leaderboardOutput(snapshot.snapshot, parsed);
  } catch (error) {
    // The widget's one guard: code VK would refuse is never printed.
    if (!(error instanceof WidgetCodeTooLongError)) throw error;
    io.stderr(
      `leaderboard: the widget code would be ${error.length} characters, over VK's ${WIDGET_CODE_MAX}\n`,
    );
    return EXIT_BAD_INPUT;
  }
  io.stdout(`${output}\n`);
  return EXIT_OK;
}

/** The JSON (or with --widget the code) for a validated snapshot. */
export function leaderboardOutput(snapshot: LeaderboardSnapshot, args: Omit<Args, 'snapshot'>): string {
  const entries = scoreLeaderboard(leaderboardInputOf(snapshot, args.period), DEFAULT_POINTS);
  if (!args.widget) return JSON.stringify({ entries }, null, 2);
  const group = snapshot.groups[0];
  const names = new Map(
    (snapshot.users ?? []).map((user) => [
      user.id,
      [user.first_name, user.last_name].filter(Boolean).join(' '),
    ]),
  );
  return widgetCode({
    title: `Рейтинг подписчиков${group?.name ? ` — ${group.name}` : ''}`,
    entries,
    names,
    appLink: args.appId !== null && group ? leaderboardLink(args.appId, group.id) : '',
  });
}

function parseLeaderboardArgs(argv: readonly string[]): Args | { error: string } | { help: true } {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        snapshot: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        tz: { type: 'string' },
        widget: { type: 'boolean' },
        'app-id': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    return { error: (error as Error).message };
  }
  if (values.help) return { help: true };
  const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  const snapshot = text('snapshot');
  if (!snapshot) return { error: '--snapshot FILE is required' };
  const timeZone = text('tz') ?? DEFAULT_TIME_ZONE;
  if (!isValidTimeZone(timeZone)) return { error: `--tz: unknown time zone "${timeZone}"` };

  const fromText = text('from');
  const toText = text('to');
  let period: LeaderboardPeriod | null = null;
  if (fromText !== undefined || toText !== undefined) {
    const from = fromText === undefined ? Number.NEGATIVE_INFINITY : parseNow(fromText, timeZone);
    if (from === null) return { error: `--from: expected an ISO date or date-time, got "${fromText}"` };
    const toStart = toText === undefined ? Number.POSITIVE_INFINITY : parseNow(toText, timeZone);
    if (toStart === null) return { error: `--to: expected an ISO date or date-time, got "${toText}"` };
    const to =
      toText !== undefined && DATE_ONLY.test(toText.trim()) ? endOfDay(toText.trim(), timeZone) : toStart;
    if (from > to) return { error: `--from (${fromText}) is after --to (${toText})` };
    period = { from, to };
  }
  const appIdText = text('app-id');
  const appId = appIdText === undefined ? null : parsePlainInteger(appIdText, 1);
  if (appIdText !== undefined && appId === null)
    return { error: `--app-id: expected a positive whole number in plain digits, got "${appIdText}"` };
  return { snapshot, period, widget: values.widget === true, appId };
}

/** The last second of a local date 'YYYY-MM-DD' (already validated by parseNow). */
function endOfDay(date: string, timeZone: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return startOfLocalDay(year, month, day + 1, timeZone) - 1;
}

if (isEntryPoint(import.meta.url)) {
  try {
    process.exitCode = runLeaderboard(process.argv.slice(2), nodeIo);
  } catch (error) {
    // A bug, not bad input: one line, no stack, a distinct code.
    process.stderr.write(`leaderboard: internal error: ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}
