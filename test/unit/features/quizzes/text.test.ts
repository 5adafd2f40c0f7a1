import { describe, expect, it } from 'vitest';
import { formatText, progressText, timeText } from '../../../../src/features/quizzes/text';

describe('quiz texts', () => {
  it('says an entry time in seconds with tenths, minutes when long', () => {
    expect(timeText(7_000)).toBe('7 с');
    expect(timeText(8_440)).toBe('8,4 с');
    expect(timeText(65_200)).toBe('1 мин 5,2 с');
  });

  it('says the format and the progress', () => {
    const questions = (n: number) =>
      Array.from({ length: n }, () => ({ text: 'Вопрос', options: ['Да', 'Нет'], photo: null }));
    expect(formatText({ questions: questions(5), secondsPerQuestion: 30 })).toBe(
      '5 вопросов, на каждый — 30 секунд',
    );
    expect(formatText({ questions: questions(1), secondsPerQuestion: 21 })).toBe(
      '1 вопрос, на ответ — 21 секунда',
    );
    // Thousands are grouped with a no-break space (ru-RU).
    expect(progressText({ done: 1200, total: 3400 })).toBe('Читаем комментарии: 1\u00a0200 из 3\u00a0400');
    expect(progressText({ done: 5, total: null })).toBe('Читаем комментарии: 5');
  });
});
