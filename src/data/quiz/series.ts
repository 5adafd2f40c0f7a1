// The classic quiz in comments: a series of question posts, each won by the first subscriber whose
// comment equals an accepted answer; the admin's series live in community storage (`qs_index`,
// `qs_<id>`), results are published as the community's comments (guids, so never twice).
import { z } from 'zod/mini';
import { postRefParts } from '../../core/wall';
import {
  QUIZ_ID,
  commentQuizResultText,
  newQuizId,
  seriesResultText,
  seriesStandings,
  winnerOf,
  type CommentQuestion,
  type CommentQuestionWinner,
  type PostRef,
  type SeriesStanding,
} from '../../core/quiz';
import { nowSeconds } from '../../vk/clock';
import type { VkStorage } from '../../vk/storage';
import { escapeId } from '../../vk/storage-format';
import { readComments } from '../wall/comments';
import { fetchNames, usersOf } from '../wall/users';
import { postQuizComment } from './community-comment';
import type { QuizDeps } from './deps';
import { QuizError } from './errors';
import type { QuizProgress } from './types';

export interface SeriesRecord {
  id: string;
  title: string;
  questions: CommentQuestion[];
  results: { winners: CommentQuestionWinner[]; standings: SeriesStanding[]; scannedAt: number } | null;
  /** Published comments in order: one per question, then the standings (under the last question post). */
  published: { postRef: PostRef; commentId: number }[];
}

const int = z.int();
const postRef = z.string().check(z.regex(/^-?\d+_\d+$/));

export const seriesRecordSchema: z.ZodMiniType<SeriesRecord> = z.object({
  id: z.string().check(z.regex(QUIZ_ID)),
  title: z.string(),
  questions: z.array(z.object({ postRef, answers: z.array(z.string()) })),
  results: z.nullable(
    z.object({
      winners: z.array(
        z.object({
          postRef,
          userId: z.nullable(int),
          commentId: z.nullable(int),
          date: z.nullable(int),
        }),
      ),
      standings: z.array(z.object({ userId: int, wins: int, place: int })),
      scannedAt: int,
    }),
  ),
  published: z.array(z.object({ postRef, commentId: int })),
});

const INDEX_KEY = 'qs_index';

export function seriesKey(id: string): string {
  return `qs_${escapeId(id)}`;
}

export interface SeriesStore {
  list(): Promise<SeriesRecord[]>;
  get(id: string): Promise<SeriesRecord | null>;
  save(series: SeriesRecord): Promise<void>;
}

export function createSeriesStore(storage: VkStorage): SeriesStore {
  const get = (id: string) => storage.getJson(seriesKey(id), seriesRecordSchema);
  const readIndex = async () =>
    (await storage.getJson(INDEX_KEY, z.array(z.string().check(z.regex(QUIZ_ID))))) ?? [];
  return {
    get,
    async list() {
      const records = await Promise.all((await readIndex()).map(get));
      return records.filter((r): r is SeriesRecord => r !== null);
    },
    async save(series) {
      await storage.setJson(seriesKey(series.id), series);
      const ids = await readIndex();
      if (!ids.includes(series.id)) await storage.setJson(INDEX_KEY, [series.id, ...ids]);
    },
  };
}

/** A new series (saved), its questions bound to posts of the page's wall. */
export async function createSeries(
  deps: QuizDeps,
  groupId: number,
  input: { title: string; questions: CommentQuestion[] },
): Promise<SeriesRecord> {
  const title = input.title.trim();
  const questions = input.questions.map((q) => ({
    postRef: q.postRef,
    answers: q.answers.map((a) => a.trim()).filter(Boolean),
  }));
  if (questions.some((q) => postRefParts(q.postRef).ownerId !== -groupId))
    throw new QuizError('post-not-own');
  if (title === '' || questions.length === 0 || questions.some((q) => q.answers.length === 0)) {
    throw new QuizError('bad-draft', 'A series needs a title and accepted answers for every question');
  }
  const series: SeriesRecord = {
    id: newQuizId(deps.random(9)),
    title,
    questions,
    results: null,
    published: [],
  };
  await createSeriesStore(deps.storage).save(series);
  return series;
}

/** Reads every question post's comments (threads included), finds the winners, saves the standings. */
export async function scanSeries(
  deps: QuizDeps,
  series: SeriesRecord,
  onProgress?: (p: QuizProgress) => void,
): Promise<SeriesRecord> {
  const done = new Map<number, number>();
  const totals = new Map<number, number | null>();
  const report = () => {
    if (!onProgress) return;
    const known = [...totals.values()];
    onProgress({
      done: [...done.values()].reduce((a, b) => a + b, 0),
      total:
        known.length === series.questions.length && known.every((t) => t !== null)
          ? known.reduce<number>((a, b) => a + (b ?? 0), 0)
          : null,
    });
  };
  const perPost = await Promise.all(
    series.questions.map((q, i) => {
      const { ownerId, postId } = postRefParts(q.postRef);
      return readComments(deps.api, {
        ownerId,
        postId,
        onProgress: (n, total) => {
          done.set(i, n);
          totals.set(i, total);
          report();
        },
      });
    }),
  );
  // Deleted and banned authors drop out, as in the giveaway.
  const users = await usersOf(
    deps.api,
    perPost.flat().map((c) => c.fromId),
  );
  const inactive = new Set(users.filter((u) => u.deactivated).map((u) => u.id));
  const winners = series.questions.map((q, i) =>
    winnerOf(q, perPost[i] ?? [], -postRefParts(q.postRef).ownerId, inactive),
  );
  const scanned: SeriesRecord = {
    ...series,
    results: { winners, standings: seriesStandings(winners), scannedAt: nowSeconds(deps.clock) },
  };
  await createSeriesStore(deps.storage).save(scanned);
  return scanned;
}

/**
 * Publishes each question's answer and winner under its post, then the standings under the last
 * question post; scans first when needed. Progress is saved after each comment and guids keep a
 * repeated call (even with a stale record) from doubling any comment.
 */
/** Comments a series' results take: one under each question post, then the standings. */
export function seriesCommentsTotal(series: Pick<SeriesRecord, 'questions'>): number {
  return series.questions.length + 1;
}

export async function publishSeriesResults(deps: QuizDeps, series: SeriesRecord): Promise<SeriesRecord> {
  let current = series.results ? series : await scanSeries(deps, series);
  const results = current.results;
  const last = current.questions.at(-1);
  if (!results || !last) throw new QuizError('not-bound');
  const store = createSeriesStore(deps.storage);
  const names = await fetchNames(deps.api, [
    ...results.winners.flatMap((w) => (w.userId === null ? [] : [w.userId])),
    ...results.standings.map((s) => s.userId),
  ]);
  const texts = [
    ...current.questions.map((q, i) => ({
      postRef: q.postRef,
      guid: `qs-${current.id}-${i}`,
      message: commentQuizResultText({
        answer: q.answers[0] ?? '',
        winner: results.winners[i] ?? { postRef: q.postRef, userId: null, commentId: null, date: null },
        names,
      }),
    })),
    {
      postRef: last.postRef,
      guid: `qs-${current.id}-t`,
      message: seriesResultText({
        title: current.title,
        standings: results.standings,
        questionsCount: current.questions.length,
        names,
      }),
    },
  ];
  for (let i = current.published.length; i < texts.length; i++) {
    const text = texts[i];
    if (!text) continue;
    const { ownerId, postId } = postRefParts(text.postRef);
    const commentId = await postQuizComment(deps.api, {
      groupId: -ownerId,
      postId,
      message: text.message,
      guid: text.guid,
    });
    current = { ...current, published: [...current.published, { postRef: text.postRef, commentId }] };
    await store.save(current);
  }
  return current;
}
