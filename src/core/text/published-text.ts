// Helpers for the human part of published texts: one line per value, safe mentions, dates in the
// page's zone. Nothing here reaches a machine line.

import { localDateTime } from '../time';
import { zoneName } from '../time-zone-words';
import { ruDayMonth, ruTime } from './ru-format';

// Line breaks (VK keeps them) and bidi controls (they would reorder the text around them on screen).
const LINE_BREAKS_AND_BIDI = /[\r\n\u0085\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g;
// Also brackets and bars: they would end a [id|…] mention early.
const UNSAFE_IN_NAME = /[[\]|\r\n\u0085\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The text on one line without bidi controls, cut to `max` characters (code points) with «…». */
export function oneLine(text: string, max = Infinity): string {
  const chars = Array.from(text.replace(LINE_BREAKS_AND_BIDI, ' ').replace(/\s+/g, ' ').trim());
  return chars.length <= max
    ? chars.join('')
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

export function mentionOf(id: number, names: ReadonlyMap<number, string>): string {
  const clean = Array.from((names.get(id) ?? '').replace(UNSAFE_IN_NAME, ' ').trim())
    .slice(0, 60)
    .join('')
    .trim();
  return `[id${id}|${clean === '' ? `id${id}` : clean}]`;
}

export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n|\u2028|\u2029/).map((line) => line.trim());
}

export function lastLine(text: string): string {
  const lines = splitLines(text);
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i] !== '') return lines[i]!;
  return '';
}

/** The moment in the zone, "1 марта 2025 в 10:00", and the zone in words, "московское время". */
export function dateParts(unix: number, timeZone: string): { when: string; zone: string } {
  const t = localDateTime(unix, timeZone);
  return {
    when: `${ruDayMonth(t.month, t.day)} ${t.year} в ${ruTime(t.hour, t.minute)}`,
    zone: zoneName(unix, timeZone),
  };
}

/** "с 1 марта 2025 в 10:00 до 2 марта 2025 в 18:00 (московское время)" in the page's zone. */
export function windowText(opensAt: number, closesAt: number, timeZone: string): string {
  const from = dateParts(opensAt, timeZone);
  const to = dateParts(closesAt, timeZone);
  return from.zone === to.zone
    ? `с ${from.when} до ${to.when} (${to.zone})`
    : `с ${from.when} (${from.zone}) до ${to.when} (${to.zone})`;
}

/** Milliseconds as seconds with one decimal and a Russian comma: "43,2 с". */
export function secondsText(ms: number): string {
  return `${(Math.round(ms / 100) / 10).toFixed(1).replace('.', ',')} с`;
}
