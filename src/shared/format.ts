// Russian formatting helpers shared by the UI: plurals, numbers, percents and dates.
// Pure and locale-fixed (ru-RU), so the same figure prints the same everywhere.

import { plural } from '../core/plural';

// The core writes Russian texts too (published comments): one plural rule for both.
export { plural };

/** "2 поста", "11 постов". */
export function countOf(n: number, forms: readonly [string, string, string]): string {
  return `${formatInt(n)} ${plural(n, forms)}`;
}

const intFormat = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 0 });
const numberFormat = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 2 });
const decimalFormat = new Intl.NumberFormat('ru-RU', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function formatInt(n: number): string {
  return intFormat.format(n);
}

/** Up to two decimals, Russian style: "12,5". */
export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

/** A percent the core already rounded to 2 decimals: "2,33 %"; null → "нет данных". */
export function formatPercent(value: number | null): string {
  return value === null ? 'нет данных' : `${decimalFormat.format(value)}\u00a0%`;
}

// Building an Intl formatter costs far more than using one: build each once (per zone for times).
const dayMonthFormat = new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('ru-RU', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** "14 ноября" for a YYYY-MM-DD calendar date (no time zone games: the date is already local). */
export function formatDayMonth(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return dayMonthFormat.format(new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)));
}

/** "14 ноября, 09:30" for a unix time shown in the page's time zone. */
export function formatDateTime(unixSeconds: number, timeZone: string): string {
  let format = dateTimeFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('ru-RU', {
      day: 'numeric',
      month: 'long',
      hour: '2-digit',
      minute: '2-digit',
      timeZone,
    });
    dateTimeFormats.set(timeZone, format);
  }
  return format.format(new Date(unixSeconds * 1000));
}

/** "ноябрь 2026" for YYYY-MM. */
export function formatMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return monthFormat.format(new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, 1)));
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
