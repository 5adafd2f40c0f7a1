// The page's own posts published in a period, with their counters: wall.get (filter=owner) pages,
// newest first, until a post older than the period (a pinned post comes first whatever its age and
// does not stop the paging). Reposts (copy_history) and other authors' posts are left out.
import type { LeaderboardPeriod, PostRef } from '../../core/leaderboard';
import type { VkApi } from '../../vk/api-client';
import { WALL_GET_MAX } from '../../vk/limits';
import { wallGetResponse, type WirePost } from '../../vk/wire-posts';
import type { PostCounters } from './cache';

export interface PeriodPost {
  ref: PostRef;
  date: number;
  counters: PostCounters;
}

const POST_FIELDS = [
  'id',
  'from_id',
  'date',
  'is_pinned',
  'post_type',
  'copy_history',
  'likes',
  'reposts',
  'comments',
];

function isOwn(post: WirePost, groupId: number): boolean {
  const from = post.from_id ?? -groupId;
  return from === -groupId && (post.copy_history ?? []).length === 0 && (post.post_type ?? 'post') === 'post';
}

export async function ownPostsInPeriod(
  api: VkApi,
  groupId: number,
  period: LeaderboardPeriod,
): Promise<PeriodPost[]> {
  const out: PeriodPost[] = [];
  for (let offset = 0; ; offset += WALL_GET_MAX) {
    const page = await api.call({
      method: 'wall.get',
      params: { owner_id: -groupId, filter: 'owner', offset, count: WALL_GET_MAX },
      schema: wallGetResponse,
      pick: { count: true, items: POST_FIELDS },
      label: `club${groupId}`,
    });
    let older = false;
    for (const post of page.items) {
      const pinned = post.is_pinned === 1 || post.is_pinned === true;
      if (post.date < period.from && !pinned) older = true;
      if (post.date < period.from || post.date > period.to || !isOwn(post, groupId)) continue;
      out.push({
        ref: `${-groupId}_${post.id}`,
        date: post.date,
        counters: {
          likes: post.likes?.count ?? 0,
          reposts: post.reposts?.count ?? 0,
          comments: post.comments?.count ?? 0,
        },
      });
    }
    if (older || page.items.length === 0 || offset + WALL_GET_MAX >= page.count) return out;
  }
}
