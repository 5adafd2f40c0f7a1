// «Что сделать сегодня»: the core's structured actions in plain Russian, a short imperative title a
// clerk reads first and one sentence of detail, and what the action gains.
import type { Action } from '../../core/actions';
import { planActionWords } from '../../core/plan/words';
import { countOf, formatDayMonth, formatNumber, formatPercent, plural } from '../../shared/format';
import { requirementText } from './requirementText';

const POSTS = ['пост', 'поста', 'постов'] as const;
const REACTIONS = ['реакцию', 'реакции', 'реакций'] as const;
const DAYS = ['день', 'дня', 'дней'] as const;
const GAPS = ['перерыв', 'перерыва', 'перерывов'] as const;
const POINTS = ['балл', 'балла', 'баллов'] as const;

export interface ActionWords {
  title: string;
  detail: string;
}

export function actionWords(action: Action): ActionWords {
  switch (action.kind) {
    case 'post-more':
      return {
        title: `Опубликуйте ещё ${countOf(action.count, POSTS)} до ${formatDayMonth(action.deadline)}`,
        detail: `В ${action.periodIndex}-м периоде ${action.published} из ${action.threshold}${action.scheduled > 0 ? `, отложено ${action.scheduled}` : ''}.`,
      };
    case 'schedule-posts':
      return {
        title: `Запланируйте ${countOf(action.count, POSTS)} на ${formatDayMonth(action.firstDay)} – ${formatDayMonth(action.deadline)}`,
        detail: `${action.periodIndex}-й период: отложенные записи держат ритм в праздники и отпуска.`,
      };
    case 'plan-posts':
      return planActionWords(action);
    case 'need-reactions':
      return {
        title: `Соберите ещё ${countOf(action.count, REACTIONS)}`,
        detail: `${action.posts === 1 ? 'На последнем посте' : `На последних ${action.posts} постах`} вовлечённость (ER) ${formatPercent(action.percent)} при цели ${formatPercent(action.targetPercent)}. Задайте вопрос подписчикам, проведите опрос, викторину или конкурс.`,
      };
    case 'fix-requirement':
      return {
        title: requirementText(action.id).todo,
        detail: `${requirementText(action.id).fix}${action.deducted ? '' : ' Это рекомендация: баллы не снимаются.'}`,
      };
    case 'check-requirement':
      return {
        title: `Проверьте: ${requirementText(action.id).title.toLowerCase()}`,
        detail: requirementText(action.id).fix,
      };
    case 'raise-reach':
      return {
        title: `Поднимите охват до ${formatPercent(action.targetPercent)}`,
        detail: `Сейчас ${formatPercent(action.percent)} от числа подписчиков${action.estimated ? ' (оценка)' : ''}. Разместите QR-коды в здании, расскажите о странице посетителям и в рассылке.`,
      };
    case 'fill-gap':
      return {
        title: 'Опубликуйте пост сегодня',
        detail: `Страница молчит уже ${countOf(action.days, DAYS)}.`,
      };
    case 'spread-posts':
      return {
        title: 'Публикуйте равномернее',
        detail: `В этом месяце ${countOf(action.gaps, GAPS)}, самый долгий — ${countOf(action.longestDays, DAYS)}. Мониторинг считает залпы публикаций ошибкой.`,
      };
  }
}

/** The action as one sentence (screen readers, copies). */
export function actionText(action: Action): string {
  const { title, detail } = actionWords(action);
  return `${title}. ${detail}`;
}

/**
 * What the action gains: «+6,67 балла к рейтингу». A running period is not in the rating until it
 * ends, so its posts do not add to the figure on screen: the points depend on them («от этого
 * зависят 12,5 балла рейтинга»). Null for an action that gains nothing today.
 */
export function gainText(action: Pick<Action, 'kind' | 'impact'>): string | null {
  const { impact } = action;
  if (!(impact > 0)) return null;
  // A plan action has points only when it stands in for a running period's post-more.
  if (action.kind === 'post-more' || action.kind === 'plan-posts')
    return `от этого зависят ${pointsOf(impact)} рейтинга`;
  return `+${pointsOf(impact)} к рейтингу`;
}

/** «25 баллов», «1 балл», «6,67 балла» (a fraction takes the genitive singular). */
function pointsOf(n: number): string {
  return `${formatNumber(n)} ${Number.isInteger(n) ? plural(n, POINTS) : POINTS[1]}`;
}
