// zod schemas of the VK wire objects the giveaway reads and writes (API 5.199, checked against VK's
// JSON schema in test/fixtures/vk-api-schema: wall_wall_comment, comment_thread, groups_member_status,
// users_user_full, utils_domain_resolved, wall_createComment_response). Loose like wire.ts: unknown
// fields pass, null is absent, only a present field of the wrong type fails.
import { z } from 'zod';
import { boolInt, wirePostSchema } from './wire';

const int = z.number().int();
const count = int.nonnegative();

/** wall_wall_comment, the fields the giveaway keeps (a thread reply has no `thread`). */
export const wireCommentSchema = z.looseObject({
  id: int,
  from_id: int,
  date: int,
  /** A deleted comment comes with an empty text; a picked empty field may come back absent. */
  text: z.string().nullish(),
  /** Set on thread replies: the user replied to. */
  reply_to_user: int.nullish(),
});

/** comment_thread: the first thread_items_count replies and how many there are. */
export const wireThreadSchema = z.looseObject({
  count: count,
  items: z.array(wireCommentSchema).nullish(),
});

export const wireTopCommentSchema = wireCommentSchema.extend({ thread: wireThreadSchema.nullish() });

/** Fields picked from every comment (inside execute they travel as columns). */
export const COMMENT_FIELDS = ['id', 'from_id', 'date', 'text', 'reply_to_user', 'thread'] as const;

/** wall.getComments: `count` counts every comment, threads included; `current_level_count` this level. */
export const wallGetCommentsResponse = z.looseObject({
  count: count,
  current_level_count: count.nullish(),
  items: z.array(wireTopCommentSchema),
});

/** groups.isMember with user_ids: one groups_member_status per id. */
export const isMemberManyResponse = z.array(z.looseObject({ user_id: int, member: boolInt }));

/** groups.isMember with one user_id (not extended): base_bool_int. */
export const isMemberOneResponse = boolInt;

/** users_user_full, the fields the giveaway reads; `deactivated` ('deleted' | 'banned') comes by default. */
export const wireUserSchema = z.looseObject({
  id: int,
  first_name: z.string().nullish(),
  last_name: z.string().nullish(),
  deactivated: z.string().nullish(),
});

export const usersGetResponse = z.array(wireUserSchema);

/** utils.resolveScreenName: utils_domain_resolved, or an empty array when nothing has that name. */
export const resolveScreenNameResponse = z.union([
  z.looseObject({ type: z.string(), object_id: int.nullish(), group_id: int.nullish() }),
  z.array(z.unknown()).max(0),
]);

/** wall.createComment: `{ comment_id, parents_stack? }`. */
export const createCommentResponse = z.looseObject({
  comment_id: int.positive(),
  parents_stack: z.array(int).nullish(),
});

/** groups.getMembers filter=managers: groups_user_xtr_role, of which only the id matters. */
export const wireManagerSchema = z.looseObject({ id: int, role: z.string().nullish() });

/** wall.getById items with the viewer's own flags (base_likes_info.user_likes, reposts.user_reposted). */
export const wirePostFlagsSchema = wirePostSchema.extend({
  /** wall_wallpost_full.edited: the last edit (unix), absent for a post never edited. */
  edited: count.nullish(),
  likes: z.looseObject({ count: count.nullish(), user_likes: boolInt.nullish() }).nullish(),
  reposts: z.looseObject({ count: count.nullish(), user_reposted: boolInt.nullish() }).nullish(),
});

/** wall.getById (5.199): `{ items }`. */
export const wallGetByIdResponse = z.looseObject({ items: z.array(wirePostFlagsSchema) });

export type WireComment = z.infer<typeof wireCommentSchema>;
export type WireTopComment = z.infer<typeof wireTopCommentSchema>;
export type WireUser = z.infer<typeof wireUserSchema>;
export type WirePostFlags = z.infer<typeof wirePostFlagsSchema>;
