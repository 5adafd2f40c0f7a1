// The admin's private records in the page's community storage (`qz_index`, ids newest first, one
// `qz_<id>` per quiz and, once scored, its score under `qzsc_<id>`) and a subscriber's own attempt
// and entry in their VK Storage (`qzpr_<id>`, `qzme_<id>`). Quiz ids may contain '-' and '_', which
// storage keys may not hold freely: escaped (escapeId).
import { z } from 'zod/mini';
import { QUIZ_ID } from '../../core/quiz';
import type { QuizDefinition, QuizScore } from '../../core/quiz/types';
import { StorageError } from '../../vk/errors';
import type { VkStorage } from '../../vk/storage';
import { escapeId } from '../../vk/storage-format';
import type { MyQuizEntry, QuizAttempt, QuizRecord, StoredQuizResults } from './types';

const INDEX_KEY = 'qz_index';

export function quizRecordKey(id: string): string {
  return `qz_${escapeId(id)}`;
}

/** The score, apart from the record: thousands of entries would not fit beside it. */
export function quizScoreKey(id: string): string {
  return `qzsc_${escapeId(id)}`;
}

export function myEntryKey(id: string): string {
  return `qzme_${escapeId(id)}`;
}

export function myAttemptKey(id: string): string {
  return `qzpr_${escapeId(id)}`;
}

/** How many results are kept when the whole score is too large for VK Storage. */
export const SCORE_KEPT_MAX = 500;

const int = z.int();
const postRef = z.string().check(z.regex(/^-?\d+_\d+$/));

export const jwkSchema: z.ZodMiniType<JsonWebKey> = z.object({
  kty: z.string(),
  crv: z.optional(z.string()),
  x: z.optional(z.string()),
  y: z.optional(z.string()),
  d: z.optional(z.string()),
  ext: z.optional(z.boolean()),
  key_ops: z.optional(z.array(z.string())),
});

const definitionSchema: z.ZodMiniType<QuizDefinition> = z.object({
  id: z.string().check(z.regex(QUIZ_ID)),
  groupId: int.check(z.positive()),
  title: z.string(),
  prize: z.string(),
  questions: z.array(
    z.object({ text: z.string(), options: z.array(z.string()), photo: z.nullable(z.string()) }),
  ),
  secondsPerQuestion: int.check(z.positive()),
  opensAt: int,
  closesAt: int,
  publicKey: z.string(),
  // Absent in records made before QZ2: those quizzes are QZ1.
  protocol: z.optional(z.union([z.literal(1), z.literal(2)])),
});

const resultSchema = z.object({
  userId: int,
  correct: int.check(z.nonnegative()),
  timeMs: int.check(z.nonnegative()),
  place: int.check(z.positive()),
  commentId: int,
  date: int,
});

const scoreSchema = z.object({
  results: z.array(resultSchema),
  rejected: z.array(z.object({ commentId: int, reason: z.string() })),
});

type StoredRecord = Omit<QuizRecord, 'results'> & { results: Omit<StoredQuizResults, 'score'> | null };

const storedRecordSchema: z.ZodMiniType<StoredRecord> = z.object({
  definition: definitionSchema,
  key: z.array(int.check(z.nonnegative())),
  privateKeyJwk: jwkSchema,
  postRef: z.nullable(postRef),
  keyInPost: z.boolean(),
  definitionCommentId: z.nullable(int.check(z.positive())),
  definitionPartsPosted: int.check(z.nonnegative()),
  createdAt: int,
  results: z.nullable(
    z.object({
      scoredAt: int,
      counts: z.object({ entries: int.check(z.nonnegative()), rejected: int.check(z.nonnegative()) }),
      truncated: z.boolean(),
      resultsCommentId: z.nullable(int.check(z.positive())),
    }),
  ),
});

export const myAttemptSchema: z.ZodMiniType<QuizAttempt> = z.object({
  quizId: z.string().check(z.regex(QUIZ_ID)),
  startedAt: int,
  answers: z.object({ a: z.array(int), t: z.array(int.check(z.nonnegative())) }),
});

export const myEntrySchema: z.ZodMiniType<MyQuizEntry> = z.object({
  quizId: z.string().check(z.regex(QUIZ_ID)),
  answers: z.object({ a: z.array(int), t: z.array(int) }),
  sealedLine: z.string(),
  postedCommentId: z.nullable(int.check(z.positive())),
  enteredAt: int,
});

const indexSchema = z.array(z.string().check(z.regex(QUIZ_ID)));

export interface QuizStore {
  /** Every record, newest first (ids whose record is gone are skipped). */
  list(): Promise<QuizRecord[]>;
  /** The record with its score joined in. */
  get(id: string): Promise<QuizRecord | null>;
  /** The record; its score is saved by saveScore (once, it is large), never here. */
  save(record: QuizRecord): Promise<void>;
  /**
   * Saves the score under its own key; when even that is too large for VK Storage, the first
   * SCORE_KEPT_MAX results without the rejections. Returns what the record keeps about it.
   */
  saveScore(id: string, score: QuizScore): Promise<Omit<StoredQuizResults, 'scoredAt' | 'resultsCommentId'>>;
}

export function createQuizStore(storage: VkStorage): QuizStore {
  const get = async (id: string): Promise<QuizRecord | null> => {
    const stored = await storage.getJson(quizRecordKey(id), storedRecordSchema);
    if (!stored?.results) return stored && { ...stored, results: null };
    // The score is written before the record points at it; a score gone missing reads as kept in part.
    const score = await storage.getJson(quizScoreKey(id), scoreSchema);
    return {
      ...stored,
      results: score
        ? { ...stored.results, score }
        : { ...stored.results, score: { results: [], rejected: [] }, truncated: true },
    };
  };
  const readIndex = async () => (await storage.getJson(INDEX_KEY, indexSchema)) ?? [];
  return {
    get,
    async list() {
      const records = await Promise.all((await readIndex()).map(get));
      return records.filter((r): r is QuizRecord => r !== null);
    },
    async save(record) {
      const id = record.definition.id;
      const { results, ...rest } = record;
      const stored: StoredRecord = { ...rest, results: results && withoutScore(results) };
      await storage.setJson(quizRecordKey(id), stored);
      const ids = await readIndex();
      if (!ids.includes(id)) await storage.setJson(INDEX_KEY, [id, ...ids]);
    },
    async saveScore(id, score) {
      const counts = { entries: score.results.length, rejected: score.rejected.length };
      try {
        await storage.setJson(quizScoreKey(id), score);
        return { score, counts, truncated: false };
      } catch (err) {
        if (!(err instanceof StorageError && err.kind === 'too-large')) throw err;
      }
      // Publishing needs only the top; the rest can be re-computed from the comments.
      const kept = { results: score.results.slice(0, SCORE_KEPT_MAX), rejected: [] };
      await storage.setJson(quizScoreKey(id), kept);
      return { score: kept, counts, truncated: true };
    },
  };
}

function withoutScore({ score: _score, ...rest }: StoredQuizResults): Omit<StoredQuizResults, 'score'> {
  return rest;
}
