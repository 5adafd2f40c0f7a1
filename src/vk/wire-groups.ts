// zod schemas of VK's community objects (API 5.199, checked against VK's JSON schema in
// test/fixtures/vk-api-schema: groups_group_full, groups_member_status, groups_user_xtr_role).
import { z } from 'zod/mini';
import { boolInt, count, int } from './wire-base';

export const wireCoverSchema = z.looseObject({
  enabled: z.nullish(boolInt),
  images: z.nullish(z.array(z.looseObject({ url: z.string(), width: z.number(), height: z.number() }))),
});

export const wireLinkSchema = z.looseObject({
  id: z.nullish(int),
  url: z.nullish(z.string()),
  name: z.nullish(z.string()),
  desc: z.nullish(z.string()),
});

/** groups_group_full: groups.getById with fields=cover,has_photo,description,members_count,wall,… */
export const wireGroupSchema = z.looseObject({
  id: int.check(z.positive()),
  name: z.nullish(z.string()),
  screen_name: z.nullish(z.string()),
  type: z.nullish(z.string()),
  photo_50: z.nullish(z.string()),
  photo_100: z.nullish(z.string()),
  photo_200: z.nullish(z.string()),
  /** 0 open, 1 closed, 2 private. */
  is_closed: z.nullish(int),
  /** 'deleted' | 'banned' when the page is gone. */
  deactivated: z.nullish(z.string()),
  members_count: z.nullish(count),
  cover: z.nullish(wireCoverSchema),
  has_photo: z.nullish(boolInt),
  description: z.nullish(z.string()),
  /** VK's theme of the page, e.g. «Образование» (a hint to the institution's type). */
  activity: z.nullish(z.string()),
  /** 0 off, 1 open, 2 limited, 3 closed. */
  wall: z.nullish(int.check(z.gte(0), z.lte(3))),
  verified: z.nullish(boolInt),
  /** Seen in VK's own client; undocumented for third-party apps (absent = unknown). */
  is_government_organization: z.nullish(boolInt),
  links: z.nullish(z.array(wireLinkSchema)),
  site: z.nullish(z.string()),
});

/** groups.getById (5.199): `{ groups, profiles? }`. */
export const groupsGetByIdResponse = z.looseObject({
  groups: z.array(wireGroupSchema),
  profiles: z.nullish(z.array(z.looseObject({ id: int }))),
});

/** groups.isMember with user_ids: one groups_member_status per id. */
export const isMemberManyResponse = z.array(z.looseObject({ user_id: int, member: boolInt }));

/** groups.isMember with one user_id (not extended): base_bool_int. */
export const isMemberOneResponse = boolInt;

/** groups.getMembers filter=managers: groups_user_xtr_role, of which only the id matters. */
export const wireManagerSchema = z.looseObject({ id: int, role: z.nullish(z.string()) });

export type WireGroup = z.infer<typeof wireGroupSchema>;
export type GroupsGetByIdResponse = z.infer<typeof groupsGetByIdResponse>;
