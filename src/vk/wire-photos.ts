// zod schemas of VK's photos (API 5.199, checked against VK's JSON schema in
// test/fixtures/vk-api-schema: photos_photo, photos_photo_sizes).
import { z } from 'zod/mini';
import { int } from './wire-base';

/** photos_photo_sizes: `url` (older answers: `src`), required width and height. */
export const wirePhotoSizeSchema = z.looseObject({
  type: z.nullish(z.string()),
  url: z.nullish(z.string()),
  src: z.nullish(z.string()),
  width: int.check(z.nonnegative()),
  height: int.check(z.nonnegative()),
});

/** photos_photo, the fields the quiz reads. */
export const wirePhotoSchema = z.looseObject({
  id: int,
  owner_id: int,
  access_key: z.nullish(z.string()),
  sizes: z.nullish(z.array(wirePhotoSizeSchema)),
});

export type WirePhoto = z.infer<typeof wirePhotoSchema>;
export type WirePhotoSize = z.infer<typeof wirePhotoSizeSchema>;
