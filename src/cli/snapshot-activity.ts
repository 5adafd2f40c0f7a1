// Who acted on the posts, as a snapshot carries it: shared by the leaderboard snapshot
// (src/cli/leaderboard-snapshot.ts) and the report's --monitoring and --replies (src/cli/snapshot.ts).
//
//   "likes":    { "<owner>_<post>": [user ids] },
//   "reposts":  { "<owner>_<post>": [user ids] },
//   "comments": { "<owner>_<post>": [wall.getComments items; thread replies listed beside them with
//                 their parents_stack, or inline in the item's thread.items] },
//   "managers": [user ids]; the report also takes { "<group id>": [user ids] },
//   "users":    [users.get objects; `deactivated` ones are inactive]

import { z } from 'zod/mini';
import type { LeaderboardComment } from '../core/leaderboard';
import { wireCommentSchema, type WireComment } from '../vk/wire-comments';
import { wireUserSchema } from '../vk/wire-users';
import { groupIdKey, postRefKey } from './snapshot-keys';

export const userIds = z.array(z.int());
/** A comment with its inline thread (if any); thread replies carry parents_stack. */
const snapshotCommentSchema = z.extend(wireCommentSchema, {
  thread: z.nullish(z.looseObject({ items: z.nullish(z.array(wireCommentSchema)) })),
});

export type SnapshotComment = z.infer<typeof snapshotCommentSchema>;

/** The activity keys, each optional (missing = nobody), to extend a snapshot schema with. */
export const activityFields = {
  likes: z.optional(z.record(postRefKey, userIds)),
  reposts: z.optional(z.record(postRefKey, userIds)),
  comments: z.optional(z.record(postRefKey, z.array(snapshotCommentSchema))),
  managers: z.optional(userIds),
  users: z.optional(z.array(wireUserSchema)),
};

/** The report's managers: `[ids]`, the first group's, or `{"<group id>": [ids]}`. */
const reportManagers = z.union([userIds, z.record(groupIdKey, userIds)], {
  error: 'expected [user ids] or {"<group id>": [user ids]}',
});

export type ReportManagers = z.infer<typeof reportManagers>;

/** The activity keys as the report reads them (--monitoring, --replies): managers may be per group. */
export const reportActivityFields = { ...activityFields, managers: z.optional(reportManagers) };

/**
 * The managers a snapshot names for a group; null for none. The array shape names the managers of
 * `arrayGroupId` (for --replies the first group).
 */
export function managersOf(
  managers: ReportManagers | undefined,
  groupId: number,
  arrayGroupId: number | undefined,
): number[] | null {
  if (managers === undefined) return null;
  if (Array.isArray(managers)) return groupId === arrayGroupId ? managers : null;
  return managers[String(groupId)] ?? null;
}

/** Ids of the deactivated (deleted or banned) accounts among `users`. */
export function inactiveIdsOf(users: readonly z.infer<typeof wireUserSchema>[] | undefined): number[] {
  return (users ?? []).filter((user) => user.deactivated).map((user) => user.id);
}

/** A comment and the top-level comment whose thread it is in (null: it is a top-level comment). */
export interface ThreadedComment {
  comment: WireComment;
  threadId: number | null;
}

/**
 * Top-level comments, replies listed beside them (in the thread of their parents_stack[0]) and
 * replies inline in `thread` (in the item's thread), each once: the first copy wins.
 */
export function threadedComments(items: readonly SnapshotComment[]): ThreadedComment[] {
  const byId = new Map<number, ThreadedComment>();
  const add = (comment: WireComment, threadId: number | null) => {
    if (!byId.has(comment.id)) byId.set(comment.id, { comment, threadId });
  };
  for (const item of items) {
    const threadId = item.parents_stack?.[0] ?? null;
    add(item, threadId);
    for (const reply of item.thread?.items ?? []) add(reply, threadId ?? item.id);
  }
  return [...byId.values()];
}

/** Top-level comments, replies listed beside them and replies inline in `thread`, each once. */
export function flattenComments(items: readonly SnapshotComment[]): LeaderboardComment[] {
  return threadedComments(items).map(({ comment: c }) => ({
    id: c.id,
    fromId: c.from_id,
    date: c.date,
    text: c.text ?? '',
  }));
}
