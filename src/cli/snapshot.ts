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
// src/cli/snapshot-activity.ts), "managers" also per group; --replies reads "comments" and
// "managers". Keys no flag reads are ignored, as any unknown key.

import { z } from 'zod/mini';
import type { Category } from '../core/types';
import { wireGroupSchema } from '../vk/wire-groups';
import { wirePostSchema } from '../vk/wire-posts';
import { wireStatsPeriodSchema } from '../vk/wire-stats';
import { activityFields, reportActivityFields } from './snapshot-activity';
import { groupIdKey } from './snapshot-keys';
import { formatIssues } from './zod-issues';

const category = z.enum(['flagship', 'active', 'card'] satisfies Category[], {
  error: 'expected "flagship", "active" or "card"',
});
const periodIndex = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], {
  error: 'expected a period number 1, 2, 3 or 4',
});

export const snapshotSchema = z.looseObject({
  groups: z.array(wireGroupSchema),
  walls: z.record(groupIdKey, z.array(wirePostSchema)),
  categories: z.optional(z.record(groupIdKey, category)),
  stats: z.optional(z.record(groupIdKey, z.array(wireStatsPeriodSchema))),
  posWidgets: z.optional(z.record(groupIdKey, z.boolean())),
  unavailablePeriods: z.optional(z.record(groupIdKey, z.array(periodIndex))),
});

/** The report snapshot with the activity keys validated too (--monitoring). */
export const monitoringSnapshotSchema = z.extend(snapshotSchema, reportActivityFields);

/** The report snapshot with the keys --replies reads validated too. */
const repliesSnapshotSchema = z.extend(snapshotSchema, {
  comments: reportActivityFields.comments,
  managers: reportActivityFields.managers,
});

/** Activity keys are present only when a flag reads them (else ignored, never validated). */
export type Snapshot = z.infer<typeof snapshotSchema> & Partial<z.infer<typeof monitoringSnapshotSchema>>;

/** The report's flags that read activity keys. */
export interface ActivityFlags {
  monitoring?: boolean;
  replies?: boolean;
}

export type SnapshotParse =
  { ok: true; snapshot: Snapshot; warnings: string[] } | { ok: false; error: string };

/**
 * Parses snapshot text; errors name the file and the path of what is wrong. The activity keys a flag
 * reads are validated and kept (all with `monitoring`, comments and managers with `replies`); the
 * others are left unread, as before the flags.
 */
export function parseSnapshot(text: string, file: string, flags: ActivityFlags = {}): SnapshotParse {
  const schema = flags.monitoring
    ? monitoringSnapshotSchema
    : flags.replies
      ? repliesSnapshotSchema
      : snapshotSchema;
  const parsed = parseSnapshotText(schema, text, file);
  if (!parsed.ok) return parsed;
  const snapshot = withoutUnread(parsed.data, Object.keys(schema.shape));
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
  const keyed = { walls: snapshot.walls, ...pick(snapshot), ...managersByGroup(snapshot) };
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

/** "managers" when keyed by group (the array shape names no group). */
function managersByGroup(snapshot: Snapshot) {
  const { managers } = snapshot;
  return managers && !Array.isArray(managers) ? { managers } : {};
}

/** The snapshot without the activity keys the schema did not read (the loose schema passes them as is). */
function withoutUnread(snapshot: z.infer<typeof snapshotSchema>, read: readonly string[]): Snapshot {
  const rest: Record<string, unknown> = { ...snapshot };
  for (const key of Object.keys(activityFields)) if (!read.includes(key)) delete rest[key];
  return rest as Snapshot;
}
