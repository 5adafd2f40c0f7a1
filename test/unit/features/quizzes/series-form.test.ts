// A comment-quiz question as the admin fills it in: every message of checkSeriesQuestion, each
// asserted exactly, and the question it builds.
import { describe, expect, it } from 'vitest';
import {
  checkSeriesQuestion,
  emptySeriesQuestion,
  type SeriesQuestionForm,
} from '../../../../src/features/quizzes/series/form';

const GROUP = 219000001;

function filled(patch: Partial<SeriesQuestionForm> = {}): SeriesQuestionForm {
  return {
    ...emptySeriesQuestion(0),
    postLink: `https://vk.com/wall-${GROUP}_42`,
    answers: '  Лесногорск \n\n город Лесногорск\n',
    ...patch,
  };
}

describe('checkSeriesQuestion', () => {
  it('builds the question: the post and the non-empty trimmed answers, one per line', () => {
    expect(checkSeriesQuestion(filled(), GROUP)).toEqual({
      ok: true,
      question: { postRef: `-${GROUP}_42`, answers: ['Лесногорск', 'город Лесногорск'] },
    });
    expect(checkSeriesQuestion(filled({ postMode: 'pick', pickedPost: `-${GROUP}_7` }), GROUP)).toEqual({
      ok: true,
      question: { postRef: `-${GROUP}_7`, answers: ['Лесногорск', 'город Лесногорск'] },
    });
  });

  it.each<[string, Partial<SeriesQuestionForm>, Record<string, string>]>([
    ['an empty link', { postLink: '  ' }, { post: 'Вставьте ссылку на запись с вопросом.' }],
    [
      'not a post link',
      { postLink: 'https://vk.com/club1' },
      { post: 'Это не ссылка на запись: нужна вида vk.com/wall-123_45.' },
    ],
    [
      'a post of another wall',
      { postLink: 'https://vk.com/wall-1_2' },
      { post: 'Это запись другой стены: нужна запись этого сообщества.' },
    ],
    [
      'a user’s post',
      { postLink: 'https://vk.com/wall5_2' },
      { post: 'Это запись другой стены: нужна запись этого сообщества.' },
    ],
    ['no post picked', { postMode: 'pick', pickedPost: null }, { post: 'Выберите запись из списка.' }],
    ['only blank answers', { answers: ' \n \n' }, { answers: 'Напишите хотя бы один правильный ответ.' }],
    [
      'both wrong',
      { postLink: '', answers: '' },
      { post: 'Вставьте ссылку на запись с вопросом.', answers: 'Напишите хотя бы один правильный ответ.' },
    ],
  ])('refuses %s with its message', (_name, patch, errors) => {
    expect(checkSeriesQuestion(filled(patch), GROUP)).toEqual({ ok: false, errors });
  });

  it('ignores the link in the pick mode and the picked post in the link mode', () => {
    expect(
      checkSeriesQuestion(filled({ postMode: 'pick', pickedPost: `-${GROUP}_9`, postLink: 'мусор' }), GROUP),
    ).toMatchObject({
      ok: true,
      question: { postRef: `-${GROUP}_9` },
    });
    expect(checkSeriesQuestion(filled({ pickedPost: `-${GROUP}_9` }), GROUP)).toMatchObject({
      ok: true,
      question: { postRef: `-${GROUP}_42` },
    });
  });
});
