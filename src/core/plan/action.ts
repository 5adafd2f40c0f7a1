// The plan's item for «Что сделать сегодня»: the nearest period that still needs posts.

import type { PlanPostsAction } from '../actions';
import type { PublicationPlan } from './plan';

/**
 * «Запланируйте 2 поста на 15–21 декабря»: the first period that still needs posts and still has days
 * to suggest; null when none does (all met or covered by scheduled posts, a business card, or too
 * late today for the running period and nothing after it). Impact 0: withPlanAction gives it the
 * impact of the action it replaces.
 */
export function nextPlanAction(plan: PublicationPlan): PlanPostsAction | null {
  const period = plan.periods.find((p) => p.stillNeeded > 0 && p.suggested.length > 0);
  if (!period || period.plansFrom === null || period.threshold === null) return null;
  return {
    kind: 'plan-posts',
    periodIndex: period.index,
    count: period.stillNeeded,
    published: period.published,
    scheduled: period.scheduled,
    threshold: period.threshold,
    firstDay: period.plansFrom,
    deadline: period.deadline,
    suggested: period.suggested,
    impact: 0,
  };
}
