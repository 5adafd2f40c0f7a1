// The widget worker's state file (docs/widget-worker.md): the last update it knows of (the content of
// the code, without its time, and when) and the incremental gather's cache, so a run from cron or a
// cloud timer re-reads only the posts whose counters moved. Written whole to a temporary file and
// renamed, so a crash never leaves half a file; read through a schema, so a foreign file is refused.
import { z } from 'zod/mini';
import type { ActivityCache } from '../../data/leaderboard';

export const STATE_VERSION = 1;

export interface WorkerState {
  groupId: number;
  /** The last update: the code's content and when (unix milliseconds). */
  last: { content: string; at: number } | null;
  cache: ActivityCache | null;
  /** When the cache was started (unix ms): who is a member and who is a manager is read anew daily. */
  cacheSince: number | null;
}

export function emptyState(groupId: number): WorkerState {
  return { groupId, last: null, cache: null, cacheSince: null };
}

const int = z.int();
const ids = z.array(int);
const counters = z.object({ likes: int, reposts: int, comments: int });
const comment = z.object({ id: int, fromId: int, date: int, text: z.string() });
const activity = z.object({
  ref: z.string(),
  date: int,
  likers: ids,
  reposters: ids,
  comments: z.array(comment),
});
const fileSchema = z.object({
  version: z.literal(STATE_VERSION),
  groupId: int,
  last: z.nullable(z.object({ content: z.string(), at: int })),
  cacheSince: z.nullable(int),
  cache: z.nullable(
    z.object({
      posts: z.array(z.object({ counters, activity })),
      members: ids,
      nonMembers: ids,
      inactive: ids,
      managers: z.nullable(ids),
      managersComplete: z.boolean(),
      membersCount: z.nullable(int),
    }),
  ),
});

type StateFile = z.infer<typeof fileSchema>;

/** The state as JSON text; the cache keeps only the posts the last round read (`keep`). */
export function stateText(state: WorkerState, keep: ReadonlySet<string>): string {
  const cache = state.cache;
  const file: StateFile = {
    version: STATE_VERSION,
    groupId: state.groupId,
    last: state.last,
    cacheSince: state.cacheSince,
    cache: cache && {
      posts: [...cache.posts.values()]
        .filter((post) => keep.has(post.activity.ref))
        .map(({ counters, activity }) => ({
          counters,
          activity: {
            ...activity,
            likers: [...activity.likers],
            reposters: [...activity.reposters],
            comments: [...activity.comments],
          },
        })),
      members: [...cache.membership].filter(([, member]) => member).map(([id]) => id),
      nonMembers: [...cache.membership].filter(([, member]) => !member).map(([id]) => id),
      inactive: [...cache.inactive],
      managers: cache.managers,
      managersComplete: cache.managersComplete,
      membersCount: cache.membersCount,
    },
  };
  return `${JSON.stringify(file)}\n`;
}

/** The state in a file's text, or why it is not a state of this page's worker. */
export function parseState(
  text: string,
  groupId: number,
): { ok: true; state: WorkerState } | { ok: false; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'is not JSON' };
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) return { ok: false, error: 'is not a widget worker state file' };
  const file = parsed.data;
  if (file.groupId !== groupId)
    return { ok: false, error: `belongs to club${file.groupId}, not club${groupId}` };
  const cache: ActivityCache | null = file.cache && {
    groupId,
    posts: new Map(file.cache.posts.map((post) => [post.activity.ref, post])),
    membership: new Map([
      ...file.cache.members.map((id) => [id, true] as const),
      ...file.cache.nonMembers.map((id) => [id, false] as const),
    ]),
    inactive: new Set(file.cache.inactive),
    managers: file.cache.managers,
    managersComplete: file.cache.managersComplete,
    membersCount: file.cache.membersCount,
  };
  return { ok: true, state: { groupId, last: file.last, cache, cacheSince: file.cacheSince } };
}
