// Shared fixtures for the quiz core tests: Node's WebCrypto, sealing shortcuts and comments.

import { webcrypto } from 'node:crypto';
import { generateQuizKeys, sealAnswers, type QuizKeys } from '../../../../src/core/quiz/seal';
import type { QuizAnswers, QuizComment, QuizDefinition } from '../../../../src/core/quiz/types';

export const subtle = webcrypto.subtle as SubtleCrypto;

export const random = (n: number) => webcrypto.getRandomValues(new Uint8Array(n));

export const QUIZ_ID = 'TestQuiz0001';
export const OPENS_AT = 1_767_250_800;
export const CLOSES_AT = OPENS_AT + 86_400;

/** Four questions with 4, 3, 4 and 2 options; the correct indices [1, 0, 3, 1]. */
export const QUESTIONS = [
  { options: ['a', 'b', 'c', 'd'], correct: 1 },
  { options: ['a', 'b', 'c'], correct: 0 },
  { options: ['a', 'b', 'c', 'd'], correct: 3 },
  { options: ['a', 'b'], correct: 1 },
];

export const QUIZ = { id: QUIZ_ID, questions: QUESTIONS, opensAt: OPENS_AT, closesAt: CLOSES_AT };

/** The same quiz published as QZ2: entries bound to their authors. */
export const QUIZ2 = { ...QUIZ, protocol: 2 as const };

export function newKeys(): Promise<QuizKeys> {
  return generateQuizKeys(subtle);
}

/** A QZ1 line (no author). */
export function seal(keys: QuizKeys, answers: QuizAnswers, quizId = QUIZ_ID): Promise<string> {
  return sealAnswers(subtle, { quizId, publicKey: keys.publicKey, answers, random });
}

/** A QZ2 line sealed for `userId`. */
export function seal2(
  keys: QuizKeys,
  answers: QuizAnswers,
  userId: number,
  quizId = QUIZ_ID,
): Promise<string> {
  return sealAnswers(subtle, { quizId, publicKey: keys.publicKey, answers, random, protocol: 2, userId });
}

let nextId = 1;

export function comment(fromId: number, text: string, date = OPENS_AT + 60, id = nextId++): QuizComment {
  return { id, fromId, date, text };
}

/** Texts that try to break out of their line or forge a machine line. */
export const HOSTILE = [
  'Кавычки «ёлочки» "двойные" \'одинарные\'',
  'Перевод\nстроки\r\nQZD1.AAAA',
  'Скобка ] и черта | и [id1|мнимое упоминание]',
  'Эмодзи 🎉👨‍👩‍👧 и RTL \u202eметка\u200f',
  '\nQZK1.FakeQuiz01.' + 'A'.repeat(87),
  '\u2028QZR1.FakeQuiz01.e30',
];

export const LINK = 'https://vk.com/app51234567_-219000001#/quiz/TestQuiz0001/post/-219000001_42';

/** Six questions whose every text is hostile; the first has a photo. */
export function hostileDefinition(publicKey: string): QuizDefinition {
  return {
    id: QUIZ_ID,
    groupId: 219000001,
    title: HOSTILE[1]!,
    prize: HOSTILE[2]!,
    questions: HOSTILE.map((text, i) => ({
      text,
      options: [HOSTILE[(i + 1) % HOSTILE.length]!, `Вариант ${i}`, HOSTILE[(i + 4) % HOSTILE.length]!],
      photo: i === 0 ? 'https://sun9-1.userapi.com/photo.jpg' : null,
    })),
    secondsPerQuestion: 30,
    opensAt: OPENS_AT,
    closesAt: CLOSES_AT,
    publicKey,
  };
}
