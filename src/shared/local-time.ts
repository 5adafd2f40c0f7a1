// The time as the admin types it (a native datetime-local value, "YYYY-MM-DDTHH:mm") read in the
// page's time zone, not the device's: the admin may sit in Moscow and run a page in Omsk.
import { localDateTime } from '../core/time';

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** Unix seconds of a wall-clock time in the zone; null for a malformed or impossible value. */
export function localInputToUnix(value: string, timeZone: string): number | null {
  const match = LOCAL_INPUT.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return null;
  const naive = Date.UTC(year, month - 1, day, hour, minute, second) / 1000;
  // Day 31 of a 30-day month would roll over silently: refuse it instead.
  if (new Date(naive * 1000).getUTCDate() !== day) return null;
  // Two passes settle the offset across a DST change (as core/time's startOfLocalDay does).
  const first = naive - offsetAt(naive, timeZone);
  return naive - offsetAt(first, timeZone);
}

/** The datetime-local value ("YYYY-MM-DDTHH:mm") showing the instant in the zone. */
export function unixToLocalInput(unix: number, timeZone: string): string {
  const t = localDateTime(unix, timeZone);
  return `${t.year}-${pad2(t.month)}-${pad2(t.day)}T${pad2(t.hour)}:${pad2(t.minute)}`;
}

function offsetAt(unix: number, timeZone: string): number {
  const t = localDateTime(unix, timeZone);
  return Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second) / 1000 - unix;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
