// Flags of `npm run report`. Every bad value is a message for stderr (exit code 2), never a throw.

import { parseArgs, type ParseArgsConfig } from 'node:util';
import { daysInMonth, isValidTimeZone, monthOf, parseMonth, startOfLocalDay } from '../core/time';

export const REPORT_USAGE = `Usage: npm run report -- --snapshot FILE [--month YYYY-MM] [--tz ZONE] [--now ISO] [--monitoring] [--replies]
       npm run report -- --token-env NAME --groups FILE [--month YYYY-MM] [--tz ZONE] [--now ISO]

  --snapshot FILE   JSON {"groups": [...], "walls": {"<id>": [...]}, "categories"?: {"<id>": "flagship"|"active"|"card"},
                    "stats"?: {"<id>": [...]}, "posWidgets"?: {"<id>": bool}, "unavailablePeriods"?: {"<id>": [1..4]}}
  --token-env NAME  live mode: the environment variable holding a VK user token (never printed)
  --groups FILE     live mode: the list of pages, CSV or XLSX as the app imports it
  --month YYYY-MM   month assessed (default: the month of --now in --tz)
  --tz ZONE         IANA time zone of day boundaries (default: Europe/Moscow)
  --now ISO         the moment of assessment, e.g. 2024-11-14T18:00:00+03:00; without an offset it is
                    wall-clock time in --tz (default: the current time)
  --monitoring      snapshot mode: also the monitoring-grade ER (er.monitoringPercent, er.monitoringAchievement)
                    from the snapshot's "likes", "reposts", "comments", "users" (the leaderboard snapshot's keys)
  --replies         snapshot mode: also how the page answers its subscribers' comments in the month
                    ("replies"), from the snapshot's "comments" and "managers" ([ids] of the first group,
                    or {"<id>": [ids]}); see docs/replies.md

Prints the report as JSON on stdout; diagnostics go to stderr. Exit code 2 on bad input, 1 when VK
fails in live mode. See docs/report-cli.md.`;

export interface ReportArgs {
  snapshot: string;
  month: string;
  timeZone: string;
  /** Unix seconds. */
  now: number;
  /** --monitoring: add the monitoring-grade ER; absent = false (the report as before the flag). */
  monitoring?: boolean;
  /** --replies: add each page's reply figures; absent = false (the report as before the flag). */
  replies?: boolean;
}

/** Live mode: the pages of a list file, read from the VK API with a token from the environment. */
export interface LiveReportArgs extends Omit<ReportArgs, 'snapshot'> {
  tokenEnv: string;
  groups: string;
}

export type ArgsParse =
  | { ok: true; args: ReportArgs }
  | { ok: true; live: LiveReportArgs }
  | { ok: false; error: string; usage: boolean }
  | { help: true };

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** The years a moment or a month may name: a 4-digit year outside them is a typo (0050 is not 1950). */
export const MIN_YEAR = 1970;
export const MAX_YEAR = 2100;
/** UTC offsets in use run from -12:00 to +14:00; anything beyond ±14:00 is not an offset. */
const MAX_OFFSET_SECONDS = 14 * 3600;

/** @param nowMs the current time, used when --now is absent */
export function parseReportArgs(argv: readonly string[], nowMs: number): ArgsParse {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        snapshot: { type: 'string' },
        month: { type: 'string' },
        tz: { type: 'string' },
        now: { type: 'string' },
        'token-env': { type: 'string' },
        groups: { type: 'string' },
        monitoring: { type: 'boolean' },
        replies: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    return { ok: false, error: (error as Error).message, usage: true };
  }
  if (values.help) return { help: true };

  const source = sourceOf(values);
  if ('error' in source) return { ok: false, error: source.error, usage: true };

  const timeZone = typeof values.tz === 'string' ? values.tz : 'Europe/Moscow';
  if (!isValidTimeZone(timeZone))
    return { ok: false, error: `--tz: unknown time zone "${timeZone}"`, usage: false };

  let now = Math.floor(nowMs / 1000);
  if (typeof values.now === 'string') {
    const parsed = parseNow(values.now, timeZone);
    if (parsed === null)
      return {
        ok: false,
        error: `--now: expected an ISO date-time with a year ${MIN_YEAR}–${MAX_YEAR} and an offset within ±14:00, got "${values.now}"`,
        usage: false,
      };
    now = parsed;
  }

  const month = typeof values.month === 'string' ? values.month : monthOf(now, timeZone);
  const monthParts = parseMonth(month);
  if (!monthParts || monthParts.year < MIN_YEAR || monthParts.year > MAX_YEAR)
    return {
      ok: false,
      error: `--month: expected YYYY-MM with a year ${MIN_YEAR}–${MAX_YEAR} and month 01–12, got "${month}"`,
      usage: false,
    };

  if ('snapshot' in source) {
    const args: ReportArgs = { snapshot: source.snapshot, month, timeZone, now };
    if (values.monitoring) args.monitoring = true;
    if (values.replies) args.replies = true;
    return { ok: true, args };
  }
  for (const flag of SNAPSHOT_ONLY_FLAGS) {
    if (values[flag])
      return {
        ok: false,
        error: `--${flag} reads a snapshot; it cannot be combined with --token-env/--groups`,
        usage: false,
      };
  }
  return { ok: true, live: { ...source, month, timeZone, now } };
}

/** Flags that read a snapshot's activity keys, which the live mode does not gather. */
const SNAPSHOT_ONLY_FLAGS = ['monitoring', 'replies'] as const;

type Source = { snapshot: string } | { tokenEnv: string; groups: string } | { error: string };

/** Either --snapshot FILE or both --token-env NAME and --groups FILE, never a mix. */
function sourceOf(values: Record<string, string | boolean | undefined>): Source {
  const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  const snapshot = text('snapshot');
  const tokenEnv = text('token-env');
  const groups = text('groups');
  if (snapshot !== undefined && (tokenEnv !== undefined || groups !== undefined))
    return { error: '--snapshot and --token-env/--groups cannot be combined' };
  if (tokenEnv !== undefined || groups !== undefined) {
    if (!tokenEnv) return { error: '--token-env NAME is required with --groups' };
    if (!groups) return { error: '--groups FILE is required with --token-env' };
    return { tokenEnv, groups };
  }
  if (!snapshot) return { error: '--snapshot FILE is required' };
  return { snapshot };
}

/**
 * ISO 8601 → unix seconds; without an offset the time is read as wall-clock time in the zone. Null
 * for anything else, and for a year outside MIN_YEAR–MAX_YEAR or an offset beyond ±14:00.
 */
export function parseNow(text: string, timeZone: string): number | null {
  const match = ISO.exec(text.trim());
  if (!match) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0', , zone] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (
    year < MIN_YEAR ||
    year > MAX_YEAR ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month) ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    return null;
  }
  if (zone) {
    const offset = offsetSeconds(zone);
    if (offset === null) return null;
    return Date.UTC(year, month - 1, day, hour, minute, second) / 1000 - offset;
  }
  return startOfLocalDay(year, month, day, timeZone) + hour * 3600 + minute * 60 + second;
}

/** 'Z', '+03', '+0300', '-03:30' → seconds ahead of UTC; null beyond ±14:00 or with minutes over 59. */
function offsetSeconds(zone: string): number | null {
  if (zone.toUpperCase() === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2) || '0');
  const seconds = hours * 3600 + minutes * 60;
  if (minutes > 59 || seconds > MAX_OFFSET_SECONDS) return null;
  return sign * seconds;
}

/**
 * A whole number of at least `min` written in plain decimal digits ("7", "51234"); null for anything
 * else ("0x10", "1e3", " 7 ", "+7", "7.0", "07", "-1") and beyond Number.MAX_SAFE_INTEGER.
 */
export function parsePlainInteger(text: string, min: number): number | null {
  if (!/^(0|[1-9]\d*)$/.test(text)) return null;
  const value = Number(text);
  return Number.isSafeInteger(value) && value >= min ? value : null;
}

export type FlagValues = Record<string, string | boolean | undefined>;

/** node:util's parseArgs, strict and without positionals: the flags' values, or what is wrong with them. */
export function parseFlags(
  argv: readonly string[],
  options: NonNullable<ParseArgsConfig['options']>,
): { values: FlagValues } | { error: string } {
  try {
    const { values } = parseArgs({ args: [...argv], strict: true, allowPositionals: false, options });
    // No option here is `multiple`: every value is a string or a boolean.
    return { values: values as FlagValues };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** The flags of the CLIs that build the demo world (with --help), for parseFlags. */
export const WORLD_FLAGS = {
  seed: { type: 'string' },
  now: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The demo world's `--seed` (default 1) and `--now` (default: now; Moscow time without an offset). */
export function parseWorldFlags(
  values: FlagValues,
  nowMs: number,
): { seed: number; now: number } | { error: string } {
  const seed = values['seed'] === undefined ? 1 : parsePlainInteger(String(values['seed']), 0);
  if (seed === null)
    return { error: `--seed: expected a whole number in plain digits, got "${String(values['seed'])}"` };
  const now =
    values['now'] === undefined ? Math.floor(nowMs / 1000) : parseNow(String(values['now']), 'Europe/Moscow');
  if (now === null)
    return {
      error: `--now: expected an ISO date-time with a year ${MIN_YEAR}–${MAX_YEAR} and an offset within ±14:00, got "${String(values['now'])}"`,
    };
  return { seed, now };
}
