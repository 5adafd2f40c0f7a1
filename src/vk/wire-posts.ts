// zod schemas of VK's wall posts (API 5.199, checked against VK's JSON schema in
// test/fixtures/vk-api-schema: wall_wallpost_full, wall_wallpost_attachment).
import { z } from 'zod/mini';
import { boolInt, count, int } from './wire-base';
import { wirePhotoSchema } from './wire-photos';

const counter = z.looseObject({ count: z.nullish(count) });

/** wall_wallpost_full as wall.get returns it (copy_history items are posts of other walls). */
export const wirePostSchema = z.looseObject({
  id: int,
  owner_id: z.nullish(int),
  from_id: z.nullish(int),
  /** Unix seconds; for a scheduled post, the planned time. */
  date: int,
  text: z.nullish(z.string()),
  is_pinned: z.nullish(boolInt),
  marked_as_ads: z.nullish(boolInt),
  /** 'post' | 'copy' | 'reply' | 'postpone' | 'suggest' | 'post_ads' | 'photo' | 'video' | 'clip'. */
  post_type: z.nullish(z.string()),
  copy_history: z.nullish(z.array(z.looseObject({}))),
  likes: z.nullish(counter),
  comments: z.nullish(counter),
  reposts: z.nullish(counter),
  views: z.nullish(counter),
});

/** wall.get: `{ count, items }`. */
export const wallGetResponse = z.looseObject({
  count: count,
  items: z.array(wirePostSchema),
});

/** wall.getById items with the viewer's own flags (base_likes_info.user_likes, reposts.user_reposted). */
export const wirePostFlagsSchema = z.extend(wirePostSchema, {
  /** wall_wallpost_full.edited: the last edit (unix), absent for a post never edited. */
  edited: z.nullish(count),
  likes: z.nullish(z.looseObject({ count: z.nullish(count), user_likes: z.nullish(boolInt) })),
  reposts: z.nullish(z.looseObject({ count: z.nullish(count), user_reposted: z.nullish(boolInt) })),
});

/** wall.getById (5.199): `{ items }`. */
export const wallGetByIdResponse = z.looseObject({ items: z.array(wirePostFlagsSchema) });

/** wall_wallpost_attachment: `type` and the object under the key of that name. */
export const wireAttachmentSchema = z.looseObject({
  type: z.string(),
  photo: z.nullish(wirePhotoSchema),
});

/** wall_wallpost_full with its attachments. */
export const wirePostWithAttachmentsSchema = z.extend(wirePostSchema, {
  attachments: z.nullish(z.array(wireAttachmentSchema)),
});

/** wall.get: `{ count, items }`, items with attachments. */
export const wallGetWithAttachmentsResponse = z.extend(wallGetResponse, {
  items: z.array(wirePostWithAttachmentsSchema),
});

export type WirePost = z.infer<typeof wirePostSchema>;
export type WallGetResponse = z.infer<typeof wallGetResponse>;
export type WirePostFlags = z.infer<typeof wirePostFlagsSchema>;
