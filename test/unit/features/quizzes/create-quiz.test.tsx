// @vitest-environment happy-dom
// The quiz builder on screen: a submit with mistakes names them next to the fields (the core's
// validateDefinition messages included) and keeps everything typed; questions and options are added
// and moved; a complete form creates the quiz.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { QuizRecord } from '../../../../src/data/quiz';
import { CreateQuiz } from '../../../../src/features/quizzes/CreateQuiz';
import { demoServices } from '../../../integration/demo-services';
import { wrap } from '../wrap';

const GROUP = 219000001;

afterEach(cleanup);

function renderForm() {
  const onCreated = vi.fn<(record: QuizRecord) => void>();
  const { services } = demoServices('role=admin');
  render(wrap(<CreateQuiz groupId={GROUP} onCreated={onCreated} />, services));
  return onCreated;
}

const field = (testId: string) => screen.getByTestId(testId) as HTMLInputElement;
const type = (testId: string, value: string) => fireEvent.change(field(testId), { target: { value } });
/** The message shown under the field (its FormItem's alert), or null when the field has none. */
const errorNextTo = (testId: string) =>
  field(testId).closest('[class*="FormItem__host"]')?.querySelector('[role="alert"]')?.textContent ?? null;
/** The option inputs of question `i`, in order. */
const optionsOf = (i: number) => screen.queryAllByTestId(new RegExp(`^quiz-question-${i}-option-\\d+$`));

describe('CreateQuiz', () => {
  it('names the mistakes next to the fields, saves nothing and keeps what was typed', () => {
    const onCreated = renderForm();
    expect(field('quiz-seconds').value).toBe('30');
    type('quiz-question-0-text', 'Сколько мостов в Лесногорске?');
    type('quiz-question-0-option-0', 'Три');
    type('quiz-seconds', '5');
    fireEvent.click(screen.getByTestId('quiz-submit'));

    expect(screen.getByTestId('quiz-form-errors').textContent).toBe('Проверьте поля, отмеченные красным.');
    expect(errorNextTo('quiz-title')).toBe('Укажите название викторины.');
    expect(errorNextTo('quiz-seconds')).toBe('Время на вопрос — от 10 до 600 секунд.');
    expect(errorNextTo('quiz-prize')).toBeNull();
    const questionError = screen.getByText(/Отметьте правильный ответ/).textContent ?? '';
    expect(questionError).toContain('Вариант 2: пустой вариант ответа.');
    expect(onCreated).not.toHaveBeenCalled();

    expect(field('quiz-question-0-text').value).toBe('Сколько мостов в Лесногорске?');
    expect(field('quiz-question-0-option-0').value).toBe('Три');
    expect(field('quiz-seconds').value).toBe('5');
  });

  it('adds options and questions and moves a question up', () => {
    renderForm();
    expect(optionsOf(0)).toHaveLength(2);
    fireEvent.click(screen.getByTestId('quiz-add-option-0'));
    expect(optionsOf(0).map((option) => option.getAttribute('data-testid'))).toEqual([
      'quiz-question-0-option-0',
      'quiz-question-0-option-1',
      'quiz-question-0-option-2',
    ]);
    expect(field('quiz-question-0-option-2').value).toBe('');
    type('quiz-question-0-option-2', 'Третий вариант');

    type('quiz-question-0-text', 'Первый');
    fireEvent.click(screen.getByTestId('quiz-add-question'));
    type('quiz-question-1-text', 'Второй');
    fireEvent.click(screen.getByTestId('quiz-question-1-up'));
    expect(field('quiz-question-0-text').value).toBe('Второй');
    expect(field('quiz-question-1-text').value).toBe('Первый');
    // The moved question keeps its own options (three were on «Первый»).
    expect(optionsOf(1)).toHaveLength(3);
    expect(field('quiz-question-1-option-2').value).toBe('Третий вариант');
    expect(optionsOf(0)).toHaveLength(2);
  });

  it('creates the quiz from a complete form (the post prepared later)', async () => {
    const onCreated = renderForm();
    type('quiz-title', 'Знаете ли вы свой город?');
    type('quiz-prize', 'Книга о Лесногорске');
    type('quiz-question-0-text', 'Сколько мостов в Лесногорске?');
    type('quiz-question-0-option-0', 'Три');
    type('quiz-question-0-option-1', 'Пять');
    fireEvent.click(screen.getByTestId('quiz-question-0-correct-1'));
    fireEvent.click(screen.getByTestId('quiz-post-mode-later'));
    fireEvent.click(screen.getByTestId('quiz-submit'));

    await waitFor(() => expect(onCreated).toHaveBeenCalled());
    const record = onCreated.mock.calls[0]![0];
    expect(record.definition.title).toBe('Знаете ли вы свой город?');
    expect(record.definition.questions[0]?.options).toEqual(['Три', 'Пять']);
    expect(record.key).toEqual([1]);
    expect(record.definition.secondsPerQuestion).toBe(30);
    expect(record.postRef).toBeNull();
    // A new quiz binds its entries to their authors (QZ2).
    expect(record.definition.protocol).toBe(2);
  });
});
