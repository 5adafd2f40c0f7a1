// @vitest-environment happy-dom
// The participant's last tap on the screen: «Ответы записаны» with the send's first step shows at
// once (before any VK call has come back), then «Ответ принят»; leaving the quiz while it sends and
// coming back shows the same send (never a second one) to its end; an entry stored but not posted
// (the connection lost on the comment) is sent again with «Отправить ещё раз».
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { findPublishedQuiz, myEntry, startAttempt, submitEntry } from '../../../../src/data/quiz';
import { ParticipantQuiz } from '../../../../src/features/quizzes/ParticipantQuiz';
import { VkNetworkError } from '../../../../src/vk/errors';
import { DEMO_NOW } from '../../../integration/demo-services';
import { wrap } from '../wrap';
import { GROUP, myComments, offlineOnComment, openQuiz } from './open-quiz';

afterEach(cleanup);

const QUESTIONS = [
  { text: 'Сколько мостов?', options: ['Три', 'Пять'], photo: null, correct: 1 },
  { text: 'Год основания?', options: ['1703', '1812', '1900'], photo: null, correct: 0 },
];

async function quizScreen() {
  const opened = await openQuiz('role=admin', 'Знаете ли вы свой город?', QUESTIONS);
  const screenOf = () =>
    wrap(
      <ParticipantQuiz
        groupId={GROUP}
        id={opened.record.definition.id}
        postRef={opened.post.ref}
        timeZone="Europe/Moscow"
      />,
      opened.services,
    );
  return { ...opened, screenOf };
}

const participant = () => screen.getByTestId('quiz-participant');

async function answerAllButTheLast() {
  await waitFor(() => expect(participant().getAttribute('data-state')).toBe('ready'));
  fireEvent.click(screen.getByTestId('quiz-start'));
  expect((await screen.findByTestId('quiz-question')).getAttribute('data-index')).toBe('0');
  fireEvent.click(screen.getByTestId('quiz-option-1'));
  expect(screen.getByTestId('quiz-question').getAttribute('data-index')).toBe('1');
}

describe('ParticipantQuiz: the last answer', () => {
  it('shows the answers taken at the tap, then «Ответ принят»', async () => {
    const { screenOf, clock, deps, record, post } = await quizScreen();
    render(screenOf());
    await answerAllButTheLast();

    const tap = clock.now();
    act(() => void fireEvent.click(screen.getByTestId('quiz-option-0')));
    // Nothing awaited yet: the screen already says the answers are taken, and what is being sent.
    expect(clock.now()).toBe(tap);
    expect(participant().getAttribute('data-state')).toBe('sending');
    const sending = screen.getByTestId('quiz-sending');
    expect(sending.getAttribute('data-step')).toBe('save');
    expect(sending.textContent).toContain('Ответы записаны');
    expect(screen.getByTestId('quiz-send-progress').textContent).toContain(
      'Шаг 1 из 3: шифруем и сохраняем ответ',
    );

    await waitFor(() => expect(participant().getAttribute('data-state')).toBe('sent'));
    expect(screen.getByTestId('quiz-sent').textContent).toContain('Ответ принят');
    const entry = await myEntry(deps, record.definition.id);
    expect(entry?.answers.a).toEqual([1, 0]);
    expect((await myComments(deps, post.ref)).map((c) => c.id)).toEqual([entry?.postedCommentId]);
  });

  it('keeps sending when the screen is left and shows the same send on return', async () => {
    const { screenOf, deps, record, post } = await quizScreen();
    const first = render(screenOf());
    await answerAllButTheLast();
    act(() => void fireEvent.click(screen.getByTestId('quiz-option-0')));
    expect(participant().getAttribute('data-state')).toBe('sending');
    first.unmount();

    // Back on the quiz: the stored attempt is answered to the end, yet no «Отправить ответы» is
    // offered — the send that runs shows, and ends sent.
    render(screenOf());
    const seen = new Set<string>();
    await waitFor(() => {
      const state = participant().getAttribute('data-state') ?? '';
      seen.add(state);
      expect(state).toBe('sent');
    });
    expect(seen.has('resume')).toBe(false);
    const entry = await myEntry(deps, record.definition.id);
    expect((await myComments(deps, post.ref)).map((c) => c.id)).toEqual([entry?.postedCommentId]);
  });

  it('sends a stored, unposted entry again with «Отправить ещё раз»', async () => {
    const { screenOf, deps, record, post } = await quizScreen();
    // An earlier send stored the sealed entry, then lost the connection on the comment.
    const published = await findPublishedQuiz(
      deps.api,
      { groupId: GROUP, id: record.definition.id, postRef: post.ref },
      { now: DEMO_NOW },
    );
    if (!published) throw new Error('the quiz was not published');
    await startAttempt(deps, published);
    const offline = offlineOnComment(deps);
    await expect(submitEntry(offline, published, { a: [1, 0], t: [2_000, 3_000] })).rejects.toBeInstanceOf(
      VkNetworkError,
    );

    render(screenOf());
    await waitFor(() => expect(participant().getAttribute('data-state')).toBe('fallback'));
    expect(screen.getByTestId('quiz-fallback').getAttribute('data-reason')).toBe('stored');
    fireEvent.click(screen.getByTestId('quiz-fallback-retry'));
    await waitFor(() => expect(participant().getAttribute('data-state')).toBe('sent'));
    const entry = await myEntry(deps, record.definition.id);
    expect(entry?.answers).toEqual({ a: [1, 0], t: [2_000, 3_000] });
    expect((await myComments(deps, post.ref)).map((c) => c.id)).toEqual([entry?.postedCommentId]);
  });
});
