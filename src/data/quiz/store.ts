// The admin's private records in the page's community storage (`qz_index`, ids newest first, and one
// `qz_<id>` per quiz) and a subscriber's own entry in their VK Storage (`qzme_<id>`). Quiz ids may
// contain '-' and '_', which storage keys may not hold freely: escaped as in the giveaway store.
import { z } from 'zod';
import { QUIZ_ID } from '../../core/quiz';
import type { QuizDefinition } from '../../core/quiz/types';
import type { VkStorage } from '../../vk/storage';
import type { MyQuizEntry, QuizRecord } from './types';

const INDEX_KEY = 'qz_index';

function escapeId(id: string): string {
  return id.replaceAll('_', '__').replaceAll('-', '_d');
}

export function quizRecordKey(id: string): string {
  return `qz_${escapeId(id)}`;
}

export function myEntryKey(id: string): string {
  return `qzme_${escapeId(id)}`;
}

const int = z.number().int();
const postRef = z.string().regex(/^-?\d+_\d+$/);

export const jwkSchema: z.ZodType<JsonWebKey> = z.object({
  kty: z.string(),
  crv: z.string().optional(),
  x: z.string().optional(),
  y: z.string().optional(),
  d: z.string().optional(),
  ext: z.boolean().optional(),
  key_ops: z.array(z.string()).optional(),
});

const definitionSchema: z.ZodType<QuizDefinition> = z.object({
  id: z.string().regex(QUIZ_ID),
  groupId: int.positive(),
  title: z.string(),
  prize: z.string(),
  questions: z.array(
    z.object({ text: z.string(), options: z.array(z.string()), photo: z.string().nullable() }),
  ),
  secondsPerQuestion: int.positive(),
  opensAt: int,
  closesAt: int,
  publicKey: z.string(),
});

const resultSchema = z.object({
  userId: int,
  correct: int.nonnegative(),
  timeMs: int.nonnegative(),
  place: int.positive(),
  commentId: int,
  date: int,
});

const scoreSchema = z.object({
  results: z.array(resultSchema),
  rejected: z.array(z.object({ commentId: int, reason: z.string() })),
});

export const quizRecordSchema: z.ZodType<QuizRecord> = z.object({
  definition: definitionSchema,
  key: z.array(int.nonnegative()),
  privateKeyJwk: jwkSchema,
  postRef: postRef.nullable(),
  keyInPost: z.boolean(),
  definitionCommentId: int.positive().nullable(),
  definitionPartsPosted: int.nonnegative(),
  createdAt: int,
  results: z
    .object({
      scoredAt: int,
      score: scoreSchema,
      resultsCommentId: int.positive().nullable(),
    })
    .nullable(),
});

export const myEntrySchema: z.ZodType<MyQuizEntry> = z.object({
  quizId: z.string().regex(QUIZ_ID),
  answers: z.object({ a: z.array(int), t: z.array(int) }),
  sealedLine: z.string(),
  postedCommentId: int.positive().nullable(),
  enteredAt: int,
});

const indexSchema = z.array(z.string().regex(QUIZ_ID));

export interface QuizStore {
  /** Every record, newest first (ids whose record is gone are skipped). */
  list(): Promise<QuizRecord[]>;
  get(id: string): Promise<QuizRecord | null>;
  save(record: QuizRecord): Promise<void>;
}

export function createQuizStore(storage: VkStorage): QuizStore {
  const get = (id: string) => storage.getJson(quizRecordKey(id), quizRecordSchema);
  const readIndex = async () => (await storage.getJson(INDEX_KEY, indexSchema)) ?? [];
  return {
    get,
    async list() {
      const records = await Promise.all((await readIndex()).map(get));
      return records.filter((r): r is QuizRecord => r !== null);
    },
    async save(record) {
      const id = record.definition.id;
      await storage.setJson(quizRecordKey(id), record);
      const ids = await readIndex();
      if (!ids.includes(id)) await storage.setJson(INDEX_KEY, [id, ...ids]);
    },
  };
}
