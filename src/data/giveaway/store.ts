// The admin's private records in the page's community storage: `gw_index` (ids, newest first) and one
// key per giveaway, the id escaped (escapeId: an id without '_' or '-' keeps `gw_<id>` exactly).
import { z } from 'zod/mini';
import { GIVEAWAY_ID, HANDOVER_REASON_MAX_CHARS } from '../../core/giveaway';
import type { VkStorage } from '../../vk/storage';
import { escapeId } from '../../vk/storage-format';
import type { GiveawayRecord } from './types';

const INDEX_KEY = 'gw_index';

export function recordKey(id: string): string {
  return `gw_${escapeId(id)}`;
}

/** The whole participant list, as records of earlier versions kept it (read only, for resuming). */
export function listKey(id: string): string {
  return `gwl_${escapeId(id)}`;
}

/**
 * One part of the participant list (the payload of list reply `part`, 1-based), from the draw until
 * its reply is published. `gwp_` cannot collide with a `gwl_` or `gw_` key of any id.
 */
export function listPartKey(id: string, part: number): string {
  return `gwp_${escapeId(id)}_${part}`;
}

const int = z.int();
const hex64 = z.string().check(z.regex(/^[0-9a-f]{64}$/));
const userIds = z.array(int.check(z.positive()));

const termsSchema = z.object({
  id: z.string().check(z.regex(GIVEAWAY_ID)),
  groupId: int.check(z.positive()),
  prize: z.string(),
  drawAt: int,
  winners: int.check(z.nonnegative()),
  reserves: int.check(z.nonnegative()),
  conditions: z.object({
    member: z.boolean(),
    like: z.boolean(),
    repost: z.boolean(),
    minTags: z.nullable(int.check(z.nonnegative())),
    partners: z.array(int.check(z.positive())),
  }),
});

const count = int.check(z.nonnegative());

const funnelSchema = z.object({
  checked: count,
  steps: z.array(
    z.object({
      key: z.enum(['like', 'repost', 'comment', 'tags', 'member', 'partner']),
      need: z.optional(count),
      partnerId: z.optional(int.check(z.positive())),
      passed: count,
      failed: count,
    }),
  ),
  excluded: z.object({ manager: count, inactive: count, blacklist: count }),
  participants: count,
});

const handoverSchema = z.object({
  from: int.check(z.positive()),
  to: int.check(z.positive()),
  reason: z.string().check(z.minLength(1), z.maxLength(HANDOVER_REASON_MAX_CHARS * 2)),
  at: int,
  commentId: z.nullable(int.check(z.positive())),
});

const resultSchema = z.object({
  winners: userIds,
  reserves: userIds,
  drawnAt: int,
  participantsCount: int.check(z.nonnegative()),
  listHash: hex64,
  listKept: z.boolean(),
  listLayout: z.optional(z.literal('parts')),
  resultCommentId: z.nullable(int.check(z.positive())),
  listRepliesPosted: int.check(z.nonnegative()),
  listRepliesTotal: int.check(z.nonnegative()),
  funnel: z.optional(funnelSchema),
  handovers: z.optional(z.array(handoverSchema)),
});

export const giveawayRecordSchema: z.ZodMiniType<GiveawayRecord> = z.object({
  terms: termsSchema,
  postRef: z.nullable(z.string().check(z.regex(/^-?\d+_\d+$/))),
  secret: hex64,
  commitment: hex64,
  blacklist: userIds,
  createdAt: int,
  commitmentCommentId: z.nullable(int.check(z.positive())),
  result: z.nullable(resultSchema),
});

const indexSchema = z.array(z.string().check(z.regex(GIVEAWAY_ID)));

export interface GiveawayStore {
  /** Every record, newest first (ids whose record is gone are skipped). */
  list(): Promise<GiveawayRecord[]>;
  get(id: string): Promise<GiveawayRecord | null>;
  save(record: GiveawayRecord): Promise<void>;
  /** The compact list as records of earlier versions kept it under one key (listKey). */
  getList(id: string): Promise<string | null>;
  removeList(id: string): Promise<void>;
  /** One list reply's payload (1-based part): small, so it always fits one storage value. */
  savePart(id: string, part: number, payload: string): Promise<void>;
  getPart(id: string, part: number): Promise<string | null>;
  removePart(id: string, part: number): Promise<void>;
}

const payloadSchema = z.string().check(z.regex(/^[0-9a-z,]*$/));

export function createGiveawayStore(storage: VkStorage): GiveawayStore {
  const get = (id: string) => storage.getJson(recordKey(id), giveawayRecordSchema);
  const readIndex = async () => (await storage.getJson(INDEX_KEY, indexSchema)) ?? [];
  return {
    get,
    async list() {
      const ids = await readIndex();
      const records = await Promise.all(ids.map(get));
      return records.filter((r): r is GiveawayRecord => r !== null);
    },
    async save(record) {
      await storage.setJson(recordKey(record.terms.id), record);
      const ids = await readIndex();
      if (!ids.includes(record.terms.id)) await storage.setJson(INDEX_KEY, [record.terms.id, ...ids]);
    },
    getList: (id) => storage.getJson(listKey(id), payloadSchema),
    removeList: (id) => storage.remove(listKey(id)),
    savePart: (id, part, payload) => storage.setJson(listPartKey(id, part), payload),
    getPart: (id, part) => storage.getJson(listPartKey(id, part), payloadSchema),
    removePart: (id, part) => storage.remove(listPartKey(id, part)),
  };
}
