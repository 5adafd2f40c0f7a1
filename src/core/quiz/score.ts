// Scoring a quiz from the comments under its post (docs/quiz.md, "Scoring"): the same code runs in
// the app and in verify-quiz, so both print the same places and the same rejections.

import { placesOf } from '../places';
import {
  findSealedLine,
  importQuizPrivateKey,
  openWithKey,
  quizProtocol,
  REASON,
  type OpenResult,
  type SealedLineSearch,
} from './seal';
import type {
  AnswerKey,
  QuizAnswers,
  QuizComment,
  QuizProtocol,
  QuizRejection,
  QuizResult,
  QuizScore,
} from './types';

export interface ScoredQuestion {
  options: readonly unknown[];
  correct: number;
}

export interface ScoreQuizInput {
  quiz: {
    id: string;
    questions: readonly ScoredQuestion[];
    opensAt: number;
    closesAt: number;
    /** Absent means 1 (QZ1). */
    protocol?: QuizProtocol;
  };
  privateKeyJwk: JsonWebKey;
  comments: readonly QuizComment[];
}

function isIntegerArray(value: unknown, length: number): value is number[] {
  return Array.isArray(value) && value.length === length && value.every((n) => Number.isSafeInteger(n));
}

/**
 * The decrypted value as answers when it is valid for questions with these option counts: `a` and
 * `t` arrays of the question count, each a an integer in [-1, options - 1], each t a non-negative
 * integer. Other keys are ignored. Null otherwise ("malformed answers").
 */
export function checkAnswers(value: unknown, optionCounts: readonly number[]): QuizAnswers | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { a, t } = value as { a?: unknown; t?: unknown };
  const n = optionCounts.length;
  if (!isIntegerArray(a, n) || !isIntegerArray(t, n)) return null;
  if (a.some((choice, i) => choice < -1 || choice >= optionCounts[i]!)) return null;
  if (t.some((ms) => ms < 0)) return null;
  return { a: [...a], t: [...t] };
}

/** The subscriber's own result, shown in the app once the key is published. */
export function scoreOwnAnswers(answers: QuizAnswers, key: AnswerKey): { correct: number; timeMs: number } {
  const correct = answers.a.filter((choice, i) => choice >= 0 && choice === key[i]).length;
  return { correct, timeMs: answers.t.reduce((sum, ms) => sum + ms, 0) };
}

function byDateThenId(a: QuizComment, b: QuizComment): number {
  return a.date - b.date || a.id - b.id;
}

/**
 * Results best first (correct desc, total time asc, comment date asc; then comment id, which does
 * not change places) and rejections in comment order (date, then id). Comments from communities
 * and comments without a sealed-line token are not entries and appear in neither list; a comment
 * id listed twice counts once. In a QZ2 quiz a line opens only with its comment author's id: a QZ1
 * line is "unbound", and a line that opens for another user who posted it is that user's entry.
 * Throws when privateKeyJwk is not a P-256 private key.
 */
export async function scoreQuiz(subtle: SubtleCrypto, input: ScoreQuizInput): Promise<QuizScore> {
  const { quiz } = input;
  const protocol = quizProtocol(quiz);
  const key = await importQuizPrivateKey(subtle, input.privateKeyJwk);
  const optionCounts = quiz.questions.map((q) => q.options.length);
  const answerKey = quiz.questions.map((q) => q.correct);
  const seen = new Set<number>();
  const comments = input.comments
    .filter((c) => c.fromId > 0 && !seen.has(c.id) && seen.add(c.id))
    .sort(byDateThenId)
    .map((comment) => ({ comment, found: findSealedLine(comment.text, protocol) }));

  // Each line is opened at most once per user. The users who posted each QZ2 line, in comment order:
  // a line that does not open for its commenter but opens for one of them is a copy of theirs (its
  // author is found once per line, however many copies there are).
  const opened = new Map<string, Promise<OpenResult>>();
  const openAs = (line: string, userId: number) => {
    const memo = `${userId} ${line}`;
    let result = opened.get(memo);
    if (!result) opened.set(memo, (result = openWithKey(subtle, quiz.id, key, line, userId)));
    return result;
  };
  const postersOf = new Map<string, Set<number>>();
  for (const { comment, found } of comments) {
    if (found.kind !== 'line' || found.protocol !== 2) continue;
    const posters = postersOf.get(found.line) ?? new Set<number>();
    postersOf.set(found.line, posters.add(comment.fromId));
  }
  const authors = new Map<string, Promise<number | null>>();
  const authorOf = (line: string) => {
    let author = authors.get(line);
    if (!author) {
      author = (async () => {
        for (const poster of postersOf.get(line) ?? []) if ((await openAs(line, poster)).ok) return poster;
        return null;
      })();
      authors.set(line, author);
    }
    return author;
  };
  /** Why a line did not open for `userId`: a QZ2 line that is another poster's entry says whose. */
  const notOpened = async (found: SealedLineSearch & { kind: 'line' }, userId: number, reason: string) => {
    if (found.protocol !== 2 || reason !== REASON.cannotDecrypt) return reason;
    const author = await authorOf(found.line);
    return author === null || author === userId ? reason : REASON.anotherUsersEntry(author);
  };

  const rejected: QuizRejection[] = [];
  const entered = new Set<number>();
  const entries: Omit<QuizResult, 'place'>[] = [];
  const reject = (comment: QuizComment, reason: string) => rejected.push({ commentId: comment.id, reason });
  for (const { comment, found } of comments) {
    if (found.kind === 'none') continue;
    if (found.kind === 'malformed') {
      reject(comment, found.reason);
      continue;
    }
    if (found.protocol !== protocol) {
      // Only a QZ2 quiz sees other lines than its own: QZ1 ones, which anyone could have copied.
      reject(comment, REASON.unboundLine);
      continue;
    }
    if (found.quizId !== quiz.id) {
      reject(comment, REASON.anotherQuiz(found.quizId));
      continue;
    }
    if (comment.date < quiz.opensAt || comment.date > quiz.closesAt) {
      reject(comment, REASON.outsideWindow);
      continue;
    }
    if (entered.has(comment.fromId)) {
      reject(comment, REASON.secondEntry);
      continue;
    }
    const result = await openAs(found.line, comment.fromId);
    if (!result.ok) {
      reject(comment, await notOpened(found, comment.fromId, result.reason));
      continue;
    }
    const answers = checkAnswers(result.answers, optionCounts);
    if (!answers) {
      reject(comment, REASON.malformedAnswers);
      continue;
    }
    entered.add(comment.fromId);
    entries.push({
      userId: comment.fromId,
      ...scoreOwnAnswers(answers, answerKey),
      commentId: comment.id,
      date: comment.date,
    });
  }

  entries.sort(
    (a, b) => b.correct - a.correct || a.timeMs - b.timeMs || a.date - b.date || a.commentId - b.commentId,
  );
  const places = placesOf(
    entries,
    (a, b) => a.correct === b.correct && a.timeMs === b.timeMs && a.date === b.date,
  );
  const results = entries.map(({ userId, correct, timeMs, commentId, date }, i) => {
    return { userId, correct, timeMs, place: places[i]!, commentId, date };
  });
  return { results, rejected };
}
