// Scoring: the first valid entry per user, the window, rejections with reasons, order and places.

import { beforeAll, describe, expect, it } from 'vitest';
import { placesOf } from '../../../../src/core/places';
import { checkAnswers, scoreOwnAnswers, scoreQuiz } from '../../../../src/core/quiz/score';
import type { QuizKeys } from '../../../../src/core/quiz/seal';
import type { QuizAnswers, QuizComment } from '../../../../src/core/quiz/types';
import { CLOSES_AT, comment, newKeys, OPENS_AT, QUIZ, QUIZ2, seal, seal2, subtle } from './helpers';

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

describe('scoreQuiz, QZ2: entries bound to their author', () => {
  const score2 = (comments: QuizComment[]) =>
    scoreQuiz(subtle, { quiz: QUIZ2, privateKeyJwk: keys.privateKeyJwk, comments });
  // Sealed for `sealedFor`, posted by `fromId` (the same user unless copied).
  const entry2 = (fromId: number, answers: QuizAnswers, date = OPENS_AT + 60, sealedFor = fromId) => {
    const placeholder = comment(fromId, '', date);
    return seal2(keys, answers, sealedFor).then((line) => ({ ...placeholder, text: `Мой ответ: ${line}` }));
  };

  it('scores each entry under the user it was sealed for', async () => {
    const comments = [
      await entry2(71, ALL_RIGHT(), OPENS_AT + 10),
      await entry2(72, THREE_RIGHT(), OPENS_AT + 20),
    ];
    const result = await score2(comments);
    expect(result.rejected).toEqual([]);
    expect(brief(result.results)).toEqual([
      { userId: 71, correct: 4, timeMs: 4000, place: 1 },
      { userId: 72, correct: 3, timeMs: 4000, place: 2 },
    ]);
  });

  it('rejects a line copied verbatim into another user’s comment, naming whose entry it is', async () => {
    const original = await entry2(81, ALL_RIGHT(), OPENS_AT + 10);
    // The copier takes the whole comment, and again the bare line inside other words.
    const copy = comment(82, original.text, OPENS_AT + 20);
    const line = original.text.replace('Мой ответ: ', '');
    const copyAgain = comment(83, `Тоже так думаю: ${line} !`, OPENS_AT + 30);
    const result = await score2([copyAgain, copy, original]);
    expect(brief(result.results)).toEqual([{ userId: 81, correct: 4, timeMs: 4000, place: 1 }]);
    expect(result.rejected).toEqual([
      { commentId: copy.id, reason: "another user's entry (id 81)" },
      { commentId: copyAgain.id, reason: "another user's entry (id 81)" },
    ]);
  });

  it('rejects a copy whose original comment is gone as undecryptable', async () => {
    const copy = await entry2(84, ALL_RIGHT(), OPENS_AT + 10, 85);
    const result = await score2([copy]);
    expect(result.results).toEqual([]);
    expect(result.rejected).toEqual([{ commentId: copy.id, reason: 'cannot decrypt' }]);
  });

  it('names the author of a copied line even when their own entry did not count', async () => {
    const late = await entry2(86, ALL_RIGHT(), CLOSES_AT + 5);
    const copy = comment(87, late.text, OPENS_AT + 100);
    const result = await score2([late, copy]);
    expect(result.results).toEqual([]);
    expect(result.rejected).toEqual([
      { commentId: copy.id, reason: "another user's entry (id 86)" },
      { commentId: late.id, reason: 'outside the quiz window' },
    ]);
  });

  it('opens each copy once: many copies of one line cost one decryption each', async () => {
    const original = await entry2(100, ALL_RIGHT(), OPENS_AT + 1);
    const copies = Array.from({ length: 300 }, (_, i) => comment(1000 + i, original.text, OPENS_AT + 2 + i));
    let decrypts = 0;
    const counting = new Proxy(subtle, {
      get(target, prop) {
        const value = Reflect.get(target, prop) as (...args: unknown[]) => unknown;
        if (prop !== 'decrypt') return typeof value === 'function' ? value.bind(target) : value;
        return (...args: unknown[]) => {
          decrypts++;
          return value.apply(target, args);
        };
      },
    });
    const result = await scoreQuiz(counting, {
      quiz: QUIZ2,
      privateKeyJwk: keys.privateKeyJwk,
      comments: [...copies].reverse().concat(original),
    });
    expect(result.results.map((r) => r.userId)).toEqual([100]);
    expect(result.rejected).toHaveLength(300);
    expect(new Set(result.rejected.map((r) => r.reason))).toEqual(new Set(["another user's entry (id 100)"]));
    expect(decrypts).toBe(301);
  });

  it('does not use up the copier’s chance: their own later entry counts', async () => {
    const original = await entry2(88, ALL_RIGHT(), OPENS_AT + 10);
    const copy = comment(89, original.text, OPENS_AT + 20);
    const own = await entry2(89, THREE_RIGHT([900, 900, 900, 900]), OPENS_AT + 30);
    const result = await score2([original, copy, own]);
    expect(brief(result.results)).toEqual([
      { userId: 88, correct: 4, timeMs: 4000, place: 1 },
      { userId: 89, correct: 3, timeMs: 3600, place: 2 },
    ]);
    expect(result.rejected).toEqual([{ commentId: copy.id, reason: "another user's entry (id 88)" }]);
  });

  it('rejects a QZ1 line as unbound, however valid, and lets its poster enter with a QZ2 one', async () => {
    const unbound = comment(91, `Мой ответ: ${await seal(keys, ALL_RIGHT())}`, OPENS_AT + 10);
    const unboundElsewhere = comment(92, await seal(keys, ALL_RIGHT(), 'AnotherQuiz1'), OPENS_AT + 11);
    const malformed = comment(93, 'QZ1.TestQuiz0001.AAAA', OPENS_AT + 12);
    const bound = await entry2(91, THREE_RIGHT(), OPENS_AT + 20);
    const result = await score2([unbound, unboundElsewhere, malformed, bound]);
    expect(brief(result.results)).toEqual([{ userId: 91, correct: 3, timeMs: 4000, place: 1 }]);
    expect(result.rejected).toEqual([
      { commentId: unbound.id, reason: 'unbound line (QZ1)' },
      { commentId: unboundElsewhere.id, reason: 'unbound line (QZ1)' },
      { commentId: malformed.id, reason: 'malformed line' },
    ]);
  });

  it('keeps the QZ1 rules in a QZ2 quiz: window, second entry, malformed answers', async () => {
    const first = await entry2(94, ALL_RIGHT(), OPENS_AT + 10);
    const second = await entry2(94, ALL_RIGHT(), OPENS_AT + 20);
    const late = await entry2(95, ALL_RIGHT(), CLOSES_AT + 1);
    const short = await entry2(96, { a: [1, 0, 3], t: [1, 2, 3] }, OPENS_AT + 30);
    const result = await score2([first, second, late, short]);
    expect(result.results.map((r) => r.userId)).toEqual([94]);
    expect(result.rejected).toEqual([
      { commentId: second.id, reason: 'second entry of this user' },
      { commentId: short.id, reason: 'malformed answers' },
      { commentId: late.id, reason: 'outside the quiz window' },
    ]);
  });

  it('leaves a QZ1 quiz as it was: QZ2 lines are not its entries, copies of QZ1 lines still count', async () => {
    const qz1 = await entry(97, ALL_RIGHT(), OPENS_AT + 10);
    const copied = comment(98, qz1.text, OPENS_AT + 20);
    const qz2 = await entry2(99, ALL_RIGHT(), OPENS_AT + 30);
    const result = await score([qz1, copied, qz2]);
    // The weakness QZ2 closes: under QZ1 the copier scores with the original's answers.
    expect(brief(result.results)).toEqual([
      { userId: 97, correct: 4, timeMs: 4000, place: 1 },
      { userId: 98, correct: 4, timeMs: 4000, place: 2 },
    ]);
    expect(result.rejected).toEqual([]);
  });
});
