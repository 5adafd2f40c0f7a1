// zod schemas of VK's wall comments (API 5.199, checked against VK's JSON schema in
// test/fixtures/vk-api-schema: wall_wall_comment, comment_thread, wall_createComment_response).
import { z } from 'zod/mini';
import { count, int } from './wire-base';

/** wall_wall_comment, the fields the readers of comments keep (a thread reply has no `thread`). */
export const wireCommentSchema = z.looseObject({
  id: int,
  from_id: int,
  date: int,
  /** A deleted comment comes with an empty text; a picked empty field may come back absent. */
  text: z.nullish(z.string()),
  /** Set on thread replies: the user replied to. */
  reply_to_user: z.nullish(int),
  /** Set on thread replies: the ids of the comments above, the top-level one first. */
  parents_stack: z.nullish(z.array(int)),
  /** True for a deleted comment, which VK may still list (with an empty text). */
  deleted: z.nullish(z.boolean()),
});

/** comment_thread: the first thread_items_count replies and how many there are. */
export const wireThreadSchema = z.looseObject({
  count: count,
  items: z.nullish(z.array(wireCommentSchema)),
});

export const wireTopCommentSchema = z.extend(wireCommentSchema, { thread: z.nullish(wireThreadSchema) });

/** Fields picked from every comment (inside execute they travel as columns). */
export const COMMENT_FIELDS = [
  'id',
  'from_id',
  'date',
  'text',
  'reply_to_user',
  'deleted',
  'thread',
] as const;

/** wall.getComments: `count` counts every comment, threads included; `current_level_count` this level. */
export const wallGetCommentsResponse = z.looseObject({
  count: count,
  current_level_count: z.nullish(count),
  items: z.array(wireTopCommentSchema),
});

/** wall.createComment: `{ comment_id, parents_stack? }`. */
export const createCommentResponse = z.looseObject({
  comment_id: int.check(z.positive()),
  parents_stack: z.nullish(z.array(int)),
});

export type WireComment = z.infer<typeof wireCommentSchema>;
export type WireTopComment = z.infer<typeof wireTopCommentSchema>;
