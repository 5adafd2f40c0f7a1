// The session journal: in the browser the demo keeps VK Storage in localStorage, and this keeps the
// rest of what the app changed (world.state: comments, joins and leaves, likes, reposts, widgets,
// installs) next to it, one list per seed, replayed when the world is generated again. A reload, or a
// later `now` (the past keeps its ids, calendar.ts), shows the same session. Tests and the CLI give the
// fake API no Web Storage and so keep everything in memory.
import { z } from 'zod/mini';
import { replay } from './session';
import { DEMO_STORAGE_PREFIX, addToList, clearDemoStorage, readList } from './storage';
import type { WebStorage } from './storage';
import type { DemoWorld, SessionEntry } from './world-types';

const JOURNAL_VERSION = 1;
/** Seeds that have a journal, so a reset finds them without enumerating the storage. */
const JOURNALS_KEY = `${DEMO_STORAGE_PREFIX}#journals`;

export const journalKey = (seed: number) => `${DEMO_STORAGE_PREFIX}journal:${seed}`;

const id = z.int();
const commentSchema = z.object({
  id,
  ownerId: id,
  postId: id,
  fromId: id,
  date: id,
  text: z.string(),
  threadId: z.nullable(id),
  replyToUser: z.nullable(id),
  replyToComment: z.nullable(id),
  likes: id,
});
const entrySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('comment'), comment: commentSchema, guid: z.nullable(z.string()) }),
  z.object({ kind: z.enum(['join', 'leave']), groupId: id, userId: id }),
  z.object({ kind: z.literal('like'), ownerId: id, postId: id, userId: id, liked: z.boolean() }),
  z.object({ kind: z.literal('repost'), ownerId: id, postId: id, userId: id }),
  z.object({
    kind: z.literal('widget'),
    groupId: id,
    widget: z.object({ type: z.string(), code: z.string(), value: z.unknown(), updatedAt: id }),
  }),
  z.object({ kind: z.literal('install'), groupId: id }),
  z.object({
    kind: z.literal('post'),
    groupId: id,
    post: z.object({ id, date: id, text: z.string(), state: z.enum(['published', 'postponed']) }),
  }),
]);
const journalSchema = z.object({ v: z.literal(JOURNAL_VERSION), entries: z.array(z.unknown()) });

/** The recorded changes of a seed, oldest first; entries that do not parse are dropped. */
export function readJournal(storage: WebStorage, seed: number): SessionEntry[] {
  const stored = storage.getItem(journalKey(seed));
  // A first visit has none: no parse, no failed check to build.
  if (stored === null) return [];
  let raw: unknown;
  try {
    raw = JSON.parse(stored);
  } catch {
    return [];
  }
  const journal = journalSchema.safeParse(raw);
  if (!journal.success) return [];
  const entries: SessionEntry[] = [];
  for (const item of journal.data.entries) {
    const entry = entrySchema.safeParse(item);
    if (entry.success) entries.push(entry.data as SessionEntry);
  }
  return entries;
}

/** Replays the seed's journal into a fresh world, then records every further change into it. */
export function attachJournal(world: DemoWorld, storage: WebStorage): void {
  const entries = readJournal(storage, world.seed);
  world.state.record = null;
  for (const entry of entries) replay(world, entry);
  world.state.record = (entry) => {
    entries.push(entry);
    try {
      storage.setItem(journalKey(world.seed), JSON.stringify({ v: JOURNAL_VERSION, entries }));
      addToList(storage, JOURNALS_KEY, String(world.seed));
    } catch {
      // Storage full or unavailable: the session goes on, it just will not survive a reload.
    }
  };
}

/** `reset=1`: forgets every seed's journal and the demo's VK Storage. */
export function resetDemoSession(storage: WebStorage): void {
  const journals = readList(storage, JOURNALS_KEY).map((seed) => journalKey(Number(seed)));
  clearDemoStorage(storage, [...journals, JOURNALS_KEY]);
}
