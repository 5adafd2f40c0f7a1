// The plan's Russian words: the action's title and detail, dates as a clerk reads them.

import type { PlanPostsAction } from '../actions';
import { plural } from '../plural';
import { ruMonthGenitive } from '../text/ru-format';
import type { DateId } from '../time';
import { nextPlanAction } from './action';
import type { PlannedPeriod, PublicationPlan } from './plan';

const POSTS = ['пост', 'поста', 'постов'] as const;

/** The day number and the month in the genitive, as Russian names it after a day number («15 декабря»). */
function parts(date: DateId): { month: string; day: number } {
  const [, month, day] = date.split('-').map(Number);
  return { month: ruMonthGenitive(month ?? 0), day: day ?? 0 };
}

/** '2025-12-15' → «15 декабря». */
export function dayMonthText(date: DateId): string {
  const { day, month } = parts(date);
  return `${day} ${month}`;
}

/** «15–21 декабря»; «29 ноября – 5 декабря» across months; «15 декабря» for one day. */
export function dayRangeText(from: DateId, to: DateId): string {
  if (from === to) return dayMonthText(from);
  const a = parts(from);
  const b = parts(to);
  if (from.slice(0, 7) === to.slice(0, 7)) return `${a.day}–${b.day} ${b.month}`;
  return `${dayMonthText(from)} – ${dayMonthText(to)}`;
}

/** «a», «a и b», «a, b и c». */
export function joinRussian(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} и ${items[items.length - 1]}`;
}

/** Dates in order, a month named once for its days: «11, 13 и 15 декабря», «29 и 30 ноября, 1 декабря». */
export function datesText(dates: readonly DateId[]): string {
  const groups: { key: string; month: string; days: string[] }[] = [];
  for (const date of dates) {
    const { day, month } = parts(date);
    const last = groups[groups.length - 1];
    if (last?.key === date.slice(0, 7)) last.days.push(String(day));
    else groups.push({ key: date.slice(0, 7), month, days: [String(day)] });
  }
  return groups.map((g) => `${joinRussian(g.days)} ${g.month}`).join(', ');
}

function hourText(hour: number): string {
  return `${String(hour).padStart(2, '0')}:00`;
}

/**
 * «11 и 13 декабря в 10:00»; when days differ in their hours, each day with its own:
 * «14 декабря в 10:00 и 12:00; 15 декабря в 10:00».
 */
export function suggestedText(suggested: PlanPostsAction['suggested']): string {
  const byDate = new Map<DateId, number[]>();
  for (const slot of suggested) byDate.set(slot.date, [...(byDate.get(slot.date) ?? []), slot.hour]);
  const days = [...byDate].map(([date, hours]) => ({ date, hours: joinRussian(hours.map(hourText)) }));
  const sameHours = days.every((d) => d.hours === days[0]?.hours);
  if (sameHours) return `${datesText(days.map((d) => d.date))} в ${days[0]?.hours ?? ''}`;
  return days.map((d) => `${dayMonthText(d.date)} в ${d.hours}`).join('; ');
}

/**
 * The plan's item of «Что сделать сегодня» (and its screen's answer): a title and one sentence. A
 * running period is named by its deadline, a coming one by its days: which of today's hours are left
 * depends on the page's best hour, which only the plan's screen reads, so the item names no day or
 * hour that the screen could contradict; the screen lists them.
 */
export function planActionWords(action: PlanPostsAction): { title: string; detail: string } {
  const scheduled = action.scheduled > 0 ? `, отложено ${action.scheduled}` : '';
  const when = action.running
    ? `до ${dayMonthText(action.deadline)}`
    : `на ${dayRangeText(action.firstDay, action.deadline)}`;
  return {
    title: `Запланируйте ${action.count} ${plural(action.count, POSTS)} ${when}`,
    detail: `В ${action.periodIndex}-м периоде ${action.published} из ${action.threshold}${scheduled}. Дни и часы без залпов — в плане публикаций.`,
  };
}

/** «11 декабря, чт, 10:00»: one suggested post as the plan lists it. */
export function slotText(slot: Pick<PlanPostsAction['suggested'][number], 'date' | 'hour'>): string {
  const [year, month, day] = slot.date.split('-').map(Number);
  const weekday = WEEKDAYS[new Date(Date.UTC(year ?? NaN, (month ?? NaN) - 1, day ?? NaN)).getUTCDay()] ?? '';
  return `${dayMonthText(slot.date)}, ${weekday}, ${hourText(slot.hour)}`;
}

/** Sunday first, as Date.getUTCDay counts. */
const WEEKDAYS = ['вс', 'пн', 'вт', 'ср', 'чт', 'пт', 'сб'] as const;

/** How a period of the plan stands, in one word the screen colours, and one line. */
export type PlanPeriodTone = 'done' | 'todo' | 'late' | 'missed' | 'none';

export interface PlanPeriodWords {
  /** «8–14 декабря». */
  range: string;
  tone: PlanPeriodTone;
  /** «Выполнено: 3 из 3», «Нужно ещё 2 поста», «Не выполнено: 1 из 3». */
  status: string;
  /** One sentence under it. */
  detail: string;
}

export function planPeriodWords(period: PlannedPeriod): PlanPeriodWords {
  const range = dayRangeText(period.firstDate, period.deadline);
  const { threshold, published, scheduled, stillNeeded } = period;
  if (threshold === null || period.status === 'not-assessed' || period.status === 'unavailable')
    return { range, tone: 'none', status: 'Не оценивается', detail: 'В этом периоде нет нормы публикаций.' };
  const count = `${published} из ${threshold}`;
  const scheduledText = scheduled > 0 ? `, отложено ${scheduled}` : '';
  if (period.status === 'missed')
    return {
      range,
      tone: 'missed',
      status: `Не выполнено: ${count}`,
      detail: 'Период закончился: в него уже ничего не добавить.',
    };
  if (stillNeeded === 0) {
    const done = period.status === 'met' || published >= threshold;
    return {
      range,
      tone: 'done',
      status: done ? `Выполнено: ${count}` : `Хватает отложенных: ${count}${scheduledText}`,
      detail: done
        ? 'Норма периода выполнена.'
        : 'Отложенные записи выйдут вовремя и закроют норму, если их не удалить.',
    };
  }
  const need = `Нужно ещё ${stillNeeded} ${plural(stillNeeded, POSTS)}`;
  if (period.suggested.length === 0)
    return {
      range,
      tone: 'late',
      status: need,
      detail: `Опубликуйте сегодня: дней в периоде не осталось (${count}${scheduledText}).`,
    };
  return {
    range,
    tone: 'todo',
    status: need,
    detail: `Сейчас ${count}${scheduledText}. Лучше так: ${suggestedText(period.suggested)}.`,
  };
}

/** The plan's answer, first on its screen: one title, one line, and how it stands. */
export interface PlanSummaryWords {
  tone: 'todo' | 'late' | 'done' | 'none';
  title: string;
  detail: string;
}

export function planSummaryWords(plan: PublicationPlan): PlanSummaryWords {
  const periods = plan.periods;
  const last = periods[periods.length - 1]!;
  if (periods.every((p) => p.threshold === null))
    return {
      tone: 'none',
      title: 'Норма публикаций не действует',
      detail: 'Для страницы-визитки мониторинг не считает посты. Публикуйте, когда есть новости.',
    };
  const total = periods.reduce((sum, p) => sum + p.stillNeeded, 0);
  const late = periods.find((p) => p.stillNeeded > 0 && p.suggested.length === 0);
  if (late)
    return {
      tone: 'late',
      title: `Опубликуйте ${late.stillNeeded} ${plural(late.stillNeeded, POSTS)} сегодня`,
      detail: `Период ${dayRangeText(late.firstDate, late.deadline)} заканчивается сегодня, а норма ещё не выполнена.`,
    };
  const next = nextPlanAction(plan);
  if (next)
    return {
      tone: 'todo',
      title: planActionWords(next).title,
      detail: `Всего до ${dayMonthText(last.deadline)} нужно ещё ${total} ${plural(total, POSTS)}.`,
    };
  return {
    tone: 'done',
    title: 'План выполнен',
    detail: `Опубликованных и отложенных записей хватает до ${dayMonthText(last.deadline)}.`,
  };
}
