// The published texts (docs/quiz.md, "Published lines"): the quiz post (QZK1) and the results
// comment (QZR1); the definition comments (QZD1) are in definition.ts. Machine lines are whole lines;
// every human line is flattened to one line and starts with fixed text, so no title, option or name
// can forge one.

import { z } from 'zod/mini';
import { fromBase64Url } from '../text/base64url';
import { jsonPayload, parsePayload } from '../text/payload';
import { lastLine, mentionOf, oneLine, secondsText, splitLines, windowText } from '../text/published-text';
import type { AnswerKey, PostRef, QuizDefinition, QuizResult } from './types';

/** Upper bound for one published comment's text (the giveaway's LIST_REPLY_MAX_CHARS). */
export const QUIZ_LIST_MAX_CHARS = 3500;

/** Upper bound for each definition comment's text (part 1 and every reply). */
export const QUIZ_DEFINITION_MAX_CHARS = QUIZ_LIST_MAX_CHARS;

export const QUIZ_LIMITS = {
  titleMaxChars: 100,
  questionMaxChars: 500,
  optionMaxChars: 100,
  minQuestions: 1,
  maxQuestions: 30,
  minOptions: 2,
  maxOptions: 6,
  minSeconds: 10,
  maxSeconds: 600,
} as const;

export interface QuizPostInput {
  definition: QuizDefinition;
  link: string;
  /** IANA zone the window is shown in. */
  timeZone: string;
}

export interface ResultsCommentInput {
  definition: QuizDefinition;
  key: AnswerKey;
  privateKeyJwk: JsonWebKey;
  /** Best first; cut from the end to fit QUIZ_LIST_MAX_CHARS. */
  top: readonly QuizResult[];
  /** User id → display name; a missing name shows as "id<n>". */
  names: ReadonlyMap<number, string>;
  link: string;
}

export interface PublishedResultEntry {
  userId: number;
  correct: number;
  timeMs: number;
  place: number;
}

export interface ParsedResults {
  id: string;
  correct: AnswerKey;
  privateKeyJwk: JsonWebKey;
  top: PublishedResultEntry[];
}

export function quizLink(appId: number, groupId: number, id: string, postRef?: PostRef | null): string {
  const base = `https://vk.com/app${appId}_-${groupId}#/quiz/${id}`;
  return postRef ? `${base}/post/${postRef}` : base;
}

// ---- the key line (QZK1), in the quiz post ----

const PUBLIC_KEY = /^[A-Za-z0-9_-]{87}$/;

/** base64url of 65 bytes starting 0x04: the raw uncompressed P-256 point's spelling. */
export function isQuizPublicKey(s: unknown): s is string {
  if (typeof s !== 'string' || !PUBLIC_KEY.test(s)) return false;
  try {
    const raw = fromBase64Url(s);
    return raw.length === 65 && raw[0] === 0x04;
  } catch {
    return false;
  }
}

export function keyLine(id: string, publicKey: string): string {
  return `QZK1.${id}.${publicKey}`;
}

const QZK1 = /^QZK1\.([A-Za-z0-9_-]{8,16})\.([A-Za-z0-9_-]{87})$/;

/**
 * The QZK1 line of a post: a line that is exactly `QZK1.<id>.<key>` (the admin may add text after
 * it). Null when there is none, or when several lines disagree.
 */
export function parseKeyLine(text: string): { id: string; publicKey: string } | null {
  const found = new Set<string>();
  for (const line of splitLines(text)) if (QZK1.test(line)) found.add(line);
  if (found.size !== 1) return null;
  const match = QZK1.exec([...found][0]!)!;
  return isQuizPublicKey(match[2]) ? { id: match[1]!, publicKey: match[2] } : null;
}

const QUIZ_WORDS = /викторин/i;

/** A post that likely carries a quiz: its key line, the app's quiz link or the word. */
export function looksLikeQuizPost(text: string): boolean {
  return parseKeyLine(text) !== null || text.includes('#/quiz/') || QUIZ_WORDS.test(text);
}

/** The subscriber's entry comment: a human line above the sealed one. */
export function entryCommentText(sealedLine: string): string {
  return `Мои ответы на викторину (зашифрованы до подведения итогов):\n${sealedLine}`;
}

// ---- the quiz post ----

export function quizPostText(input: QuizPostInput): string {
  const { definition: d } = input;
  const lines = [`🧠 Викторина «${oneLine(d.title)}»`];
  if (d.prize.trim() !== '') lines.push(`Приз: ${oneLine(d.prize)}`);
  lines.push(
    `Вопросов: ${d.questions.length}, на каждый — ${d.secondsPerQuestion} с.`,
    `Ответы принимаем ${windowText(d.opensAt, d.closesAt, input.timeZone)}.`,
    '',
  );
  d.questions.forEach((question, i) => {
    lines.push(`Вопрос ${i + 1}. ${oneLine(question.text)}`);
    question.options.forEach((option, j) => lines.push(`${j + 1}) ${oneLine(option)}`));
    lines.push('');
  });
  lines.push(
    'Ответы принимаются в приложении: время на каждый вопрос ограничено, ответ уходит комментарием под этой записью в зашифрованном виде — до конца викторины его не прочитает никто, даже организаторы. После окончания опубликуем правильные ответы, ключ и итоги: проверить их сможет любой.',
    keyLine(d.id, d.publicKey),
    `Участвовать: ${input.link}`,
  );
  return lines.join('\n');
}

// ---- the results comment (QZR1) ----

/** The JWK's members that make the key, in a fixed order. */
function minimalJwk(jwk: JsonWebKey): JsonWebKey {
  return { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y, d: jwk.d };
}

function resultsText(input: ResultsCommentInput, top: readonly QuizResult[]): string {
  const { definition: d } = input;
  const total = d.questions.length;
  const lines = [`🏁 Итоги викторины «${oneLine(d.title, QUIZ_LIMITS.titleMaxChars)}»`];
  if (top.length === 0) lines.push('Правильно оформленных ответов нет.');
  for (const r of top)
    lines.push(
      `${r.place}. ${mentionOf(r.userId, input.names)} — ${r.correct} из ${total}, ${secondsText(r.timeMs)}`,
    );
  const answers = input.key.map((correct, i) => {
    const option = d.questions[i]?.options[correct];
    return `${i + 1}) ${option === undefined ? '—' : oneLine(option, 40)}`;
  });
  lines.push(
    `Правильные ответы: ${answers.join('; ')}`,
    `Ключ расшифровки опубликован ниже: любой может проверить итоги — ${input.link}`,
  );
  const payload = jsonPayload({
    correct: [...input.key],
    privateKeyJwk: minimalJwk(input.privateKeyJwk),
    top: top.map(({ userId, correct, timeMs, place }) => ({ userId, correct, timeMs, place })),
  });
  lines.push(`QZR1.${d.id}.${payload}`);
  return lines.join('\n');
}

/** The results comment with as many of `top` as fit in QUIZ_LIST_MAX_CHARS. */
export function resultsCommentText(input: ResultsCommentInput): string {
  let fits = 0;
  let hi = input.top.length;
  // The largest k whose text fits (k = 0 always does: titles and options are cut in the human part).
  while (fits < hi) {
    const mid = Math.ceil((fits + hi) / 2);
    if (resultsText(input, input.top.slice(0, mid)).length <= QUIZ_LIST_MAX_CHARS) fits = mid;
    else hi = mid - 1;
  }
  return resultsText(input, input.top.slice(0, fits));
}

/** A results comment passed over (Russian, for logs): its private key cannot open the quiz's entries. */
export const RESULTS_KEY_MISMATCH = 'Ключ расшифровки в итогах не подходит к ключу викторины';

const QZR1 = /^QZR1\.([A-Za-z0-9_-]{8,16})\.([A-Za-z0-9_-]+)$/;
const count = z.int().check(z.nonnegative());
const resultsSchema = z.object({
  correct: z.array(count),
  privateKeyJwk: z.object({
    kty: z.literal('EC'),
    crv: z.literal('P-256'),
    x: z.string(),
    y: z.string(),
    d: z.string(),
  }),
  top: z.array(
    z.object({
      userId: z.int().check(z.positive()),
      correct: count,
      timeMs: count,
      place: count.check(z.gte(1)),
    }),
  ),
});

export function parseResultsComment(text: string): ParsedResults | null {
  const match = QZR1.exec(lastLine(text));
  if (!match) return null;
  const parsed = resultsSchema.safeParse(parsePayload(match[2]!));
  if (!parsed.success) return null;
  const { correct, privateKeyJwk, top } = parsed.data;
  return { id: match[1]!, correct, privateKeyJwk, top };
}
