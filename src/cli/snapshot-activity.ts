// Who acted on the posts, as a snapshot carries it: shared by the leaderboard snapshot
// (src/cli/leaderboard-snapshot.ts) and the report's --monitoring (src/cli/snapshot.ts).
//
//   "likes":    { "<owner>_<post>": [user ids] },
//   "reposts":  { "<owner>_<post>": [user ids] },
//   "comments": { "<owner>_<post>": [wall.getComments items, thread replies in the same list] },
//   "managers": [user ids],
//   "users":    [users.get objects; `deactivated` ones are inactive]

import { z } from 'zod/mini';
import type { LeaderboardComment } from '../core/leaderboard';
import { wireCommentSchema, type WireComment } from '../vk/wire-comments';
import { wireUserSchema } from '../vk/wire-users';

const postRef = z
  .string()
  .check(z.regex(/^-?[1-9]\d*_[1-9]\d*$/, { error: 'expected "<owner>_<post>" as the key' }));
export const userIds = z.array(z.int());
/** A comment with its inline thread (if any) and parents_stack (thread replies carry it). */
const snapshotCommentSchema = z.extend(wireCommentSchema, {
  parents_stack: z.nullish(z.array(z.int())),
  thread: z.nullish(z.looseObject({ items: z.nullish(z.array(wireCommentSchema)) })),
});

export type SnapshotComment = z.infer<typeof snapshotCommentSchema>;

/** The activity keys, each optional (missing = nobody), to extend a snapshot schema with. */
export const activityFields = {
  likes: z.optional(z.record(postRef, userIds)),
  reposts: z.optional(z.record(postRef, userIds)),
  comments: z.optional(z.record(postRef, z.array(snapshotCommentSchema))),
  managers: z.optional(userIds),
  users: z.optional(z.array(wireUserSchema)),
};

/** Ids of the deactivated (deleted or banned) accounts among `users`. */
export function inactiveIdsOf(users: readonly z.infer<typeof wireUserSchema>[] | undefined): number[] {
  return (users ?? []).filter((user) => user.deactivated).map((user) => user.id);
}

/** Top-level comments, replies listed beside them and replies inline in `thread`, each once. */
export function flattenComments(items: readonly SnapshotComment[]): LeaderboardComment[] {
  const byId = new Map<number, LeaderboardComment>();
  const add = (c: WireComment) => {
    if (!byId.has(c.id)) byId.set(c.id, { id: c.id, fromId: c.from_id, date: c.date, text: c.text ?? '' });
  };
  for (const item of items) {
    add(item);
    for (const reply of item.thread?.items ?? []) add(reply);
  }
  return [...byId.values()];
}
