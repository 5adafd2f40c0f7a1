// zod schemas of VK's wall posts (API 5.199, checked against VK's JSON schema in
// test/fixtures/vk-api-schema: wall_wallpost_full, wall_wallpost_attachment).
import { z } from 'zod';
import { boolInt, count, int } from './wire-base';
import { wirePhotoSchema } from './wire-photos';

const counter = z.looseObject({ count: count.nullish() });

/** wall_wallpost_full as wall.get returns it (copy_history items are posts of other walls). */
export const wirePostSchema = z.looseObject({
  id: int,
  owner_id: int.nullish(),
  from_id: int.nullish(),
  /** Unix seconds; for a scheduled post, the planned time. */
  date: int,
  text: z.string().nullish(),
  is_pinned: boolInt.nullish(),
  marked_as_ads: boolInt.nullish(),
  /** 'post' | 'copy' | 'reply' | 'postpone' | 'suggest' | 'post_ads' | 'photo' | 'video' | 'clip'. */
  post_type: z.string().nullish(),
  copy_history: z.array(z.looseObject({})).nullish(),
  likes: counter.nullish(),
  comments: counter.nullish(),
  reposts: counter.nullish(),
  views: counter.nullish(),
});

/** wall.get: `{ count, items }`. */
export const wallGetResponse = z.looseObject({
  count: count,
  items: z.array(wirePostSchema),
});

/** wall.getById items with the viewer's own flags (base_likes_info.user_likes, reposts.user_reposted). */
export const wirePostFlagsSchema = wirePostSchema.extend({
  /** wall_wallpost_full.edited: the last edit (unix), absent for a post never edited. */
  edited: count.nullish(),
  likes: z.looseObject({ count: count.nullish(), user_likes: boolInt.nullish() }).nullish(),
  reposts: z.looseObject({ count: count.nullish(), user_reposted: boolInt.nullish() }).nullish(),
});

/** wall.getById (5.199): `{ items }`. */
export const wallGetByIdResponse = z.looseObject({ items: z.array(wirePostFlagsSchema) });

/** wall_wallpost_attachment: `type` and the object under the key of that name. */
export const wireAttachmentSchema = z.looseObject({
  type: z.string(),
  photo: wirePhotoSchema.nullish(),
});

/** wall_wallpost_full with its attachments. */
export const wirePostWithAttachmentsSchema = wirePostSchema.extend({
  attachments: z.array(wireAttachmentSchema).nullish(),
});

/** wall.get: `{ count, items }`, items with attachments. */
export const wallGetWithAttachmentsResponse = wallGetResponse.extend({
  items: z.array(wirePostWithAttachmentsSchema),
});

export type WirePost = z.infer<typeof wirePostSchema>;
export type WallGetResponse = z.infer<typeof wallGetResponse>;
export type WirePostFlags = z.infer<typeof wirePostFlagsSchema>;
