// The leaderboard screens' words: the period, points, the gap to the next place, the rules.
import type { LeaderboardEntry, LeaderboardPeriod, PeriodKind, PointRules } from '../../core/leaderboard';
import { ruMonthGenitive } from '../../core/text/ru-format';
import { localDateTime } from '../../core/time';
import type { LeaderboardProgress } from '../../data/leaderboard/gather';
import { formatInt, plural } from '../../shared/format';
import { progressPercent, progressText as stageProgressText } from '../../shared/progress';

export const POINT_FORMS = ['очко', 'очка', 'очков'] as const;

/** "5 очков", "1 очко". */
export function pointsText(points: number): string {
  return `${formatInt(points)} ${plural(points, POINT_FORMS)}`;
}

/** «Период 15–21 ноября». */
export function periodText(period: LeaderboardPeriod, timeZone: string): string {
  return `Период ${periodDates(period, timeZone)}`;
}

/**
 * «15–21 ноября», «28 ноября – 3 декабря», with the year only when the period crosses one. Both
 * ends are read in the page's zone (the period's `to` is its last second).
 */
export function periodDates(period: LeaderboardPeriod, timeZone: string): string {
  const from = localDateTime(period.from, timeZone);
  const to = localDateTime(period.to, timeZone);
  const month = ruMonthGenitive;
  if (from.year !== to.year)
    return `${from.day} ${month(from.month)} ${from.year} – ${to.day} ${month(to.month)} ${to.year}`;
  if (from.month !== to.month) return `${from.day} ${month(from.month)} – ${to.day} ${month(to.month)}`;
  if (from.day === to.day) return `${from.day} ${month(from.month)}`;
  return `${from.day}–${to.day} ${month(from.month)}`;
}

export const PERIOD_KIND_NAMES: Record<PeriodKind, string> = {
  'rating-period': 'Рейтинговый период',
  month: 'Календарный месяц',
  custom: 'Свои даты',
};

export const PERIOD_KIND_HINTS: Record<PeriodKind, string> = {
  'rating-period': 'Неделями по числам месяца: 1–7, 8–14, 15–21 и с 22-го до конца месяца.',
  month: 'С первого до последнего дня текущего месяца.',
  custom: 'Начало и конец включительно.',
};

/** «4 очка до следующего места»; first place and absence have their own words. */
export function gapText(gap: number | null, entry: LeaderboardEntry | null): string {
  if (entry === null) return 'Вас пока нет в рейтинге';
  if (gap === null) return 'Вы на первом месте';
  return `${pointsText(gap)} до следующего места`;
}

/** «Лайки 3 · комментарии 2 · репосты 1»: the counted actions behind the points. */
export function breakdownText(entry: Pick<LeaderboardEntry, 'likes' | 'comments' | 'reposts'>): string {
  return `Лайки ${formatInt(entry.likes)} · комментарии ${formatInt(entry.comments)} · репосты ${formatInt(entry.reposts)}`;
}

/**
 * The rules as the subscriber reads them, with the page's own points:
 * «Лайк — 1 очко, комментарий — 3, репост — 5; …».
 */
export function rulesText(points: PointRules): string {
  return (
    `${pointsRulesText(points)}; короткие и повторяющиеся комментарии не считаются; ` +
    'считаются только подписчики; администраторы не участвуют. ' +
    'Равные очки — общее место: у троих с равными очками после первого места — места 2–4, следующий — 5-й.'
  );
}

/** Under the rules when the viewer could not learn the page's own (no rules in the route). */
export const DEFAULT_RULES_NOTE =
  'Правила по умолчанию; если сообщество изменило очки, откройте рейтинг по ссылке «Вся таблица» в виджете сообщества.';

/** «Лайк — 1 очко, комментарий — 3, репост — 5». */
export function pointsRulesText(points: PointRules): string {
  return (
    `Лайк — ${pointsText(points.like)}, комментарий — ${formatInt(points.comment)}, ` +
    `репост — ${formatInt(points.repost)}`
  );
}

/** «Виджет обновлён в 15:42» in the page's zone. */
export function widgetUpdatedText(updatedAtUnix: number, timeZone: string): string {
  const t = localDateTime(updatedAtUnix, timeZone);
  return `Виджет обновлён в ${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`;
}

const STAGE_NAMES: Record<LeaderboardProgress['stage'], string> = {
  posts: 'Ищем записи периода',
  activity: 'Читаем лайки, комментарии и репосты',
  members: 'Проверяем подписку',
};

/** «Читаем лайки, комментарии и репосты: 12 из 40». */
export function progressText(progress: LeaderboardProgress): string {
  return stageProgressText({ ...progress, name: STAGE_NAMES[progress.stage] });
}

export { progressPercent };
