// The keys of a snapshot's records: group ids ("walls", "stats", "managers"…) and post references
// ("likes", "comments"…).
import { z } from 'zod/mini';

export const groupIdKey = z
  .string()
  .check(z.regex(/^[1-9]\d*$/, { error: 'expected a positive group id as the key' }));

export const postRefKey = z
  .string()
  .check(z.regex(/^-?[1-9]\d*_[1-9]\d*$/, { error: 'expected "<owner>_<post>" as the key' }));
