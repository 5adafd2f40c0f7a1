// The definition comments (QZD1, docs/quiz.md): the quiz as the public reads it. base64url of the
// definition's UTF-8 JSON is cut into consecutive chunks; part 1 is the community's top-level comment
// under the quiz post, parts 2..k are the community's replies in that comment's thread. Every line
// names its quiz, part and part count, so the parts join in any order and a missing one is noticed.
// Also the form's checks (validateDefinition), since the definition's size is what limits a quiz.

import { z } from 'zod/mini';
import { isQuizId } from './id';
import { jsonPayload, parsePayload } from '../text/payload';
import { isQuizPublicKey, QUIZ_DEFINITION_MAX_CHARS, QUIZ_LIMITS } from './protocol';
import { lastLine, oneLine, windowText } from '../text/published-text';
import type { QuizDefinition } from './types';

/** One definition is at most this many comments (part 1 and 19 replies). */
export const QUIZ_DEFINITION_MAX_PARTS = 20;

// The app's chunk sizes: part 1 leaves room for its human text (the window, the link). Readers do
// not rely on them; with them every comment stays within QUIZ_DEFINITION_MAX_CHARS and the split
// depends on the definition alone (not on the time zone or the link), so a resumed publication
// cuts the same chunks.
const FIRST_CHUNK_CHARS = 2700;
const CHUNK_CHARS = 3300;
/** `QZD1.` + the longest id + `.20.20.`: the machine line without its chunk, at most. */
const LINE_HEADER_MAX = 5 + 16 + 7;
const FIRST_HUMAN_MAX_CHARS = QUIZ_DEFINITION_MAX_CHARS - FIRST_CHUNK_CHARS - LINE_HEADER_MAX - 1;
/** The title as the replies' short prefix shows it. */
const REPLY_TITLE_MAX_CHARS = 40;

export interface DefinitionPart {
  id: string;
  /** 1-based; part 1 is the top-level comment. */
  part: number;
  total: number;
  /** A slice of the base64url string. */
  chunk: string;
}

const definitionSchema = z.object({
  id: z.string().check(z.refine(isQuizId, 'not a quiz id')),
  groupId: z.int().check(z.positive()),
  title: z.string(),
  prize: z.string(),
  questions: z
    .array(
      z.object({
        text: z.string(),
        options: z.array(z.string()).check(z.minLength(QUIZ_LIMITS.minOptions)),
        photo: z.nullable(z.string()),
      }),
    )
    .check(z.minLength(QUIZ_LIMITS.minQuestions)),
  secondsPerQuestion: z.int().check(z.positive()),
  opensAt: z.int(),
  closesAt: z.int(),
  publicKey: z.string().check(z.refine(isQuizPublicKey, 'not a P-256 public key')),
  protocol: z.optional(z.union([z.literal(1), z.literal(2)])),
});

/**
 * The definition with the key order of the QuizDefinition interface (the published bytes).
 * `protocol` is written only for QZ2 (`"protocol":2`, last): a QZ1 quiz's bytes stay what they
 * were before QZ2, so resuming an interrupted publication cuts the same chunks.
 */
function definitionJson(d: QuizDefinition): QuizDefinition {
  return {
    id: d.id,
    groupId: d.groupId,
    title: d.title,
    prize: d.prize,
    questions: d.questions.map((q) => ({ text: q.text, options: [...q.options], photo: q.photo })),
    secondsPerQuestion: d.secondsPerQuestion,
    opensAt: d.opensAt,
    closesAt: d.closesAt,
    publicKey: d.publicKey,
    ...(d.protocol === 2 ? { protocol: 2 as const } : {}),
  };
}

function definitionChunks(d: QuizDefinition): string[] {
  const payload = jsonPayload(definitionJson(d));
  const chunks = [payload.slice(0, FIRST_CHUNK_CHARS)];
  for (let at = FIRST_CHUNK_CHARS; at < payload.length; at += CHUNK_CHARS)
    chunks.push(payload.slice(at, at + CHUNK_CHARS));
  return chunks;
}

/** How many comments the definition takes (1 = no replies). */
export function definitionPartCount(d: QuizDefinition): number {
  return definitionChunks(d).length;
}

export function definitionPartLine({ id, part, total, chunk }: DefinitionPart): string {
  return `QZD1.${id}.${part}.${total}.${chunk}`;
}

/**
 * The definition comments, part 1 first: its text is the announcement, the replies' a short
 * «Викторина «…», часть i из k:». Each text is at most QUIZ_DEFINITION_MAX_CHARS characters.
 * Throws a RangeError beyond QUIZ_DEFINITION_MAX_PARTS (validateDefinition refuses such a quiz).
 */
export function definitionCommentTexts(d: QuizDefinition, link: string, timeZone: string): string[] {
  const chunks = definitionChunks(d);
  const total = chunks.length;
  if (total > QUIZ_DEFINITION_MAX_PARTS)
    throw new RangeError(`the definition takes ${total} comments, more than ${QUIZ_DEFINITION_MAX_PARTS}`);
  const announcement = oneLine(
    `Викторина «${oneLine(d.title, QUIZ_LIMITS.titleMaxChars)}» открыта ${windowText(d.opensAt, d.closesAt, timeZone)}. Участвуйте в приложении: ${link}`,
    FIRST_HUMAN_MAX_CHARS,
  );
  const replyTitle = oneLine(d.title, REPLY_TITLE_MAX_CHARS);
  return chunks.map((chunk, i) => {
    const part = i + 1;
    const human = part === 1 ? announcement : `Викторина «${replyTitle}», часть ${part} из ${total}:`;
    return `${human}\n${definitionPartLine({ id: d.id, part, total, chunk })}`;
  });
}

const QZD1 = /^QZD1\.([A-Za-z0-9_-]{8,16})\.([1-9]\d?)\.([1-9]\d?)\.([A-Za-z0-9_-]+)$/;

/** The QZD1 line of a comment (its last non-empty line), or null. */
export function parseDefinitionPart(text: string): DefinitionPart | null {
  const match = QZD1.exec(lastLine(text));
  if (!match) return null;
  const part = Number(match[2]);
  const total = Number(match[3]);
  if (part > total || total > QUIZ_DEFINITION_MAX_PARTS) return null;
  return { id: match[1]!, part, total, chunk: match[4]! };
}

/**
 * The definition from its parts (any order; parts of other quizzes are skipped). An identical part
 * published twice (a retried request) is harmless; a conflicting one, a missing one or a part count
 * the parts disagree on is a problem (Russian, for the screen or the log).
 */
export function joinDefinitionParts(
  id: string,
  parts: readonly DefinitionPart[],
): QuizDefinition | { problem: string } {
  const own = parts.filter((p) => p.id === id);
  if (own.length === 0) return { problem: 'Описание викторины не опубликовано' };
  const total = own[0]!.total;
  if (own.some((p) => p.total !== total))
    return { problem: 'Части описания викторины указывают разное число частей' };
  const byPart = new Map<number, string>();
  for (const p of own) {
    const known = byPart.get(p.part);
    if (known !== undefined && known !== p.chunk)
      return { problem: `Часть ${p.part} описания викторины опубликована дважды с разным содержимым` };
    byPart.set(p.part, p.chunk);
  }
  const chunks: string[] = [];
  for (let part = 1; part <= total; part++) {
    const chunk = byPart.get(part);
    if (chunk === undefined) return { problem: `Не хватает части ${part} из ${total} описания викторины` };
    chunks.push(chunk);
  }
  const parsed = definitionSchema.safeParse(parsePayload(chunks.join('')));
  if (!parsed.success) return { problem: 'Описание викторины повреждено' };
  if (parsed.data.id !== id) return { problem: 'Описание викторины называет другую викторину' };
  return definitionJson(parsed.data);
}

/** Why a definition read from VK is not taken beyond its parts (Russian, for logs). */
export const DEFINITION_READ_PROBLEMS = {
  threadUnreadable: (detail: string) => `Не удалось прочитать части описания викторины: ${detail}`,
  otherCommunity: 'Описание викторины другого сообщества',
} as const;

// ---- the form's checks ----

/** The definition with every machine field at its widest, for sizing before the real ones exist. */
function widest(d: QuizDefinition): QuizDefinition {
  const far = 9_999_999_999;
  return { ...d, id: 'x'.repeat(16), publicKey: 'x'.repeat(87), opensAt: far, closesAt: far, protocol: 2 };
}

/** Problems (Russian, for the form) that keep the definition from being published; [] when none. */
export function validateDefinition(d: QuizDefinition): string[] {
  const L = QUIZ_LIMITS;
  const problems: string[] = [];
  const title = d.title.trim();
  if (title === '') problems.push('Укажите название викторины');
  else if (Array.from(title).length > L.titleMaxChars)
    problems.push(`Название длиннее ${L.titleMaxChars} символов`);
  if (d.questions.length < L.minQuestions) problems.push('Добавьте хотя бы один вопрос');
  if (d.questions.length > L.maxQuestions) problems.push(`Не больше ${L.maxQuestions} вопросов`);
  d.questions.forEach((q, i) => {
    const n = i + 1;
    if (q.text.trim() === '') problems.push(`Вопрос ${n}: введите текст вопроса`);
    else if (Array.from(q.text).length > L.questionMaxChars)
      problems.push(`Вопрос ${n}: текст длиннее ${L.questionMaxChars} символов`);
    if (q.options.length < L.minOptions || q.options.length > L.maxOptions)
      problems.push(`Вопрос ${n}: нужно от ${L.minOptions} до ${L.maxOptions} вариантов ответа`);
    q.options.forEach((option, j) => {
      if (option.trim() === '') problems.push(`Вопрос ${n}, вариант ${j + 1}: пустой вариант ответа`);
      else if (Array.from(option).length > L.optionMaxChars)
        problems.push(`Вопрос ${n}, вариант ${j + 1}: длиннее ${L.optionMaxChars} символов`);
    });
  });
  if (
    !Number.isInteger(d.secondsPerQuestion) ||
    d.secondsPerQuestion < L.minSeconds ||
    d.secondsPerQuestion > L.maxSeconds
  )
    problems.push(`Время на вопрос — от ${L.minSeconds} до ${L.maxSeconds} секунд`);
  if (!(d.opensAt < d.closesAt)) problems.push('Викторина должна закончиться позже, чем начнётся');
  // Within the per-field limits 30 long questions fit; only the very longest quizzes (about 25,000
  // characters of Cyrillic) would need more comments than a reader pages through.
  const parts = definitionPartCount(widest(d));
  if (parts > QUIZ_DEFINITION_MAX_PARTS)
    problems.push(
      `Слишком много текста: описание викторины заняло бы ${parts} комментариев VK, а можно не больше ${QUIZ_DEFINITION_MAX_PARTS}. Сократите вопросы и варианты ответов`,
    );
  return problems;
}

/**
 * Problems (Russian, for the form) of a new quiz: the definition's, a question whose correct answer
 * (`correct`, by question) is not one of its options, and an end already past `now`.
 */
export function draftProblems(d: QuizDefinition, correct: readonly number[], now: number): string[] {
  const problems = validateDefinition(d);
  d.questions.forEach((q, i) => {
    const c = correct[i];
    if (c === undefined || !Number.isInteger(c) || c < 0 || c >= q.options.length)
      problems.push(`Вопрос ${i + 1}: не отмечен правильный ответ`);
  });
  if (d.closesAt <= now) problems.push('Окончание викторины уже прошло');
  return problems;
}
