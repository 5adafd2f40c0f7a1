// @vitest-environment happy-dom
// The timer: driven by the clock it is given; a question left unanswered when its time runs out
// counts as -1 with the full time, and the next question comes by itself.
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { QuizAnswers, QuizDefinition } from '../../../../src/core/quiz';
import { QuizRunner } from '../../../../src/features/quizzes/components/QuizRunner';
import { VirtualClock } from '../../../../src/vk/clock';
import { wrap } from '../wrap';

const DEFINITION: QuizDefinition = {
  id: 'quizTest0001',
  groupId: 219000001,
  title: 'Проверка таймера',
  prize: '',
  questions: [
    { text: 'Первый вопрос', options: ['А', 'Б'], photo: null },
    { text: 'Второй вопрос', options: ['В', 'Г', 'Д'], photo: null },
  ],
  secondsPerQuestion: 10,
  opensAt: 0,
  closesAt: 1,
  publicKey: 'x',
};

afterEach(cleanup);

const index = () => screen.getByTestId('quiz-question').getAttribute('data-index');
const leftSeconds = () => screen.getByTestId('quiz-timer').getAttribute('data-left-seconds');

describe('QuizRunner', () => {
  it('moves on when the time runs out and records the question as unanswered', async () => {
    const clock = new VirtualClock(1_000_000);
    const onDone = vi.fn<(answers: QuizAnswers) => void>();
    render(wrap(<QuizRunner definition={DEFINITION} clock={clock} onDone={onDone} />));
    expect(index()).toBe('0');
    expect(leftSeconds()).toBe('10');

    act(() => clock.advance(4_000));
    await waitFor(() => expect(leftSeconds()).toBe('6'));
    expect(index()).toBe('0');

    act(() => clock.advance(6_000));
    await waitFor(() => expect(index()).toBe('1'));
    expect(screen.getByTestId('quiz-question-text').textContent).toBe('Второй вопрос');
    expect(leftSeconds()).toBe('10');
    expect(onDone).not.toHaveBeenCalled();

    act(() => clock.advance(2_500));
    fireEvent.click(screen.getByTestId('quiz-option-2'));
    expect(onDone).toHaveBeenCalledWith({ a: [-1, 2], t: [10_000, 2_500] });
  });

  it('takes one answer per question', () => {
    const clock = new VirtualClock(0);
    const onDone = vi.fn<(answers: QuizAnswers) => void>();
    render(wrap(<QuizRunner definition={DEFINITION} clock={clock} onDone={onDone} />));
    act(() => clock.advance(1_200));
    fireEvent.click(screen.getByTestId('quiz-option-1'));
    expect(index()).toBe('1');
    fireEvent.click(screen.getByTestId('quiz-option-0'));
    expect(onDone).toHaveBeenCalledTimes(1);
    expect(onDone).toHaveBeenCalledWith({ a: [1, 0], t: [1_200, 0] });
  });
});
