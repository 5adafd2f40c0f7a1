// zod schemas of VK's community objects (API 5.199, checked against VK's JSON schema in
// test/fixtures/vk-api-schema: groups_group_full, groups_member_status, groups_user_xtr_role).
import { z } from 'zod';
import { boolInt, count, int } from './wire-base';

export const wireCoverSchema = z.looseObject({
  enabled: boolInt.nullish(),
  images: z.array(z.looseObject({ url: z.string(), width: z.number(), height: z.number() })).nullish(),
});

export const wireLinkSchema = z.looseObject({
  id: int.nullish(),
  url: z.string().nullish(),
  name: z.string().nullish(),
  desc: z.string().nullish(),
});

/** groups_group_full: groups.getById with fields=cover,has_photo,description,members_count,wall,… */
export const wireGroupSchema = z.looseObject({
  id: int.positive(),
  name: z.string().nullish(),
  screen_name: z.string().nullish(),
  type: z.string().nullish(),
  photo_50: z.string().nullish(),
  photo_100: z.string().nullish(),
  photo_200: z.string().nullish(),
  /** 0 open, 1 closed, 2 private. */
  is_closed: int.nullish(),
  /** 'deleted' | 'banned' when the page is gone. */
  deactivated: z.string().nullish(),
  members_count: count.nullish(),
  cover: wireCoverSchema.nullish(),
  has_photo: boolInt.nullish(),
  description: z.string().nullish(),
  /** 0 off, 1 open, 2 limited, 3 closed. */
  wall: int.min(0).max(3).nullish(),
  verified: boolInt.nullish(),
  /** Seen in VK's own client; undocumented for third-party apps (absent = unknown). */
  is_government_organization: boolInt.nullish(),
  links: z.array(wireLinkSchema).nullish(),
  site: z.string().nullish(),
});

/** groups.getById (5.199): `{ groups, profiles? }`. */
export const groupsGetByIdResponse = z.looseObject({
  groups: z.array(wireGroupSchema),
  profiles: z.array(z.looseObject({ id: int })).nullish(),
});

/** groups.isMember with user_ids: one groups_member_status per id. */
export const isMemberManyResponse = z.array(z.looseObject({ user_id: int, member: boolInt }));

/** groups.isMember with one user_id (not extended): base_bool_int. */
export const isMemberOneResponse = boolInt;

/** groups.getMembers filter=managers: groups_user_xtr_role, of which only the id matters. */
export const wireManagerSchema = z.looseObject({ id: int, role: z.string().nullish() });

export type WireGroup = z.infer<typeof wireGroupSchema>;
export type GroupsGetByIdResponse = z.infer<typeof groupsGetByIdResponse>;
