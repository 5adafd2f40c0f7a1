// The button of each «Что сделать сегодня» item: where the action starts. A link into VK for what is
// done in VK (the wall, the community's settings, the scheduled posts), or one of the app's own tools
// (the quiz and giveaway builders, the QR poster), which the app's shell opens.
import type { Action } from '../../core/actions';
import type { PageInfo } from '../../core/types';

/** The app's screens an action can start; the shell maps them to routes. */
export type ScorecardTool = 'quiz-new' | 'giveaway-new' | 'poster' | 'history' | 'replies' | 'plan';

export type ActionTarget =
  | { kind: 'link'; label: string; href: string }
  | { kind: 'tool'; label: string; tool: ScorecardTool }
  /** A control further down this screen (the ПОС widgets checkbox). */
  | { kind: 'anchor'; label: string; anchor: string };

export const REQUIREMENTS_ANCHOR = 'scorecard-requirements';

export function actionTarget(action: Action, page: Pick<PageInfo, 'id'>, canManage: boolean): ActionTarget {
  const club = `https://vk.com/club${page.id}`;
  switch (action.kind) {
    case 'post-more':
    case 'fill-gap':
      return { kind: 'link', label: 'Написать пост', href: club };
    case 'plan-posts':
      // The plan's screen has the days, the topics and VK's post box; a viewer who cannot post there
      // is shown the page's scheduled posts.
      return canManage
        ? { kind: 'tool', label: 'Открыть план', tool: 'plan' }
        : { kind: 'link', label: 'Отложенные записи', href: `https://vk.com/wall-${page.id}?postponed=1` };
    case 'schedule-posts':
    case 'spread-posts':
      // VK lists a community's scheduled posts under this address (admins only).
      return { kind: 'link', label: 'Отложенные записи', href: `https://vk.com/wall-${page.id}?postponed=1` };
    case 'need-reactions':
      return canManage
        ? { kind: 'tool', label: 'Провести викторину', tool: 'quiz-new' }
        : { kind: 'link', label: 'Открыть страницу', href: club };
    case 'raise-reach':
      return { kind: 'tool', label: 'Сделать плакат с QR', tool: 'poster' };
    case 'fix-requirement':
    case 'check-requirement':
      if (action.id === 'pos-widgets' && canManage)
        return { kind: 'anchor', label: 'Отметить виджет ПОС', anchor: REQUIREMENTS_ANCHOR };
      if (action.id === 'gov-mark')
        return { kind: 'link', label: 'Открыть Госпаблики', href: 'https://gos.vk.com' };
      return { kind: 'link', label: 'Открыть управление', href: `${club}?act=edit` };
  }
}
