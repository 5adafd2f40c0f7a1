// A page whose wall VK will not show: it is deleted, banned, or closed to the viewer. The scorecard
// then has no figures, but it still knows the page's name and state from groups.getById, so it can
// say what happened and what to do instead of a bare "access denied".
import { isGone, type PageInfo } from '../core/types';
import { VkApiError } from '../vk/errors';

export type UnreadableState = 'private' | 'deleted' | 'banned';

export class PageUnavailableError extends Error {
  constructor(
    readonly page: PageInfo,
    readonly state: UnreadableState,
  ) {
    super(`Page ${page.id} is ${state}`);
    this.name = 'PageUnavailableError';
  }
}

/**
 * Why VK refused the wall of a page groups.getById described; null when the refusal is something else
 * (a network failure, a rate limit…), which the caller rethrows as it is.
 */
export function unreadableStateOf(error: unknown, page: PageInfo): UnreadableState | null {
  if (isGone(page.status)) return page.status;
  if (!(error instanceof VkApiError)) return null;
  if (error.kind === 'deleted-or-banned') return 'deleted';
  const refused = error.kind === 'access-denied' || error.kind === 'group-access-denied';
  return refused && page.status === 'private' ? 'private' : null;
}
