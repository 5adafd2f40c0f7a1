// The report CLI's input: a snapshot of VK answers, validated at the edge.
//
// {
//   "groups": [ groups.getById objects ],
//   "walls": { "<group id>": [ wall.get items, published and postponed ] },
//   "categories"?: { "<group id>": "flagship" | "active" | "card" },      missing → active
//   "stats"?: { "<group id>": [ stats.get periods ] },                     missing → estimate
//   "posWidgets"?: { "<group id>": true | false },                         missing → unknown
//   "unavailablePeriods"?: { "<group id>": [1..4] }                        N/A periods (not met)
// }
// Group ids in keys are positive ids, as in groups.getById.
// With --monitoring the snapshot may also carry who acted on the posts, with the leaderboard
// snapshot's keys and shapes ("likes", "reposts", "comments", "managers", "users":
// src/cli/snapshot-activity.ts); without the flag those keys are ignored, as any unknown key.

import { z } from 'zod/mini';
import type { Category } from '../core/types';
import { wireGroupSchema } from '../vk/wire-groups';
import { wirePostSchema } from '../vk/wire-posts';
import { wireStatsPeriodSchema } from '../vk/wire-stats';
import { activityFields } from './snapshot-activity';
import { formatIssues } from './zod-issues';

const groupId = z.string().check(z.regex(/^[1-9]\d*$/, { error: 'expected a positive group id as the key' }));
const category = z.enum(['flagship', 'active', 'card'] satisfies Category[], {
  error: 'expected "flagship", "active" or "card"',
});
const periodIndex = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], {
  error: 'expected a period number 1, 2, 3 or 4',
});

export const snapshotSchema = z.looseObject({
  groups: z.array(wireGroupSchema),
  walls: z.record(groupId, z.array(wirePostSchema)),
  categories: z.optional(z.record(groupId, category)),
  stats: z.optional(z.record(groupId, z.array(wireStatsPeriodSchema))),
  posWidgets: z.optional(z.record(groupId, z.boolean())),
  unavailablePeriods: z.optional(z.record(groupId, z.array(periodIndex))),
});

/** The report snapshot with the activity keys validated too (--monitoring). */
export const monitoringSnapshotSchema = z.extend(snapshotSchema, activityFields);

/** Activity keys are present only when read with `monitoring` (else ignored, never validated). */
export type Snapshot = z.infer<typeof snapshotSchema> & Partial<z.infer<typeof monitoringSnapshotSchema>>;

export type SnapshotParse =
  { ok: true; snapshot: Snapshot; warnings: string[] } | { ok: false; error: string };

/**
 * Parses snapshot text; errors name the file and the path of what is wrong. With `monitoring` the
 * activity keys are validated and kept; without it they are left unread, as before the flag.
 */
export function parseSnapshot(text: string, file: string, monitoring = false): SnapshotParse {
  const parsed = parseSnapshotText(monitoring ? monitoringSnapshotSchema : snapshotSchema, text, file);
  if (!parsed.ok) return parsed;
  // Without --monitoring the activity keys stay unread: the loose object passes them through as is.
  const snapshot: Snapshot = monitoring ? parsed.data : withoutActivity(parsed.data);
  return { ok: true, snapshot, warnings: crossCheck(snapshot) };
}

/** Snapshot text through a schema; errors name the file and the path of what is wrong. */
export function parseSnapshotText<T>(
  schema: z.ZodMiniType<T>,
  text: string,
  file: string,
): { ok: true; data: T } | { ok: false; error: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `${file}: not valid JSON (${(error as Error).message})` };
  }
  const parsed = schema.safeParse(data, { reportInput: true });
  if (!parsed.success)
    return { ok: false, error: `${file}: invalid snapshot\n${formatIssues(parsed.error.issues)}` };
  return { ok: true, data: parsed.data };
}

/** Keys that name no group and duplicated groups are suspicious but not fatal. */
function crossCheck(snapshot: Snapshot): string[] {
  const warnings: string[] = [];
  const ids = new Set<string>();
  snapshot.groups.forEach((group, index) => {
    const id = String(group.id);
    if (ids.has(id))
      warnings.push(`groups[${index}]: group ${id} appears more than once; later copies ignored`);
    ids.add(id);
    if (!(id in snapshot.walls)) warnings.push(`walls: no wall for group ${id}; treated as empty`);
  });
  const keyed = { walls: snapshot.walls, ...pick(snapshot) };
  for (const [field, record] of Object.entries(keyed)) {
    for (const key of Object.keys(record ?? {})) {
      if (!ids.has(key)) warnings.push(`${field}["${key}"]: no such group in groups; ignored`);
    }
  }
  return warnings;
}

function pick(snapshot: Snapshot) {
  const { categories, stats, posWidgets, unavailablePeriods } = snapshot;
  return { categories, stats, posWidgets, unavailablePeriods };
}

/** The snapshot without the activity keys (unvalidated pass-through of the loose schema). */
function withoutActivity(snapshot: z.infer<typeof snapshotSchema>): Snapshot {
  const rest: Record<string, unknown> = { ...snapshot };
  for (const key of Object.keys(activityFields)) delete rest[key];
  return rest as z.infer<typeof snapshotSchema>;
}
