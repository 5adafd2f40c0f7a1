// Scoring: the first valid entry per user, the window, rejections with reasons, order and places.

import { beforeAll, describe, expect, it } from 'vitest';
import { placesOf } from '../../../../src/core/places';
import { checkAnswers, scoreOwnAnswers, scoreQuiz } from '../../../../src/core/quiz/score';
import type { QuizKeys } from '../../../../src/core/quiz/seal';
import type { QuizAnswers, QuizComment } from '../../../../src/core/quiz/types';
import { CLOSES_AT, comment, newKeys, OPENS_AT, QUIZ, seal, subtle } from './helpers';

// QUESTIONS' correct indices are [1, 0, 3, 1].
const ALL_RIGHT = (t = [1000, 1000, 1000, 1000]): QuizAnswers => ({ a: [1, 0, 3, 1], t });
const THREE_RIGHT = (t = [1000, 1000, 1000, 1000]): QuizAnswers => ({ a: [1, 0, 3, 0], t });

let keys: QuizKeys;
let other: QuizKeys;
beforeAll(async () => {
  [keys, other] = await Promise.all([newKeys(), newKeys()]);
});

const score = (comments: QuizComment[]) =>
  scoreQuiz(subtle, { quiz: QUIZ, privateKeyJwk: keys.privateKeyJwk, comments });

// The comment id is taken before sealing, so ids follow the call order whatever finishes first.
const entry = (fromId: number, answers: QuizAnswers, date = OPENS_AT + 60, id?: number) => {
  const placeholder = comment(fromId, '', date, id);
  return seal(keys, answers).then((line) => ({ ...placeholder, text: `Мой ответ: ${line}` }));
};

const brief = (results: { userId: number; correct: number; timeMs: number; place: number }[]) =>
  results.map(({ userId, correct, timeMs, place }) => ({ userId, correct, timeMs, place }));

describe('scoreOwnAnswers and checkAnswers', () => {
  it('counts correct answers (unanswered never counts) and sums the time', () => {
    expect(scoreOwnAnswers({ a: [1, -1, 3, 0], t: [10, 20, 30, 40] }, [1, 0, 3, 1])).toEqual({
      correct: 2,
      timeMs: 100,
    });
  });

  it.each([
    ['valid', { a: [1, -1, 3, 1], t: [0, 5, 6, 7] }, true],
    ['extra members are ignored', { a: [1, -1, 3, 1], t: [0, 5, 6, 7], v: 2 }, true],
    ['a too short', { a: [1, -1, 3], t: [0, 5, 6, 7] }, false],
    ['t too long', { a: [1, -1, 3, 1], t: [0, 5, 6, 7, 8] }, false],
    ['an index past the options', { a: [1, 3, 3, 1], t: [0, 5, 6, 7] }, false],
    ['an index below -1', { a: [1, -2, 3, 1], t: [0, 5, 6, 7] }, false],
    ['a fractional index', { a: [1, 0.5, 3, 1], t: [0, 5, 6, 7] }, false],
    ['a negative time', { a: [1, 0, 3, 1], t: [0, -5, 6, 7] }, false],
    ['a fractional time', { a: [1, 0, 3, 1], t: [0, 5.5, 6, 7] }, false],
    ['a string time', { a: [1, 0, 3, 1], t: [0, '5', 6, 7] }, false],
    ['no t', { a: [1, 0, 3, 1] }, false],
    ['an array', [[1, 0, 3, 1]], false],
    ['null', null, false],
  ])('%s', (_name, value, ok) => {
    const checked = checkAnswers(value, [4, 3, 4, 2]);
    expect(checked !== null).toBe(ok);
  });

  it('places equal neighbours together and skips after them', () => {
    expect(placesOf([5, 4, 4, 3, 3, 3, 1], (a, b) => a === b)).toEqual([1, 2, 2, 4, 4, 4, 7]);
    expect(placesOf([], () => true)).toEqual([]);
  });
});

describe('scoreQuiz', () => {
  it('orders by correct answers, then total time, then comment date; equals share a place', async () => {
    const comments = await Promise.all([
      entry(11, THREE_RIGHT([500, 500, 500, 500]), OPENS_AT + 10),
      entry(12, ALL_RIGHT([2000, 2000, 2000, 2000]), OPENS_AT + 50),
      entry(13, ALL_RIGHT([1000, 1000, 1000, 1000]), OPENS_AT + 40),
      entry(14, ALL_RIGHT([500, 1500, 1000, 1000]), OPENS_AT + 40),
      entry(15, ALL_RIGHT([1000, 1000, 1000, 1000]), OPENS_AT + 45),
    ]);
    const result = await score(comments);
    expect(result.rejected).toEqual([]);
    expect(brief(result.results)).toEqual([
      { userId: 13, correct: 4, timeMs: 4000, place: 1 },
      { userId: 14, correct: 4, timeMs: 4000, place: 1 },
      { userId: 15, correct: 4, timeMs: 4000, place: 3 },
      { userId: 12, correct: 4, timeMs: 8000, place: 4 },
      { userId: 11, correct: 3, timeMs: 2000, place: 5 },
    ]);
  });

  it('gives 1, 2, 2, 4', async () => {
    const date = OPENS_AT + 100;
    const comments = await Promise.all([
      entry(21, ALL_RIGHT(), date),
      entry(22, THREE_RIGHT(), date),
      entry(23, THREE_RIGHT(), date),
      entry(24, THREE_RIGHT([1000, 1000, 1000, 1001]), date),
    ]);
    const result = await score(comments);
    expect(result.results.map((r) => [r.userId, r.place])).toEqual([
      [21, 1],
      [22, 2],
      [23, 2],
      [24, 4],
    ]);
    expect(result.results[0]).toMatchObject({ commentId: comments[0]!.id, date });
  });

  it('keeps each user’s first valid entry and rejects the later ones', async () => {
    const first = await entry(31, THREE_RIGHT(), OPENS_AT + 100);
    const second = await entry(31, ALL_RIGHT(), OPENS_AT + 200);
    const third = comment(31, 'QZ1.broken', OPENS_AT + 300);
    // Listed out of order: the comment date decides, not the list order.
    const result = await score([third, second, first]);
    expect(brief(result.results)).toEqual([{ userId: 31, correct: 3, timeMs: 4000, place: 1 }]);
    expect(result.rejected).toEqual([
      { commentId: second.id, reason: 'second entry of this user' },
      // The line is judged before the user's history (docs/quiz.md, "Scoring", step 2).
      { commentId: third.id, reason: 'malformed line' },
    ]);
  });

  it('breaks a same-second tie between two entries of one user by comment id', async () => {
    const a = await entry(32, THREE_RIGHT(), OPENS_AT + 5, 900);
    const b = await entry(32, ALL_RIGHT(), OPENS_AT + 5, 899);
    const result = await score([a, b]);
    expect(result.results[0]).toMatchObject({ commentId: 899, correct: 4 });
    expect(result.rejected).toEqual([{ commentId: 900, reason: 'second entry of this user' }]);
  });

  it('lets a user whose first comment was broken enter with a later valid one', async () => {
    const broken = comment(33, 'QZ1.TestQuiz0001.oops', OPENS_AT + 1);
    const undecryptable = comment(33, await seal(other, ALL_RIGHT()), OPENS_AT + 2);
    const good = await entry(33, THREE_RIGHT(), OPENS_AT + 3);
    const result = await score([broken, undecryptable, good]);
    expect(brief(result.results)).toEqual([{ userId: 33, correct: 3, timeMs: 4000, place: 1 }]);
    expect(result.rejected).toEqual([
      { commentId: broken.id, reason: 'malformed line' },
      { commentId: undecryptable.id, reason: 'cannot decrypt' },
    ]);
  });

  it('accepts both window edges and rejects a second outside them', async () => {
    const comments = await Promise.all([
      entry(41, ALL_RIGHT(), OPENS_AT - 1),
      entry(42, ALL_RIGHT(), OPENS_AT),
      entry(43, ALL_RIGHT(), CLOSES_AT),
      entry(44, ALL_RIGHT(), CLOSES_AT + 1),
    ]);
    const result = await score(comments);
    expect(result.results.map((r) => r.userId)).toEqual([42, 43]);
    expect(result.rejected).toEqual([
      { commentId: comments[0]!.id, reason: 'outside the quiz window' },
      { commentId: comments[3]!.id, reason: 'outside the quiz window' },
    ]);
  });

  it('ignores communities and ordinary comments, and counts a listed-twice comment once', async () => {
    const fromPage = await entry(-200, ALL_RIGHT());
    const fromOtherPage = await entry(-300, ALL_RIGHT());
    const chat = comment(51, 'Какой интересный вопрос про QZ1!');
    const good = await entry(52, ALL_RIGHT());
    const result = await score([fromPage, fromOtherPage, chat, good, { ...good }]);
    expect(result.results.map((r) => r.userId)).toEqual([52]);
    expect(result.rejected).toEqual([]);
  });

  it('rejects another quiz’s entries, malformed answers and garbage with their reasons', async () => {
    const otherQuiz = comment(61, await seal(keys, ALL_RIGHT(), 'AnotherQuiz1'), OPENS_AT + 1);
    const short = await entry(62, { a: [1, 0, 3], t: [1, 2, 3] }, OPENS_AT + 2);
    const outOfRange = await entry(63, { a: [1, 0, 4, 1], t: [1, 2, 3, 4] }, OPENS_AT + 3);
    const negative = await entry(64, { a: [1, 0, 3, 1], t: [1, -2, 3, 4] }, OPENS_AT + 4);
    const malformed = comment(65, 'ответ QZ1.TestQuiz0001.AAAA.BBBB.CCCC', OPENS_AT + 5);
    const result = await score([otherQuiz, short, outOfRange, negative, malformed]);
    expect(result.results).toEqual([]);
    expect(result.rejected).toEqual([
      { commentId: otherQuiz.id, reason: 'another quiz (id AnotherQuiz1)' },
      { commentId: short.id, reason: 'malformed answers' },
      { commentId: outOfRange.id, reason: 'malformed answers' },
      { commentId: negative.id, reason: 'malformed answers' },
      { commentId: malformed.id, reason: 'malformed line' },
    ]);
  });

  it('scores nobody from no comments', async () => {
    expect(await score([])).toEqual({ results: [], rejected: [] });
  });
});
