// zod schemas of the VK wire objects the metrics read (API 5.199, checked against VK's JSON schema
// in test/fixtures/vk-api-schema). Loose on purpose: unknown fields pass through, absent optional
// fields are fine (the mappers default them), and null is treated as absent. Only a present field
// of the wrong type fails, so a malformed answer is reported where it is wrong.

import { z } from 'zod';

/** VK's base_bool_int (0 / 1); some proxies and hand-written snapshots send true / false. */
export const boolInt = z.union([z.literal(0), z.literal(1), z.boolean()], {
  error: 'expected 0, 1, true or false',
});
const count = z.number().int().nonnegative();
const counter = z.looseObject({ count: count.nullish() });

export const wireCoverSchema = z.looseObject({
  enabled: boolInt.nullish(),
  images: z.array(z.looseObject({ url: z.string(), width: z.number(), height: z.number() })).nullish(),
});

export const wireLinkSchema = z.looseObject({
  id: z.number().int().nullish(),
  url: z.string().nullish(),
  name: z.string().nullish(),
  desc: z.string().nullish(),
});

/** groups_group_full: groups.getById with fields=cover,has_photo,description,members_count,wall,… */
export const wireGroupSchema = z.looseObject({
  id: z.number().int().positive(),
  name: z.string().nullish(),
  screen_name: z.string().nullish(),
  type: z.string().nullish(),
  photo_50: z.string().nullish(),
  photo_100: z.string().nullish(),
  photo_200: z.string().nullish(),
  /** 0 open, 1 closed, 2 private. */
  is_closed: z.number().int().nullish(),
  /** 'deleted' | 'banned' when the page is gone. */
  deactivated: z.string().nullish(),
  members_count: count.nullish(),
  cover: wireCoverSchema.nullish(),
  has_photo: boolInt.nullish(),
  description: z.string().nullish(),
  /** 0 off, 1 open, 2 limited, 3 closed. */
  wall: z.number().int().min(0).max(3).nullish(),
  verified: boolInt.nullish(),
  /** Seen in VK's own client; undocumented for third-party apps (absent = unknown). */
  is_government_organization: boolInt.nullish(),
  links: z.array(wireLinkSchema).nullish(),
  site: z.string().nullish(),
});

/** wall_wallpost_full as wall.get returns it (copy_history items are posts of other walls). */
export const wirePostSchema = z.looseObject({
  id: z.number().int(),
  owner_id: z.number().int().nullish(),
  from_id: z.number().int().nullish(),
  /** Unix seconds; for a scheduled post, the planned time. */
  date: z.number().int(),
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

/** stats_period: one interval of stats.get (reach for the rating, activity for the history). */
export const wireStatsPeriodSchema = z.looseObject({
  period_from: z.union([z.number(), z.string()]).nullish(),
  period_to: z.union([z.number(), z.string()]).nullish(),
  reach: z
    .looseObject({
      reach: count.nullish(),
      reach_subscribers: count.nullish(),
      mobile_reach: count.nullish(),
    })
    .nullish(),
  /** stats_activity: the history's members by month read subscribed − unsubscribed. */
  activity: z
    .looseObject({
      subscribed: count.nullish(),
      unsubscribed: count.nullish(),
    })
    .nullish(),
});

/** groups.getById (5.199): `{ groups, profiles? }`. */
export const groupsGetByIdResponse = z.looseObject({
  groups: z.array(wireGroupSchema),
  profiles: z.array(z.looseObject({ id: z.number().int() })).nullish(),
});

/** wall.get: `{ count, items }`. */
export const wallGetResponse = z.looseObject({
  count: count,
  items: z.array(wirePostSchema),
});

/** stats.get: an array of periods. */
export const statsGetResponse = z.array(wireStatsPeriodSchema);

export type WireGroup = z.infer<typeof wireGroupSchema>;
export type WirePost = z.infer<typeof wirePostSchema>;
export type WireStatsPeriod = z.infer<typeof wireStatsPeriodSchema>;
export type GroupsGetByIdResponse = z.infer<typeof groupsGetByIdResponse>;
export type WallGetResponse = z.infer<typeof wallGetResponse>;
