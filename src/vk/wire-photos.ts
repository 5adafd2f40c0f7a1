// zod schemas of VK's photos (API 5.199, checked against VK's JSON schema in
// test/fixtures/vk-api-schema: photos_photo, photos_photo_sizes).
import { z } from 'zod';
import { int } from './wire-base';

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

export type WirePhoto = z.infer<typeof wirePhotoSchema>;
export type WirePhotoSize = z.infer<typeof wirePhotoSizeSchema>;
