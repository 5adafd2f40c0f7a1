// The history screen's words: weekdays, slots, months and period statuses.
import type { PeriodStatus } from '../../core/frequency';
import type { HeatCell } from '../../core/history/best-time';
import { capitalize, countOf, formatMonth, formatPercent } from '../../shared/format';

export const WEEKDAYS = ['Понедельник', 'Вторник', 'Среда', 'Четверг', 'Пятница', 'Суббота', 'Воскресенье'];
export const WEEKDAYS_SHORT = ['Пн', 'Вт', 'Ср', 'Чт', 'Пт', 'Сб', 'Вс'];
export const POST_FORMS = ['пост', 'поста', 'постов'] as const;

/** «10:00–11:00». */
export function hourRange(hour: number): string {
  return `${String(hour).padStart(2, '0')}:00–${String(hour + 1).padStart(2, '0')}:00`;
}

/** «Вторник, 10:00–11:00 — ER 4,12 % (5 постов)». */
export function slotText(cell: HeatCell): string {
  return `${WEEKDAYS[cell.weekday]}, ${hourRange(cell.hour)} — ER ${formatPercent(cell.percent)} (${countOf(cell.posts, POST_FORMS)})`;
}

/** «Август 2026». */
export function monthTitle(month: string): string {
  return capitalize(formatMonth(month).replace(/\s*г\.$/, ''));
}

/** «авг.»-style short label for a chart group: «август». */
export function monthShort(month: string): string {
  return formatMonth(month).split(' ')[0] ?? month;
}

export const PERIOD_STATUS_TEXT: Record<PeriodStatus, string> = {
  met: 'выполнен',
  missed: 'не выполнен',
  'in-progress': 'идёт',
  upcoming: 'ещё не наступил',
  unavailable: 'страница была недоступна — не выполнен',
  'not-assessed': 'не оценивается',
};
