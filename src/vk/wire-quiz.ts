// zod schemas of the VK wire objects the quiz reads beyond the giveaway's (API 5.199, checked against
// VK's JSON schema in test/fixtures/vk-api-schema: wall_wallpost_attachment, photos_photo,
// photos_photo_sizes). Loose like wire.ts: unknown fields pass, null is absent.
import { z } from 'zod';
import { wallGetResponse, wirePostSchema } from './wire';

const int = z.number().int();

/** photos_photo_sizes: `url` (older answers: `src`), required width and height. */
export const wirePhotoSizeSchema = z.looseObject({
  type: z.string().nullish(),
  url: z.string().nullish(),
  src: z.string().nullish(),
  width: int.nonnegative(),
  height: int.nonnegative(),
});

/** photos_photo, the fields the quiz reads. */
export const wirePhotoSchema = z.looseObject({
  id: int,
  owner_id: int,
  access_key: z.string().nullish(),
  sizes: z.array(wirePhotoSizeSchema).nullish(),
});

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

export type WirePhoto = z.infer<typeof wirePhotoSchema>;
export type WirePhotoSize = z.infer<typeof wirePhotoSizeSchema>;
