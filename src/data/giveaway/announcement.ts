// The giveaway post as the timing rules read it (docs/giveaway.md, "Timing").
import type { PostRef, PostVersion } from '../../core/giveaway';
import type { VkApi } from '../../vk/api-client';
import { publishedPost } from '../wall/posts';

/**
 * The giveaway post as the timing rules need it (its date, its text now and its last edit), or null
 * when it is not a plain published post. VK reports `edited` in wall_wallpost_full (unverified that
 * every client's edit sets it; a missing field reads as "never edited").
 */
export async function announcementPost(api: VkApi, postRef: PostRef): Promise<PostVersion | null> {
  const post = await publishedPost(api, postRef, ['edited']);
  return post && { date: post.date, text: post.text ?? '', edited: post.edited ?? null };
}
