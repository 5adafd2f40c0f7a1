// The community comments a page's published tools (giveaways, quizzes) leave under its recent posts:
// one wall.get, then per recent post with comments its first COMMENTS_MAX comments (where a start
// announcement usually is) and, for longer posts, its last COMMENTS_MAX (results, late starts); all
// issued together so they share execute requests.
import type { WallComment } from '../../core/wall';
import type { VkApi } from '../../vk/api-client';
import { VkApiError } from '../../vk/errors';
import { COMMENTS_MAX, WALL_GET_MAX } from '../../vk/limits';
import { wallGetCommentsResponse } from '../../vk/wire-comments';
import { wallGetResponse } from '../../vk/wire-posts';
import { firstOfEachId, toWallComment } from './comments';

export interface RecentPostComments {
  post: { id: number; fromId: number | null; date: number; text: string };
  /** The ends of its comment list, each comment once. */
  comments: WallComment[];
}

export interface RecentCommentsOptions {
  /** Unix seconds. */
  now: number;
  /** How far back to look. */
  days: number;
  /** At most this many posts get their comments read. */
  maxPosts: number;
  /** Posts that likely carry what the caller looks for go first when there are more than maxPosts. */
  likely: (text: string) => boolean;
}

export async function recentPostComments(
  api: VkApi,
  groupId: number,
  o: RecentCommentsOptions,
): Promise<RecentPostComments[]> {
  const wall = await api.call({
    method: 'wall.get',
    params: { owner_id: -groupId, filter: 'owner', offset: 0, count: WALL_GET_MAX },
    schema: wallGetResponse,
    pick: { count: true, items: ['id', 'from_id', 'date', 'text', 'comments'] },
    label: `club${groupId}`,
  });
  const since = o.now - o.days * 86_400;
  const posts = wall.items
    .filter((p) => p.date >= since && (p.comments?.count ?? 0) > 0)
    .sort((a, b) => Number(o.likely(b.text ?? '')) - Number(o.likely(a.text ?? '')) || b.date - a.date)
    .slice(0, o.maxPosts);
  const end = async (postId: number, sort: 'asc' | 'desc') => {
    try {
      const page = await api.call({
        method: 'wall.getComments',
        params: { owner_id: -groupId, post_id: postId, sort, offset: 0, count: COMMENTS_MAX },
        schema: wallGetCommentsResponse,
        pick: { count: true, items: ['id', 'from_id', 'date', 'text'] },
        label: `wall-${groupId}_${postId}`,
      });
      return page.items.map(toWallComment);
    } catch (err) {
      // A post whose comments cannot be read holds nothing we could show.
      if (err instanceof VkApiError) return [];
      throw err;
    }
  };
  return Promise.all(
    posts.map(async (post) => {
      const long = (post.comments?.count ?? 0) > COMMENTS_MAX;
      const [first, last] = await Promise.all([
        end(post.id, 'asc'),
        long ? end(post.id, 'desc') : Promise.resolve([]),
      ]);
      const comments = firstOfEachId([...first, ...last]);
      return {
        post: { id: post.id, fromId: post.from_id ?? null, date: post.date, text: post.text ?? '' },
        comments,
      };
    }),
  );
}
