// «Что сделать сегодня»: the core's structured actions in plain Russian.
import type { Action } from '../../core/actions';
import { countOf, formatDayMonth, formatPercent } from '../../shared/format';
import { REQUIREMENT_TEXT } from './requirementText';

const POSTS = ['пост', 'поста', 'постов'] as const;
const REACTIONS = ['реакция', 'реакции', 'реакций'] as const;
const DAYS = ['день', 'дня', 'дней'] as const;
const GAPS = ['перерыв', 'перерыва', 'перерывов'] as const;

export function actionText(action: Action): string {
  switch (action.kind) {
    case 'post-more':
      return `Опубликуйте ещё ${countOf(action.count, POSTS)} до ${formatDayMonth(action.deadline)}: в ${action.periodIndex}-м периоде ${action.published} из ${action.threshold}${action.scheduled > 0 ? `, отложено ${action.scheduled}` : ''}.`;
    case 'schedule-posts':
      return `Запланируйте ${countOf(action.count, POSTS)} на ${formatDayMonth(action.firstDay)} – ${formatDayMonth(action.deadline)} (${action.periodIndex}-й период): отложенные записи держат ритм в праздники и отпуска.`;
    case 'need-reactions':
      return `Не хватает ${countOf(action.count, REACTIONS)} на последних ${action.posts} постах, чтобы ER достиг ${formatPercent(action.targetPercent)} (сейчас ${formatPercent(action.percent)}). Задайте вопрос подписчикам, проведите опрос или конкурс.`;
    case 'fix-requirement':
      return `${REQUIREMENT_TEXT[action.id].title}: ${REQUIREMENT_TEXT[action.id].fix}${action.deducted ? ' Без этого рейтинг снижается.' : ''}`;
    case 'check-requirement':
      return `Проверьте пункт «${REQUIREMENT_TEXT[action.id].title}». ${REQUIREMENT_TEXT[action.id].fix}`;
    case 'raise-reach':
      return `Охват ${formatPercent(action.percent)} от числа подписчиков при цели ${formatPercent(action.targetPercent)}${action.estimated ? ' (оценка)' : ''}: разместите QR-коды в здании, расскажите о странице посетителям и в рассылке.`;
    case 'fill-gap':
      return `Страница молчит уже ${countOf(action.days, DAYS)}: опубликуйте пост сегодня.`;
    case 'spread-posts':
      return `Публикуйте равномернее: в этом месяце ${countOf(action.gaps, GAPS)}, самый долгий — ${countOf(action.longestDays, DAYS)}. Мониторинг считает залпы публикаций ошибкой.`;
  }
}
