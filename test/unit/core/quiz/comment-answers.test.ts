// The classic quiz in comments: normalisation, the first correct answer, series standings, texts.

import { describe, expect, it } from 'vitest';
import {
  commentQuizResultText,
  normalizeAnswer,
  seriesResultText,
  seriesStandings,
  winnerOf,
} from '../../../../src/core/quiz/comment-answers';
import type { CommentQuestion, CommentQuestionWinner } from '../../../../src/core/quiz/types';
import { comment } from './helpers';

const GROUP = 219000001;
const QUESTION: CommentQuestion = { postRef: '-219000001_7', answers: ['Санкт-Петербург', 'Питер'] };

describe('normalizeAnswer', () => {
  it.each([
    ['МОСКВА', 'москва'],
    ['Ёлка', 'елка'],
    ['  много   пробелов\tи\nстрок  ', 'много пробелов и строк'],
    ['Москва!!!', 'москва'],
    ['«Война и мир»', 'война и мир'],
    ['„Война и мир“', 'война и мир'],
    ['"Война" \'и\' `мир`', 'война и мир'],
    ['Д’Артаньян', 'д артаньян'],
    ['Санкт-Петербург', 'санкт петербург'],
    ['[id1|Иван], Москва', 'москва'],
    ['[id1:bp-219000001_7_55|Иван]: Москва.', 'москва'],
    ['[club219000001|Пульс], Москва', 'москва'],
    ['Москва, правда?', 'москва правда'],
    ['ＭＯＳＫＶＡ', 'moskva'],
  ])('%j → %j', (text, expected) => {
    expect(normalizeAnswer(text)).toBe(expected);
  });
});

describe('winnerOf', () => {
  it('gives the question to the first correct comment by date, then id', () => {
    const comments = [
      comment(5, 'Москва', 100, 1),
      comment(6, 'питер!', 120, 3),
      comment(7, '[id5|Вася], Санкт Петербург', 120, 2),
      comment(8, 'не Санкт-Петербург', 90, 4),
    ];
    expect(winnerOf(QUESTION, comments, GROUP, new Set())).toEqual({
      postRef: QUESTION.postRef,
      userId: 7,
      commentId: 2,
      date: 120,
    });
  });

  it('does not count containment: "не москва" is not "москва"', () => {
    const question: CommentQuestion = { postRef: '-1_1', answers: ['Москва'] };
    const comments = [comment(5, 'не москва', 1), comment(6, 'Москва или Питер', 2), comment(7, 'москва', 3)];
    expect(winnerOf(question, comments, GROUP, new Set()).userId).toBe(7);
  });

  it('skips the page, other communities and inactive accounts', () => {
    const comments = [
      comment(-GROUP, 'Питер', 1),
      comment(-5, 'Питер', 2),
      comment(9, 'Питер', 3),
      comment(10, 'Питер', 4),
    ];
    expect(winnerOf(QUESTION, comments, GROUP, new Set([9])).userId).toBe(10);
  });

  it('has no winner when nobody is right, and an empty accepted answer never matches', () => {
    const question: CommentQuestion = { postRef: '-1_1', answers: ['!!!'] };
    expect(winnerOf(question, [comment(5, '', 1), comment(6, '?', 2)], GROUP, new Set())).toEqual({
      postRef: '-1_1',
      userId: null,
      commentId: null,
      date: null,
    });
  });
});

describe('series', () => {
  const won = (userId: number | null): CommentQuestionWinner => ({
    postRef: '-1_1',
    userId,
    commentId: userId,
    date: userId,
  });

  it('counts wins and shares places on ties', () => {
    const standings = seriesStandings([won(5), won(6), won(5), won(7), won(null), won(6), won(8), won(5)]);
    expect(standings).toEqual([
      { userId: 5, wins: 3, place: 1 },
      { userId: 6, wins: 2, place: 2 },
      { userId: 7, wins: 1, place: 3 },
      { userId: 8, wins: 1, place: 3 },
    ]);
    expect(seriesStandings([won(1), won(2), won(2), won(3), won(3), won(4)]).map((s) => s.place)).toEqual([
      1, 1, 3, 3,
    ]);
  });

  it('writes the per-question result with a safe mention', () => {
    const names = new Map([[7, 'Анна ] [id1|x']]);
    expect(commentQuizResultText({ answer: 'Санкт-Петербург', winner: won(7), names })).toBe(
      'Правильный ответ: Санкт-Петербург. Первым ответил(а) [id7|Анна    id1 x] — поздравляем!',
    );
    expect(commentQuizResultText({ answer: 'Питер', winner: won(null), names })).toBe(
      'Правильный ответ: Питер. Правильных ответов не было.',
    );
  });

  it('writes the leaderboard, cut to one comment', () => {
    const standings = seriesStandings(Array.from({ length: 500 }, (_, i) => won(100_000_000 + i)));
    const text = seriesResultText({ title: 'Знатоки', standings, questionsCount: 500, names: new Map() });
    expect(text.length).toBeLessThanOrEqual(3500);
    expect(text.split('\n')[0]).toBe('🏆 Таблица лидеров: «Знатоки». Вопросов: 500.');
    expect(text).toContain('1. [id100000000|id100000000] — 1 победа');
    expect(text).toMatch(/\n…и ещё \d+$/);
    const shown = text.split('\n').length - 2;
    expect(text).toContain(`…и ещё ${500 - shown}`);
    expect(
      seriesResultText({ title: 'Знатоки', standings: [], questionsCount: 0, names: new Map() }),
    ).toContain('Пока никто не ответил правильно первым.');
  });
});
