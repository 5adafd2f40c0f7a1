// Dates of the coming weeks that matter for a sphere: a fixed table of the Russian calendar (state
// holidays, professional days, the international days institutions mark), plus the days set as
// "the n-th weekday of a month" computed for the year.

import type { InstitutionType } from '../posters/institution';
import { dateId, type DateId } from '../time';
import { dayMonthText } from './words';

/** 0 = Sunday … 6 = Saturday (Date.getUTCDay). */
type SundayFirstWeekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

type When =
  | { month: number; day: number }
  /** The n-th (1..4) or the last ('last') such weekday of the month. */
  | { month: number; weekday: SundayFirstWeekday; nth: 1 | 2 | 3 | 4 | 'last' };

interface CalendarEntry {
  id: string;
  title: string;
  when: When;
  /** 'all': every page marks it. */
  spheres: 'all' | readonly InstitutionType[];
}

export interface NotableDate {
  id: string;
  /** 'YYYY-MM-DD'. */
  date: DateId;
  title: string;
  /** A post for the day, [square brackets] to replace. */
  draft: string;
}

const SUNDAY = 0;
const SATURDAY = 6;

const CALENDAR: readonly CalendarEntry[] = [
  { id: 'new-year', title: 'Новый год', when: { month: 1, day: 1 }, spheres: 'all' },
  { id: 'christmas', title: 'Рождество Христово', when: { month: 1, day: 7 }, spheres: 'all' },
  {
    id: 'students-day',
    title: 'День российского студенчества',
    when: { month: 1, day: 25 },
    spheres: ['education', 'youth'],
  },
  {
    id: 'world-cancer-day',
    title: 'Всемирный день борьбы против рака',
    when: { month: 2, day: 4 },
    spheres: ['health'],
  },
  { id: 'science-day', title: 'День российской науки', when: { month: 2, day: 8 }, spheres: ['education'] },
  {
    id: 'mother-language-day',
    title: 'Международный день родного языка',
    when: { month: 2, day: 21 },
    spheres: ['education', 'culture'],
  },
  { id: 'defender-day', title: 'День защитника Отечества', when: { month: 2, day: 23 }, spheres: 'all' },
  { id: 'womens-day', title: 'Международный женский день', when: { month: 3, day: 8 }, spheres: 'all' },
  {
    id: 'tuberculosis-day',
    title: 'Всемирный день борьбы с туберкулёзом',
    when: { month: 3, day: 24 },
    spheres: ['health'],
  },
  {
    id: 'culture-workers-day',
    title: 'День работника культуры',
    when: { month: 3, day: 25 },
    spheres: ['culture'],
  },
  {
    id: 'theatre-day',
    title: 'Международный день театра',
    when: { month: 3, day: 27 },
    spheres: ['culture'],
  },
  {
    id: 'childrens-book-day',
    title: 'Международный день детской книги',
    when: { month: 4, day: 2 },
    spheres: ['culture', 'education'],
  },
  {
    id: 'sport-day',
    title: 'Международный день спорта на благо развития и мира',
    when: { month: 4, day: 6 },
    spheres: ['sport'],
  },
  {
    id: 'health-day',
    title: 'Всемирный день здоровья',
    when: { month: 4, day: 7 },
    spheres: ['health', 'sport'],
  },
  { id: 'cosmonautics-day', title: 'День космонавтики', when: { month: 4, day: 12 }, spheres: 'all' },
  {
    id: 'local-government-day',
    title: 'День местного самоуправления',
    when: { month: 4, day: 21 },
    spheres: ['authority', 'settlement'],
  },
  {
    id: 'parliamentarism-day',
    title: 'День российского парламентаризма',
    when: { month: 4, day: 27 },
    spheres: ['authority'],
  },
  { id: 'labour-day', title: 'Праздник Весны и Труда', when: { month: 5, day: 1 }, spheres: 'all' },
  { id: 'victory-day', title: 'День Победы', when: { month: 5, day: 9 }, spheres: 'all' },
  {
    id: 'family-day',
    title: 'Международный день семьи',
    when: { month: 5, day: 15 },
    spheres: ['social', 'education', 'mfc'],
  },
  { id: 'museum-day', title: 'Международный день музеев', when: { month: 5, day: 18 }, spheres: ['culture'] },
  {
    id: 'slavic-writing-day',
    title: 'День славянской письменности и культуры',
    when: { month: 5, day: 24 },
    spheres: ['culture', 'education'],
  },
  {
    id: 'libraries-day',
    title: 'Общероссийский день библиотек',
    when: { month: 5, day: 27 },
    spheres: ['culture'],
  },
  {
    id: 'no-tobacco-day',
    title: 'Всемирный день без табака',
    when: { month: 5, day: 31 },
    spheres: ['health'],
  },
  {
    id: 'children-day',
    title: 'Международный день защиты детей',
    when: { month: 6, day: 1 },
    spheres: ['education', 'culture', 'sport', 'social', 'youth', 'health'],
  },
  {
    id: 'pushkin-day',
    title: 'Пушкинский день России (День русского языка)',
    when: { month: 6, day: 6 },
    spheres: ['culture', 'education'],
  },
  {
    id: 'social-workers-day',
    title: 'День социального работника',
    when: { month: 6, day: 8 },
    spheres: ['social'],
  },
  { id: 'russia-day', title: 'День России', when: { month: 6, day: 12 }, spheres: 'all' },
  {
    id: 'blood-donor-day',
    title: 'Всемирный день донора крови',
    when: { month: 6, day: 14 },
    spheres: ['health', 'youth'],
  },
  {
    id: 'medical-workers-day',
    title: 'День медицинского работника',
    when: { month: 6, weekday: SUNDAY, nth: 3 },
    spheres: ['health'],
  },
  { id: 'remembrance-day', title: 'День памяти и скорби', when: { month: 6, day: 22 }, spheres: 'all' },
  { id: 'youth-day', title: 'День молодёжи', when: { month: 6, day: 27 }, spheres: ['youth'] },
  {
    id: 'family-love-day',
    title: 'День семьи, любви и верности',
    when: { month: 7, day: 8 },
    spheres: 'all',
  },
  {
    id: 'international-youth-day',
    title: 'Международный день молодёжи',
    when: { month: 8, day: 12 },
    spheres: ['youth'],
  },
  {
    id: 'physical-culture-day',
    title: 'День физкультурника',
    when: { month: 8, weekday: SATURDAY, nth: 2 },
    spheres: ['sport', 'youth'],
  },
  {
    id: 'flag-day',
    title: 'День Государственного флага Российской Федерации',
    when: { month: 8, day: 22 },
    spheres: 'all',
  },
  {
    id: 'knowledge-day',
    title: 'День знаний',
    when: { month: 9, day: 1 },
    spheres: ['education', 'culture', 'sport', 'youth'],
  },
  {
    id: 'anti-terror-day',
    title: 'День солидарности в борьбе с терроризмом',
    when: { month: 9, day: 3 },
    spheres: 'all',
  },
  {
    id: 'preschool-workers-day',
    title: 'День воспитателя и всех дошкольных работников',
    when: { month: 9, day: 27 },
    spheres: ['education'],
  },
  { id: 'heart-day', title: 'Всемирный день сердца', when: { month: 9, day: 29 }, spheres: ['health'] },
  {
    id: 'older-persons-day',
    title: 'Международный день пожилых людей',
    when: { month: 10, day: 1 },
    spheres: ['social', 'culture', 'health', 'mfc'],
  },
  { id: 'music-day', title: 'Международный день музыки', when: { month: 10, day: 1 }, spheres: ['culture'] },
  { id: 'teachers-day', title: 'День учителя', when: { month: 10, day: 5 }, spheres: ['education'] },
  {
    id: 'fathers-day',
    title: 'День отца',
    when: { month: 10, weekday: SUNDAY, nth: 3 },
    spheres: ['education', 'culture', 'social', 'sport'],
  },
  { id: 'unity-day', title: 'День народного единства', when: { month: 11, day: 4 }, spheres: 'all' },
  {
    id: 'diabetes-day',
    title: 'Всемирный день борьбы с диабетом',
    when: { month: 11, day: 14 },
    spheres: ['health'],
  },
  {
    id: 'mothers-day',
    title: 'День матери',
    when: { month: 11, weekday: SUNDAY, nth: 'last' },
    spheres: 'all',
  },
  {
    id: 'aids-day',
    title: 'Всемирный день борьбы со СПИДом',
    when: { month: 12, day: 1 },
    spheres: ['health', 'youth'],
  },
  {
    id: 'disability-day',
    title: 'Международный день инвалидов',
    when: { month: 12, day: 3 },
    spheres: ['social', 'health', 'culture', 'sport', 'education'],
  },
  { id: 'volunteer-day', title: 'День добровольца (волонтёра)', when: { month: 12, day: 5 }, spheres: 'all' },
  { id: 'heroes-day', title: 'День Героев Отечества', when: { month: 12, day: 9 }, spheres: 'all' },
  {
    id: 'constitution-day',
    title: 'День Конституции Российской Федерации',
    when: { month: 12, day: 12 },
    spheres: 'all',
  },
];

const MS_PER_DAY = 86_400_000;

/** The day of the month the entry falls on in the year. */
function dayOf(when: When, year: number): number {
  if ('day' in when) return when.day;
  if (when.nth === 'last') {
    const last = new Date(Date.UTC(year, when.month, 0));
    return last.getUTCDate() - ((last.getUTCDay() - when.weekday + 7) % 7);
  }
  const first = new Date(Date.UTC(year, when.month - 1, 1)).getUTCDay();
  return 1 + ((when.weekday - first + 7) % 7) + (when.nth - 1) * 7;
}

/**
 * The sphere's notable dates from `from` ('YYYY-MM-DD') through the `days` days that start with it
 * (days = 14: `from` and the 13 days after), by date, then in the table's order.
 */
export function datesAhead(sphere: InstitutionType, from: DateId, days: number): NotableDate[] {
  const [year, month, day] = from.split('-').map(Number);
  const start = Date.UTC(year ?? NaN, (month ?? NaN) - 1, day ?? NaN);
  if (Number.isNaN(start) || !Number.isInteger(days) || days < 0)
    throw new RangeError(`Invalid range from "${from}" for ${days} days`);
  const end = start + days * MS_PER_DAY;
  const found: { at: number; date: NotableDate }[] = [];
  for (let y = new Date(start).getUTCFullYear(); y <= new Date(end).getUTCFullYear(); y += 1) {
    for (const entry of CALENDAR) {
      if (entry.spheres !== 'all' && !entry.spheres.includes(sphere)) continue;
      const d = dayOf(entry.when, y);
      const at = Date.UTC(y, entry.when.month - 1, d);
      if (at < start || at >= end) continue;
      const date = dateId(y, entry.when.month, d);
      found.push({
        at,
        date: { id: entry.id, date, title: entry.title, draft: dateDraft(date, entry.title) },
      });
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.date);
}

function dateDraft(date: DateId, title: string): string {
  return `${dayMonthText(date)} — ${title}. [Как мы отмечаем этот день: событие, время и место, кто участвует.] [Поздравление или обращение к подписчикам.] [Прикрепите фото]`;
}
