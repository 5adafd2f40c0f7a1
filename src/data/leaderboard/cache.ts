// What a leaderboard refresh can reuse from the previous gather: each post's activity with the counters
// (likes.count, reposts.count, comments.count) it was read at, and what is known about the actors.
// A refresh re-reads only the lists whose counter moved. Kept in services.memory across panels.
import type { PostActivity, PostRef } from '../../core/leaderboard';

export interface PostCounters {
  likes: number;
  reposts: number;
  comments: number;
}

export interface CachedPost {
  counters: PostCounters;
  activity: PostActivity;
}

export interface ActivityCache {
  groupId: number;
  posts: Map<PostRef, CachedPost>;
  /** Membership of the actors checked so far (true = member). */
  membership: Map<number, boolean>;
  /** Deleted or banned accounts among the checked actors. */
  inactive: Set<number>;
  /** The page's managers as read at the first gather. */
  managers: number[] | null;
  /** False when the managers are the public contacts only (a viewer who is not a manager). */
  managersComplete: boolean;
  /** members_count at the first gather (prices the membership check). */
  membersCount: number | null;
}

export function emptyActivityCache(groupId: number): ActivityCache {
  return {
    groupId,
    posts: new Map(),
    membership: new Map(),
    inactive: new Set(),
    managers: null,
    managersComplete: false,
    membersCount: null,
  };
}

export function sameCounters(a: PostCounters, b: PostCounters): boolean {
  return a.likes === b.likes && a.reposts === b.reposts && a.comments === b.comments;
}

const memoryKey = (groupId: number) => `leaderboard:activity:${groupId}`;

function isActivityCache(value: unknown, groupId: number): value is ActivityCache {
  return (
    typeof value === 'object' &&
    value !== null &&
    'groupId' in value &&
    value.groupId === groupId &&
    'posts' in value &&
    value.posts instanceof Map
  );
}

/** The page's cache kept in services.memory, or undefined. */
export function cachedActivity(memory: Map<string, unknown>, groupId: number): ActivityCache | undefined {
  const value = memory.get(memoryKey(groupId));
  return isActivityCache(value, groupId) ? value : undefined;
}

export function keepActivity(memory: Map<string, unknown>, cache: ActivityCache): void {
  memory.set(memoryKey(cache.groupId), cache);
}
