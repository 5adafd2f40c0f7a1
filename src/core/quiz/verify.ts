// The verify-quiz CLI's logic over a parsed JSON value (docs/quiz.md, "CLI"): the file's shape is
// checked here (a bad file is "malformed", exit 2), then scoreQuiz does what the app does.

import { z } from 'zod/mini';
import { isQuizId } from './id';
import { scoreQuiz } from './score';
import { importQuizPrivateKey } from './seal';
import type { QuizComment } from './types';

export interface QuizFileOutput {
  results: { userId: number; correct: number; timeMs: number; place: number }[];
  rejected: { commentId: number; reason: string }[];
}

export type QuizFileVerdict = { output: QuizFileOutput } | { malformed: string };

const integer = z.int().check(z.gte(Number.MIN_SAFE_INTEGER), z.lte(Number.MAX_SAFE_INTEGER));

// A comment as wall.getComments returns it; only these fields matter. A deleted comment may come
// without an author or text: it then counts as nobody's and says nothing.
const commentFields = {
  id: integer.check(z.positive()),
  from_id: z.optional(integer),
  date: integer,
  text: z.optional(z.string()),
};
const comment = z.object({
  ...commentFields,
  thread: z.optional(z.object({ items: z.optional(z.array(z.object(commentFields))) })),
});

const quizFile = z.object({
  quiz: z.object({
    id: z.string().check(z.refine(isQuizId, 'expected 8–16 characters of [A-Za-z0-9_-]')),
    questions: z
      .array(
        z.object({
          options: z.array(z.unknown()).check(z.minLength(1)),
          correct: integer.check(z.nonnegative()),
        }),
      )
      .check(z.minLength(1)),
    opensAt: integer,
    closesAt: integer,
    // The quiz definition's "protocol": absent means 1, so quizzes published as QZ1 still verify.
    protocol: z.optional(z.union([z.literal(1), z.literal(2)], 'expected 1 or 2')),
  }),
  privateKeyJwk: z.looseObject({ kty: z.literal('EC'), crv: z.literal('P-256'), d: z.string() }),
  comments: z.array(comment),
});

function issueText(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid file';
  const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
  return `${path === '' ? '(root)' : path.replace(/^\./, '')}: ${issue.message}`;
}

function toQuizComment(
  c: z.infer<typeof comment> | z.infer<z.ZodMiniObject<typeof commentFields>>,
): QuizComment {
  return { id: c.id, fromId: c.from_id ?? 0, date: c.date, text: c.text ?? '' };
}

export async function verifyQuizFile(subtle: SubtleCrypto, value: unknown): Promise<QuizFileVerdict> {
  // The CLI prints the problem in zod's English, which zod/mini loads only when asked.
  const parsed = quizFile.safeParse(value, { error: z.locales.en().localeError });
  if (!parsed.success) return { malformed: issueText(parsed.error) };
  const { quiz, privateKeyJwk } = parsed.data;
  const outOfRange = quiz.questions.findIndex((q) => q.correct >= q.options.length);
  if (outOfRange >= 0)
    return { malformed: `quiz.questions[${outOfRange}].correct: not an index of its options` };
  if (quiz.opensAt > quiz.closesAt) return { malformed: 'quiz: opensAt is after closesAt' };
  try {
    await importQuizPrivateKey(subtle, privateKeyJwk);
  } catch (error) {
    return { malformed: `privateKeyJwk: not a usable P-256 private key (${(error as Error).message})` };
  }
  // Thread replies may come inside their top-level comment, in the list itself, or both.
  const comments = parsed.data.comments.flatMap((c) => [
    toQuizComment(c),
    ...(c.thread?.items ?? []).map(toQuizComment),
  ]);
  const score = await scoreQuiz(subtle, { quiz, privateKeyJwk, comments });
  return {
    output: {
      results: score.results.map(({ userId, correct, timeMs, place }) => ({
        userId,
        correct,
        timeMs,
        place,
      })),
      rejected: score.rejected.map(({ commentId, reason }) => ({ commentId, reason })),
    },
  };
}
