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

import { z } from 'zod/mini';
import type { LeaderboardInput, LeaderboardPeriod, PostActivity } from '../core/leaderboard';
import { inPeriod } from '../core/leaderboard';
import { postRefOf } from '../core/monitoring';
import { toPost } from '../vk/mappers';
import { activityFields, flattenComments, inactiveIdsOf, userIds } from './snapshot-activity';
import { parseSnapshotText, snapshotSchema } from './snapshot';

export const leaderboardSnapshotSchema = z.extend(snapshotSchema, {
  ...activityFields,
  members: z.optional(userIds),
});

export type LeaderboardSnapshot = z.infer<typeof leaderboardSnapshotSchema>;

export type LeaderboardSnapshotParse =
  { ok: true; snapshot: LeaderboardSnapshot } | { ok: false; error: string };

/** Parses snapshot text; errors name the file and the path of what is wrong. */
export function parseLeaderboardSnapshot(text: string, file: string): LeaderboardSnapshotParse {
  const parsed = parseSnapshotText(leaderboardSnapshotSchema, text, file);
  if (!parsed.ok) return parsed;
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
    const ref = postRefOf(post);
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
    inactive: inactiveIdsOf(snapshot.users),
  };
}
