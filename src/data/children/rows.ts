// A refresh result (data) → a supervisor table row (core): the child's scorecard with the category
// from the list, or why there is none.
import type { SupervisorRow, UnavailableErrorKind } from '../../core/pages/supervisor-table';
import { computeScorecard } from '../../core/scorecard';
import { VkApiError, VkNetworkError } from '../../vk/errors';
import type { ChildResult } from '../supervisor/types';
import type { ChildEntry } from './list-store';

export function toSupervisorRow(result: ChildResult, entry: ChildEntry, timeZone: string): SupervisorRow {
  const page = result.status === 'ok' ? result.snapshot.page : result.page;
  const identity = {
    id: result.id,
    name: page?.name ?? entry.name,
    screenName: page?.screenName ?? null,
    photo: page?.hasPhoto ? page.photo : null,
    category: entry.category ?? 'active',
  };
  if (result.status === 'ok') {
    const { snapshot } = result;
    return {
      ...identity,
      state: 'ok',
      scorecard: computeScorecard({
        page: snapshot.page,
        posts: snapshot.posts,
        reach: snapshot.reach,
        category: identity.category,
        posWidgetsDeclared: null,
        now: result.fetchedAt,
        options: { timeZone },
      }),
    };
  }
  return {
    ...identity,
    state: 'unavailable',
    status: result.reason,
    errorKind: result.reason === 'error' ? errorKindOf(result.error) : null,
  };
}

function errorKindOf(error: unknown): UnavailableErrorKind {
  if (error instanceof VkNetworkError) return 'network';
  if (error instanceof VkApiError) {
    if (error.code === 6 || error.code === 9 || error.code === 29) return 'rate-limit';
    if ([7, 15, 30, 203, 212].includes(error.code)) return 'access';
  }
  return 'api';
}
