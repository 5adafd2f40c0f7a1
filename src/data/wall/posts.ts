// The page's latest own posts, for the "pick the post" lists, and the check that a post picked for a
// giveaway or a quiz is a published post (wall.getById).
import type { PostRef } from '../../core/wall';
import type { VkApi } from '../../vk/api-client';
import { WALL_GET_MAX } from '../../vk/limits';
import { wallGetByIdResponse, wallGetResponse, type WirePostFlags } from '../../vk/wire-posts';

export interface OwnPost {
  ref: PostRef;
  date: number;
  text: string;
}

/** The page's own published posts, newest first (a pinned post takes its place by date). */
export async function latestOwnPosts(api: VkApi, groupId: number, count = 10): Promise<OwnPost[]> {
  const page = await api.call({
    method: 'wall.get',
    params: { owner_id: -groupId, filter: 'owner', offset: 0, count: Math.min(count, WALL_GET_MAX) },
    schema: wallGetResponse,
    pick: { count: true, items: ['id', 'date', 'text'] },
    label: `club${groupId}`,
  });
  return page.items
    .map((post) => ({ ref: `${-groupId}_${post.id}`, date: post.date, text: post.text ?? '' }))
    .sort((a, b) => b.date - a.date);
}

/**
 * The post as wall.getById sees it, or null when VK gives none or it is not a plain published post;
 * `extraFields` beyond the id, owner, date, text and type.
 */
export async function publishedPost(
  api: VkApi,
  postRef: PostRef,
  extraFields: readonly string[] = [],
): Promise<WirePostFlags | null> {
  const { items } = await api.call({
    method: 'wall.getById',
    params: { posts: postRef },
    schema: wallGetByIdResponse,
    pick: { items: ['id', 'owner_id', 'date', 'text', 'post_type', ...extraFields] },
    label: `wall${postRef}`,
  });
  const post = items[0];
  return post && (post.post_type ?? 'post') === 'post' ? post : null;
}
