// Russian formatting helpers shared by the UI: plurals, numbers, percents and dates.
// Pure and locale-fixed (ru-RU), so the same figure prints the same everywhere. Written by the core
// (core/text/ru-format.ts) rather than Intl: the first screen then sets up no Intl at all.

import { plural } from '../core/plural';
import { ruDayMonth, ruMonthYear, ruNumber, ruTime } from '../core/text/ru-format';
import { localDateTime } from '../core/time';

// The core writes Russian texts too (published comments): one plural rule for both.
export { plural };

/** "2 поста", "11 постов". */
export function countOf(n: number, forms: readonly [string, string, string]): string {
  return `${formatInt(n)} ${plural(n, forms)}`;
}

export function formatInt(n: number): string {
  return ruNumber(n);
}

/** Up to two decimals, Russian style: "12,5". */
export function formatNumber(n: number): string {
  return ruNumber(n, 2);
}

/** A percent the core already rounded to 2 decimals: "2,33 %"; null → "нет данных". */
export function formatPercent(value: number | null): string {
  return value === null ? 'нет данных' : `${ruNumber(value, 2, 2)}\u00a0%`;
}

/** "14 ноября" for a YYYY-MM-DD calendar date (no time zone games: the date is already local). */
export function formatDayMonth(isoDate: string): string {
  const [, m, d] = isoDate.split('-').map(Number);
  return ruDayMonth(m ?? 1, d ?? 1);
}

/** "14 ноября в 09:30" for a unix time shown in the page's time zone. */
export function formatDateTime(unixSeconds: number, timeZone: string): string {
  const t = localDateTime(unixSeconds, timeZone);
  return `${ruDayMonth(t.month, t.day)} в ${ruTime(t.hour, t.minute)}`;
}

/** "ноябрь 2026 г." for YYYY-MM. */
export function formatMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return ruMonthYear(y ?? 1970, m ?? 1);
}

/** Word forms used across screens (one, few, many). */
export const REACTION_FORMS = ['реакция', 'реакции', 'реакций'] as const;
export const VIEW_FORMS = ['просмотр', 'просмотра', 'просмотров'] as const;
export const COMMENT_FORMS = ['комментарий', 'комментария', 'комментариев'] as const;
const DAY_FORMS = ['день', 'дня', 'дней'] as const;

/** Whole minutes as a wait: «15 мин», «2 ч 5 мин», «1 день 3 ч», «12 дней». */
export function formatWait(minutes: number): string {
  const m = Math.max(0, Math.floor(minutes));
  if (m < 60) return `${formatInt(m)}\u00a0мин`;
  const hours = Math.floor(m / 60);
  if (hours < 24) return m % 60 === 0 ? `${hours}\u00a0ч` : `${hours}\u00a0ч ${m % 60}\u00a0мин`;
  const days = Math.floor(hours / 24);
  const rest = hours % 24;
  const dayText = `${formatInt(days)}\u00a0${plural(days, DAY_FORMS)}`;
  return days >= 3 || rest === 0 ? dayText : `${dayText} ${rest}\u00a0ч`;
}

/** «Московское время»: a phrase made to start a sentence. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
