// The plan's item for «Что сделать сегодня»: the nearest period that still needs posts.

import { withPlanAction, type Action, type PlanPostsAction } from '../actions';
import type { Scorecard } from '../scorecard';
import { isGone, type Post } from '../types';
import { planPublications, type PublicationPlan } from './plan';

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
    running: period.status === 'in-progress',
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

/**
 * «Что сделать сегодня» with the plan in it: the scorecard's actions, where the plan's nearest period
 * replaces that period's post-more or schedule-posts (withPlanAction). The plan counts the posts the
 * scorecard read (published and, for an admin, scheduled) at the default hour: the history's best hour
 * needs three months of posts, which only the plan's own screen reads. A page that is gone has no plan.
 */
export function actionsWithPlan(
  card: Pick<Scorecard, 'actions' | 'category' | 'now' | 'timeZone' | 'options' | 'page'>,
  posts: readonly Post[],
): Action[] {
  if (isGone(card.page.status)) return card.actions;
  const plan = planPublications({
    posts,
    category: card.category,
    now: card.now,
    timeZone: card.timeZone,
    options: card.options,
  });
  return withPlanAction(card.actions, nextPlanAction(plan));
}
