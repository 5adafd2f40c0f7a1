// Calendar arithmetic in an IANA time zone, with Intl only (pure: the time is always an argument).

/** A calendar month, 'YYYY-MM'. */
export type MonthId = string;

/** A calendar date, 'YYYY-MM-DD'. */
export type DateId = string;

export interface LocalDateTime {
  year: number;
  /** 1..12 */
  month: number;
  /** 1..31 */
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const SECONDS_PER_DAY = 86_400;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * Zones whose offset has stayed the same since a moment, read without Intl: a phone's first Intl object
 * costs ~0.2 s of CPU to set up, and the app's default zone must not pay it on the first screen. From
 * tzdata: Moscow has kept UTC+3 since 2014-10-26 02:00 local (22:00 UTC the day before); earlier
 * instants ask Intl.
 */
const FIXED_OFFSETS = new Map<string, { since: number; offset: number }>([
  ['Europe/Moscow', { since: 1_414_274_400, offset: 3 * 3600 }],
  ['UTC', { since: -Infinity, offset: 0 }],
  ['Etc/UTC', { since: -Infinity, offset: 0 }],
]);

/** True when Intl knows the zone (e.g. 'Europe/Moscow', 'Asia/Yekaterinburg', 'UTC'). */
export function isValidTimeZone(timeZone: string): boolean {
  if (FIXED_OFFSETS.has(timeZone)) return true;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Wall-clock date and time by Intl (the reference; slow: a formatToParts call each). */
function intlLocalDateTime(unix: number, timeZone: string): LocalDateTime {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(unix * 1000))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

function intlOffsetAt(unix: number, timeZone: string): number {
  const t = intlLocalDateTime(unix, timeZone);
  return Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second) / 1000 - unix;
}

const MAX_CACHED_DAYS = 100_000;
/** Zone → UTC day → the zone's offset through that whole day (NaN: it changes within the day). */
const dayOffsets = new Map<string, Map<number, number>>();

/**
 * The zone's offset for every second of the UTC day, or NaN when it changes inside it. Asked once per
 * zone and day: a month's posts then cost arithmetic instead of hundreds of Intl calls. Two equal ends
 * mean one offset throughout (no zone changes its offset twice within a day); on a day of change
 * every instant asks Intl.
 */
function offsetOfDay(day: number, timeZone: string): number {
  let byDay = dayOffsets.get(timeZone);
  if (!byDay) dayOffsets.set(timeZone, (byDay = new Map()));
  let offset = byDay.get(day);
  if (offset === undefined) {
    const start = day * SECONDS_PER_DAY;
    const first = intlOffsetAt(start, timeZone);
    offset = first === intlOffsetAt(start + SECONDS_PER_DAY - 1, timeZone) ? first : NaN;
    if (byDay.size >= MAX_CACHED_DAYS) byDay.clear();
    byDay.set(day, offset);
  }
  return offset;
}

/** Seconds the zone is ahead of UTC at the instant (from the day's cached offset when it holds all day). */
function offsetAt(unix: number, timeZone: string): number {
  const whole = Math.floor(unix);
  const fixed = FIXED_OFFSETS.get(timeZone);
  if (fixed && whole >= fixed.since) return fixed.offset;
  const offset = offsetOfDay(Math.floor(whole / SECONDS_PER_DAY), timeZone);
  return Number.isNaN(offset) ? intlOffsetAt(whole, timeZone) : offset;
}

/** Wall-clock date and time of a unix instant in the zone (fractions of a second are dropped). */
export function localDateTime(unix: number, timeZone: string): LocalDateTime {
  const whole = Math.floor(unix);
  const local = new Date((whole + offsetAt(whole, timeZone)) * 1000);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
  };
}

/**
 * Unix time of local midnight starting the given day (day may overflow: day 32 = next month's 1st).
 * Two passes settle the offset across a DST change.
 */
export function startOfLocalDay(year: number, month: number, day: number, timeZone: string): number {
  const naive = Date.UTC(year, month - 1, day) / 1000;
  const first = naive - offsetAt(naive, timeZone);
  const second = naive - offsetAt(first, timeZone);
  return second;
}

/** The month ('YYYY-MM') that contains the instant in the zone. */
export function monthOf(nowUnix: number, timeZone: string): MonthId {
  const t = localDateTime(nowUnix, timeZone);
  return monthId(t.year, t.month);
}

/** 'YYYY-MM' of a month (1..12). */
export function monthId(year: number, month: number): MonthId {
  return `${year}-${pad2(month)}`;
}

/** Parses 'YYYY-MM' (months 01..12); null when malformed. */
export function parseMonth(month: string): { year: number; month: number } | null {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return null;
  const year = Number(match[1]);
  const monthNumber = Number(match[2]);
  if (monthNumber < 1 || monthNumber > 12) return null;
  return { year, month: monthNumber };
}

/** Days in a calendar month (month 1..12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 'YYYY-MM-DD' of a day of a month. */
export function dateId(year: number, month: number, day: number): DateId {
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** [start, end) of a month in the zone, unix seconds. */
/** The local calendar date of an instant in the zone, 'YYYY-MM-DD'. */
export function dateOf(unix: number, timeZone: string): DateId {
  const t = localDateTime(unix, timeZone);
  return dateId(t.year, t.month, t.day);
}

export function monthBounds(month: MonthId, timeZone: string): { startsAt: number; endsAt: number } {
  const parsed = parseMonth(month);
  if (!parsed) throw new RangeError(`Invalid month "${month}", expected YYYY-MM`);
  return {
    startsAt: startOfLocalDay(parsed.year, parsed.month, 1, timeZone),
    endsAt: startOfLocalDay(parsed.year, parsed.month + 1, 1, timeZone),
  };
}

/** Whole days in a span of seconds (floor). */
export function wholeDays(seconds: number): number {
  return Math.floor(seconds / SECONDS_PER_DAY);
}

export { SECONDS_PER_DAY };

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
