// zod schemas of VK's users and screen names (API 5.199, checked against VK's JSON schema in
// test/fixtures/vk-api-schema: users_user_full, utils_domain_resolved).
import { z } from 'zod';
import { int } from './wire-base';

/** users_user_full, the fields every reader of users needs; `deactivated` ('deleted' | 'banned') comes by default. */
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

export type WireUser = z.infer<typeof wireUserSchema>;
