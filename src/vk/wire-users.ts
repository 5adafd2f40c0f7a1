// zod schemas of VK's users and screen names (API 5.199, checked against VK's JSON schema in
// test/fixtures/vk-api-schema: users_user_full, utils_domain_resolved).
import { z } from 'zod/mini';
import { int } from './wire-base';

/** users_user_full, the fields every reader of users needs; `deactivated` ('deleted' | 'banned') comes by default. */
export const wireUserSchema = z.looseObject({
  id: int,
  first_name: z.nullish(z.string()),
  last_name: z.nullish(z.string()),
  deactivated: z.nullish(z.string()),
});

export const usersGetResponse = z.array(wireUserSchema);

/** utils.resolveScreenName: utils_domain_resolved, or an empty array when nothing has that name. */
export const resolveScreenNameResponse = z.union([
  z.looseObject({ type: z.string(), object_id: z.nullish(int), group_id: z.nullish(int) }),
  z.array(z.unknown()).check(z.maxLength(0)),
]);

export type WireUser = z.infer<typeof wireUserSchema>;
