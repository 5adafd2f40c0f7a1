// A refresh result (data) → a supervisor table row (core): the child's scorecard with the category
// from the list, or why there is none.
import { scorecardFlags } from '../../core/completeness';
import type { SupervisorRow, UnavailableErrorKind } from '../../core/pages/supervisor-table';
import { computeScorecard } from '../../core/scorecard';
import { VkApiError, VkNetworkError, type VkApiErrorKind } from '../../vk/errors';
import type { ChildResult } from '../supervisor/types';
import type { ChildEntry } from './list-store';

/**
 * @param posWidgetsDeclared what the page's own admin said of its ПОС widgets (their settings); a
 *   supervisor's list does not know it (null)
 */
export function toSupervisorRow(
  result: ChildResult,
  entry: ChildEntry,
  timeZone: string,
  posWidgetsDeclared: boolean | null = null,
): SupervisorRow {
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
    const scorecard = computeScorecard({
      page: snapshot.page,
      posts: snapshot.posts,
      reach: snapshot.reach,
      category: identity.category,
      posWidgetsDeclared,
      now: result.fetchedAt,
      options: { timeZone },
    });
    return {
      ...identity,
      state: 'ok',
      scorecard,
      flags: scorecardFlags(scorecard, { postsComplete: snapshot.postsComplete }),
      monitoring: null,
    };
  }
  return {
    ...identity,
    state: 'unavailable',
    status: result.reason,
    errorKind: result.reason === 'error' ? errorKindOf(result.error) : null,
  };
}

/** The table says whether a retry may help: by the adapter's own error kinds, not raw codes. */
function errorKindOf(error: unknown): UnavailableErrorKind {
  if (error instanceof VkNetworkError) return 'network';
  if (error instanceof VkApiError) {
    if (RATE_KINDS.has(error.kind)) return 'rate-limit';
    if (ACCESS_KINDS.has(error.kind)) return 'access';
  }
  return 'api';
}

const RATE_KINDS: ReadonlySet<VkApiErrorKind> = new Set(['too-many-requests', 'flood', 'rate-limit']);
const ACCESS_KINDS: ReadonlySet<VkApiErrorKind> = new Set([
  'permission',
  'access-denied',
  'private-profile',
  'group-access-denied',
  'comments-access-denied',
]);
