// What a supervisor's refresh gives for each subordinate page, and what the cache keeps of it.
import type { PageInfo } from '../../core/types';
import type { PageSnapshot } from '../page-snapshot';

/** Why a page has no snapshot: VK says it is private, deleted or banned, or reading it failed. */
export type UnavailableReason = 'private' | 'deleted' | 'banned' | 'error';

export interface ChildOk {
  id: number;
  status: 'ok';
  snapshot: PageSnapshot;
  /** Unix seconds: when the data was read from VK (a cached result keeps its original time). */
  fetchedAt: number;
}

export interface ChildUnavailable {
  id: number;
  status: 'unavailable';
  reason: UnavailableReason;
  /** The typed adapter error (VkApiError, VkNetworkError…) when reading failed. */
  error?: unknown;
  /** What groups.getById said about the page, when it answered. */
  page?: PageInfo;
  fetchedAt: number;
}

/** One row of the supervisor's table: a page is always a result, never a gap. */
export type ChildResult = ChildOk | ChildUnavailable;

/**
 * A cached result: never a failure (`reason: 'error'`), which the next refresh must retry, and without
 * the error object (IndexedDB's structured clone would keep only its message).
 */
export type CachedSnapshot =
  ChildOk | (Omit<ChildUnavailable, 'reason' | 'error'> & { reason: Exclude<UnavailableReason, 'error'> });
