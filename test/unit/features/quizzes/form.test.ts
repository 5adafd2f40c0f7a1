import { describe, expect, it } from 'vitest';
import { checkQuizForm, emptyForm, fieldOf, type QuizForm } from '../../../../src/features/quizzes/form';

const NOW = Date.parse('2026-11-18T15:00:00+03:00') / 1000;
const CONTEXT = { now: NOW, timeZone: 'Europe/Moscow', groupId: 219000001 };

function filled(): QuizForm {
  return {
    ...emptyForm('2026-11-19T12:00', '2026-11-20T12:00'),
    title: '  Знаете ли вы свой город? ',
    questions: [{ key: 0, text: 'Сколько мостов?', options: ['Три', ' Пять '], correct: 1, photo: null }],
  };
}

describe('checkQuizForm', () => {
  it('builds the draft: trimmed texts, the window in the page zone, the correct options', () => {
    const checked = checkQuizForm(filled(), CONTEXT);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.draft).toEqual({
      title: 'Знаете ли вы свой город?',
      prize: '',
      questions: [{ text: 'Сколько мостов?', options: ['Три', 'Пять'], photo: null, correct: 1 }],
      secondsPerQuestion: 30,
      opensAt: Date.parse('2026-11-19T12:00:00+03:00') / 1000,
      closesAt: Date.parse('2026-11-20T12:00:00+03:00') / 1000,
      postRef: null,
    });
  });

  it('places the core messages by field and says the form’s own ones about unreadable values', () => {
    const form: QuizForm = {
      ...filled(),
      title: '',
      seconds: 'полминуты',
      closesAt: '',
      postMode: 'link',
      postLink: 'https://vk.com/club1',
      questions: [
        { key: 0, text: '', options: ['Три', ''], correct: null, photo: null },
        { key: 1, text: 'Год?', options: ['1703', '1812'], correct: 0, photo: null },
      ],
    };
    const checked = checkQuizForm(form, CONTEXT);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors.title).toBe('Укажите название викторины.');
    expect(checked.errors.seconds).toBe('Целое число секунд, например 30.');
    expect(checked.errors.closesAt).toBe('Укажите дату и время окончания.');
    expect(checked.errors.post).toMatch(/Это не ссылка на запись/);
    expect(checked.errors.question?.[0]).toBe(
      'Отметьте правильный ответ. Введите текст вопроса. Вариант 2: пустой вариант ответа.',
    );
    expect(checked.errors.question?.[1]).toBeUndefined();
    expect(checked.errors.other).toBeUndefined();
  });

  it('refuses a window that ends before it starts or has passed, naming only that field', () => {
    const reversed = checkQuizForm({ ...filled(), closesAt: '2026-11-19T11:00' }, CONTEXT);
    expect(reversed).toEqual({
      ok: false,
      errors: { closesAt: 'Викторина должна закончиться позже, чем начнётся.' },
    });
    const past = checkQuizForm(
      { ...filled(), opensAt: '2026-11-01T12:00', closesAt: '2026-11-02T12:00' },
      CONTEXT,
    );
    expect(past).toEqual({
      ok: false,
      errors: { closesAt: 'Это время уже прошло: выберите окончание в будущем.' },
    });
  });

  it('asks for a post in the link and pick modes, and takes the picked one', () => {
    const link = checkQuizForm({ ...filled(), postMode: 'link', postLink: '' }, CONTEXT);
    expect(link).toEqual({ ok: false, errors: { post: expect.stringMatching(/^Вставьте ссылку/) } });
    const pick = checkQuizForm({ ...filled(), postMode: 'pick' }, CONTEXT);
    expect(pick).toEqual({ ok: false, errors: { post: 'Выберите запись из списка.' } });
    const picked = checkQuizForm({ ...filled(), postMode: 'pick', pickedPost: '-219000001_5' }, CONTEXT);
    expect(picked).toMatchObject({ ok: true, draft: { postRef: '-219000001_5' } });
  });
});

describe('fieldOf', () => {
  it('maps the core messages to the fields', () => {
    expect(fieldOf('Вопрос 3, вариант 2: пустой вариант ответа')).toBe(2);
    expect(fieldOf('Название длиннее 100 символов')).toBe('title');
    expect(fieldOf('Время на вопрос — от 10 до 600 секунд')).toBe('seconds');
    expect(fieldOf('Не больше 30 вопросов')).toBe('questions');
    expect(fieldOf('Что-то новое')).toBe('other');
  });
});
