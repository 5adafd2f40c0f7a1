// VK's base types the wire schemas share (API 5.199, test/fixtures/vk-api-schema). The wire-*.ts
// schemas are loose on purpose: unknown fields pass through, absent optional fields are fine (the
// mappers default them), and null is treated as absent. Only a present field of the wrong type fails,
// so a malformed answer is reported where it is wrong.
import { z } from 'zod/mini';

/** VK's base_bool_int (0 / 1); some proxies and hand-written snapshots send true / false. */
export const boolInt = z.union([z.literal(0), z.literal(1), z.boolean()], {
  error: 'expected 0, 1, true or false',
});

export const int = z.int();
export const count = int.check(z.nonnegative());
