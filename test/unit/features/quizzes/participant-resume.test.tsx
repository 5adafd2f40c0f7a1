// @vitest-environment happy-dom
// One attempt across reloads: the app closes (the screen unmounts) with question 2 on screen; the
// reopened screen offers no fresh start, says question 2 counted as unanswered, and goes on from
// question 3; the sealed entry has question 2 as -1 with its full time, and the attempt is gone.
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { currentAttempt, myEntry } from '../../../../src/data/quiz';
import { myAttemptKey } from '../../../../src/data/quiz/store';
import { ParticipantQuiz } from '../../../../src/features/quizzes/ParticipantQuiz';
import { DEMO_NOW } from '../../../integration/demo-services';
import { GROUP, openQuiz } from './open-quiz';
import { wrap } from '../wrap';

afterEach(cleanup);

describe('ParticipantQuiz: an attempt resumed after the app closed', () => {
  it('never starts afresh and counts the question on screen as unanswered', async () => {
    const { services, clock, deps, post, record } = await openQuiz('role=admin', 'Три вопроса', [
      { text: 'Первый вопрос', options: ['А', 'Б'], photo: null, correct: 1 },
      { text: 'Второй вопрос', options: ['В', 'Г'], photo: null, correct: 0 },
      { text: 'Третий вопрос', options: ['Д', 'Е', 'Ж'], photo: null, correct: 2 },
    ]);
    const { id } = record.definition;
    const screenOf = () => (
      <ParticipantQuiz groupId={GROUP} id={id} postRef={post.ref} timeZone="Europe/Moscow" />
    );
    const participant = () => screen.getByTestId('quiz-participant');

    const first = render(wrap(screenOf(), services));
    await waitFor(() => expect(participant().getAttribute('data-state')).toBe('ready'));
    fireEvent.click(screen.getByTestId('quiz-start'));
    await screen.findByTestId('quiz-question');
    act(() => clock.advance(4_000));
    fireEvent.click(screen.getByTestId('quiz-option-1'));
    expect(screen.getByTestId('quiz-question').getAttribute('data-index')).toBe('1');
    await waitFor(async () => expect((await currentAttempt(deps, id))?.answers.a).toEqual([1]));
    // The app closes while question 2 is on screen.
    act(() => clock.advance(5_000));
    first.unmount();

    render(wrap(screenOf(), services));
    await waitFor(() => expect(participant().getAttribute('data-state')).toBe('resume'));
    expect(screen.queryByTestId('quiz-start')).toBeNull();
    expect(screen.getByTestId('quiz-resume-text').textContent).toContain(
      'Вопрос 2 засчитан без ответа: приложение закрылось, пока шло время',
    );
    fireEvent.click(screen.getByTestId('quiz-resume-go'));

    await waitFor(() => expect(screen.getByTestId('quiz-question').getAttribute('data-index')).toBe('2'));
    expect(screen.getByTestId('quiz-question-text').textContent).toBe('Третий вопрос');
    expect(screen.getByTestId('quiz-resume-notice').textContent).toContain('Вопрос 2 засчитан без ответа');
    expect(screen.getByTestId('quiz-timer').getAttribute('data-left-seconds')).toBe('20');
    expect((await currentAttempt(deps, id))?.answers).toEqual({ a: [1, -1], t: [4_000, 20_000] });
    act(() => clock.advance(3_000));
    fireEvent.click(screen.getByTestId('quiz-option-2'));

    await waitFor(() => expect(participant().getAttribute('data-state')).toBe('sent'));
    expect((await myEntry(deps, id))?.answers).toEqual({ a: [1, -1, 2], t: [4_000, 20_000, 3_000] });
    expect(await currentAttempt(deps, id)).toBeNull();
  });

  it('offers to send an attempt answered to the end but not sent', async () => {
    const { services, deps, post, record } = await openQuiz('role=admin', 'Один вопрос', [
      { text: 'Вопрос', options: ['А', 'Б'], photo: null, correct: 1 },
    ]);
    const { id } = record.definition;
    // Answered, then closed before the entry was stored.
    await services.userStorage.setJson(myAttemptKey(id), {
      quizId: id,
      startedAt: DEMO_NOW,
      answers: { a: [0], t: [7_000] },
    });
    render(
      wrap(<ParticipantQuiz groupId={GROUP} id={id} postRef={post.ref} timeZone="Europe/Moscow" />, services),
    );
    await waitFor(() =>
      expect(screen.getByTestId('quiz-participant').getAttribute('data-state')).toBe('resume'),
    );
    expect(screen.getByTestId('quiz-resume-text').textContent).toContain('ответ ещё не отправлен');
    fireEvent.click(screen.getByTestId('quiz-resume-go'));
    await waitFor(() =>
      expect(screen.getByTestId('quiz-participant').getAttribute('data-state')).toBe('sent'),
    );
    expect((await myEntry(deps, id))?.answers).toEqual({ a: [0], t: [7_000] });
  });
});
