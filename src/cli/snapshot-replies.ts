// --replies: a page's reply figures (src/core/replies, docs/replies.md) from the snapshot's comments
// under the posts of its wall.

import { computeReplies, type PostComments, type Replies } from '../core/index';
import type { ReportArgs } from './report-args';
import type { Snapshot } from './snapshot';
import { managersOf, threadedComments } from './snapshot-activity';

/**
 * The reply figures of a group: the comments keyed "-<group id>_<post>" for the posts its wall in
 * the snapshot lists (each post once), with the managers the snapshot names for it (none: nobody).
 */
export function repliesOf(
  groupId: number,
  snapshot: Snapshot,
  moment: Pick<ReportArgs, 'month' | 'timeZone' | 'now'>,
): Replies {
  const posts = new Map<string, PostComments>();
  for (const post of snapshot.walls[String(groupId)] ?? []) {
    const postId = `${-groupId}_${post.id}`;
    const items = snapshot.comments?.[postId];
    if (!items || posts.has(postId)) continue;
    const comments = threadedComments(items).map(({ comment, threadId }) => ({
      id: comment.id,
      fromId: comment.from_id,
      date: comment.date,
      threadId,
      deleted: comment.deleted === true,
    }));
    posts.set(postId, { postId, comments });
  }
  return computeReplies({
    groupId,
    // The array shape names the first group's managers.
    managers: managersOf(snapshot.managers, groupId, snapshot.groups[0]?.id) ?? [],
    month: moment.month,
    timeZone: moment.timeZone,
    now: moment.now,
    posts: [...posts.values()],
  });
}
