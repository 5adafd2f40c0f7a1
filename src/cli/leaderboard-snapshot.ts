// The leaderboard CLI's input: the report snapshot (src/cli/snapshot.ts) plus who acted on the posts.
//
// {
//   ...the report snapshot: "groups", "walls", ...,
//   "likes":    { "<owner>_<post>": [user ids] },
//   "reposts":  { "<owner>_<post>": [user ids] },
//   "comments": { "<owner>_<post>": [wall.getComments items, thread replies in the same list] },
//   "members":  [user ids],
//   "managers": [user ids],
//   "users":    [users.get objects; `deactivated` ones are inactive]
// }
// The activity fields are optional (missing = nobody). The page is the first group in "groups".

import { z } from 'zod';
import type {
  LeaderboardComment,
  LeaderboardInput,
  LeaderboardPeriod,
  PostActivity,
} from '../core/leaderboard';
import { inPeriod } from '../core/leaderboard';
import { toPost } from '../vk/mappers';
import { wireCommentSchema, wireUserSchema, type WireComment } from '../vk/wire-giveaway';
import { snapshotSchema } from './snapshot';
import { formatIssues } from './zod-issues';

const postRef = z.string().regex(/^-?[1-9]\d*_[1-9]\d*$/, { error: 'expected "<owner>_<post>" as the key' });
const userIds = z.array(z.number().int());
/** A comment with its inline thread (if any) and parents_stack (thread replies carry it). */
const snapshotCommentSchema = wireCommentSchema.extend({
  parents_stack: z.array(z.number().int()).nullish(),
  thread: z.looseObject({ items: z.array(wireCommentSchema).nullish() }).nullish(),
});

export const leaderboardSnapshotSchema = snapshotSchema.extend({
  likes: z.record(postRef, userIds).optional(),
  reposts: z.record(postRef, userIds).optional(),
  comments: z.record(postRef, z.array(snapshotCommentSchema)).optional(),
  members: userIds.optional(),
  managers: userIds.optional(),
  users: z.array(wireUserSchema).optional(),
});

export type LeaderboardSnapshot = z.infer<typeof leaderboardSnapshotSchema>;

export type LeaderboardSnapshotParse =
  { ok: true; snapshot: LeaderboardSnapshot } | { ok: false; error: string };

/** Parses snapshot text; errors name the file and the path of what is wrong. */
export function parseLeaderboardSnapshot(text: string, file: string): LeaderboardSnapshotParse {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `${file}: not valid JSON (${(error as Error).message})` };
  }
  const parsed = leaderboardSnapshotSchema.safeParse(data, { reportInput: true });
  if (!parsed.success)
    return { ok: false, error: `${file}: invalid snapshot\n${formatIssues(parsed.error.issues)}` };
  if (parsed.data.groups.length === 0)
    return { ok: false, error: `${file}: groups: expected at least one group` };
  return { ok: true, snapshot: parsed.data };
}

/**
 * The scorer's input: the first group's own published posts (not reposts, not postponed or
 * suggested, not by others) dated within the period (every one when the period is null).
 */
export function leaderboardInputOf(
  snapshot: LeaderboardSnapshot,
  period: LeaderboardPeriod | null,
): LeaderboardInput {
  const group = snapshot.groups[0];
  if (!group) throw new Error('the snapshot has no group');
  const ownerId = -group.id;
  const posts: PostActivity[] = [];
  for (const wire of snapshot.walls[String(group.id)] ?? []) {
    const post = toPost(wire, ownerId);
    if (post.ownerId !== ownerId || !post.own || post.state !== 'published') continue;
    if (period && !inPeriod(post.date, period)) continue;
    const ref = `${ownerId}_${post.id}`;
    posts.push({
      ref,
      date: post.date,
      likers: snapshot.likes?.[ref] ?? [],
      reposters: snapshot.reposts?.[ref] ?? [],
      comments: flattenComments(snapshot.comments?.[ref] ?? []),
    });
  }
  return {
    groupId: group.id,
    posts,
    members: snapshot.members ?? [],
    managers: snapshot.managers ?? [],
    inactive: (snapshot.users ?? []).filter((user) => user.deactivated).map((user) => user.id),
  };
}

/** Top-level comments, replies listed beside them and replies inline in `thread`, each once. */
function flattenComments(items: readonly z.infer<typeof snapshotCommentSchema>[]): LeaderboardComment[] {
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
