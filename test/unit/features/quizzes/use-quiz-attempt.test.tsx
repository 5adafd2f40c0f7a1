// @vitest-environment happy-dom
// The participant's attempt as a state machine (useQuizAttempt), over the demo's VK: idle → running →
// sending → sent, the reopened attempt that resumes with the lost question unanswered, the refused
// right to post (fallback), a failed send kept for «Отправить снова», an entry already sent, a start
// refused; and the view each state shows (participantView).
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  QuizError,
  currentAttempt,
  findPublishedQuiz,
  myEntry,
  type MyQuizEntry,
  type PublishedQuiz,
  type QuizAttempt,
  type QuizDeps,
} from '../../../../src/data/quiz';
import { myAttemptKey } from '../../../../src/data/quiz/store';
import { participantView } from '../../../../src/features/quizzes/participant/participantView';
import {
  useQuizAttempt,
  type AttemptStage,
} from '../../../../src/features/quizzes/participant/useQuizAttempt';
import { lostQuestionText } from '../../../../src/features/quizzes/text';
import { DEMO_NOW } from '../../../integration/demo-services';
import { GROUP, openQuiz } from './open-quiz';

afterEach(cleanup);

const QUESTIONS = [
  { text: 'Первый вопрос', options: ['А', 'Б'], photo: null, correct: 1 },
  { text: 'Второй вопрос', options: ['В', 'Г'], photo: null, correct: 0 },
  { text: 'Третий вопрос', options: ['Д', 'Е', 'Ж'], photo: null, correct: 2 },
];

async function quizOpenNow(query = 'role=admin') {
  const opened = await openQuiz(query, 'Три вопроса', QUESTIONS);
  const { id } = opened.record.definition;
  const published = await findPublishedQuiz(
    opened.deps.api,
    { groupId: GROUP, id, postRef: opened.post.ref },
    { now: DEMO_NOW },
  );
  if (!published) throw new Error('the quiz was not published');
  return { ...opened, id, published };
}

function attemptHook(
  deps: QuizDeps,
  published: PublishedQuiz,
  stored: { entry?: MyQuizEntry | null; attempt?: QuizAttempt | null } = {},
) {
  return renderHook(() =>
    useQuizAttempt(deps, published, { entry: stored.entry ?? null, attempt: stored.attempt ?? null }),
  );
}

describe('useQuizAttempt', () => {
  it('runs a fresh attempt, writes each answer and ends sent', async () => {
    const { deps, id, published } = await quizOpenNow();
    const { result } = attemptHook(deps, published);
    expect(result.current.stage).toEqual({ kind: 'idle' });
    expect(result.current.opening).toEqual({ busy: false, error: null });

    await act(() => result.current.start());
    expect(result.current.stage).toEqual({
      kind: 'running',
      attempt: { quizId: id, startedAt: DEMO_NOW, answers: { a: [], t: [] } },
      notice: null,
    });
    expect(result.current.opening).toEqual({ busy: false, error: null });

    act(() => {
      result.current.answer(1, 4_000);
      result.current.answer(0, 5_000);
      result.current.answer(2, 3_000);
    });
    await act(() => result.current.finish({ a: [1, 0, 2], t: [4_000, 5_000, 3_000] }));
    expect(result.current.stage).toEqual({ kind: 'sent' });
    expect(result.current.entry?.answers).toEqual({ a: [1, 0, 2], t: [4_000, 5_000, 3_000] });
    expect(result.current.entry?.postedCommentId).toEqual(expect.any(Number));
    // The entry replaced the attempt in storage.
    expect(await currentAttempt(deps, id)).toBeNull();
  });

  it('resumes a reopened attempt with the question on screen counted unanswered', async () => {
    const { deps, services, id, published } = await quizOpenNow();
    const stored: QuizAttempt = { quizId: id, startedAt: DEMO_NOW, answers: { a: [1], t: [4_000] } };
    await services.userStorage.setJson(myAttemptKey(id), stored);
    const { result } = attemptHook(deps, published, { attempt: stored });
    expect(result.current.stage).toEqual({ kind: 'idle' });

    await act(() => result.current.resume());
    const resumed = { ...stored, answers: { a: [1, -1], t: [4_000, 20_000] } };
    expect(result.current.stage).toEqual({ kind: 'running', attempt: resumed, notice: lostQuestionText(1) });
    expect(result.current.attempt).toEqual(resumed);
    expect(await currentAttempt(deps, id)).toEqual(resumed);
  });

  it('hands over the sealed line when the right to post is refused', async () => {
    const { deps, id, published } = await quizOpenNow('role=admin&deny=wall');
    const { result } = attemptHook(deps, published);
    await act(() => result.current.start());
    await act(() => result.current.finish({ a: [1, 0, 2], t: [1_000, 1_000, 1_000] }));

    const stage = result.current.stage as Extract<AttemptStage, { kind: 'fallback' }>;
    expect(stage.kind).toBe('fallback');
    expect(stage.reason).toBe('refused');
    expect(result.current.entry).toMatchObject({ quizId: id, sealedLine: stage.line, postedCommentId: null });

    act(() => result.current.posted({ ...result.current.entry!, postedCommentId: 77 }));
    expect(result.current.stage).toEqual({ kind: 'sent' });
    expect(result.current.entry?.postedCommentId).toBe(77);
  });

  it('keeps the answers after a failed send and sends the same ones again', async () => {
    const { deps, clock, published } = await quizOpenNow();
    const { result } = attemptHook(deps, published);
    await act(() => result.current.start());
    // The answers arrive after the end: refused, and kept for «Отправить снова».
    clock.advance(2 * 3600 * 1000);
    const answers = { a: [1, 0, 2], t: [1_000, 1_000, 1_000] };
    await act(() => result.current.finish(answers));
    const failed = result.current.stage as Extract<AttemptStage, { kind: 'send-error' }>;
    expect(failed).toMatchObject({ kind: 'send-error', answers });
    expect(failed.error).toBeInstanceOf(QuizError);
    expect((failed.error as QuizError).kind).toBe('not-open');

    await act(() => result.current.send(failed.answers));
    expect(result.current.stage).toMatchObject({ kind: 'send-error', answers });
  });

  it('goes back to idle with the entry when it was already sent elsewhere', async () => {
    const { deps, id, published } = await quizOpenNow();
    const answers = { a: [1, 0, 2], t: [1_000, 1_000, 1_000] };
    const first = attemptHook(deps, published);
    await act(() => first.result.current.start());
    await act(() => first.result.current.finish(answers));
    expect(first.result.current.stage).toEqual({ kind: 'sent' });

    // Another tab still holds the attempt answered to the end.
    const stale: QuizAttempt = { quizId: id, startedAt: DEMO_NOW, answers };
    const { result } = attemptHook(deps, published, { attempt: stale });
    await act(() => result.current.resume());
    expect(result.current.stage).toEqual({ kind: 'idle' });
    expect(result.current.entry).toEqual(await myEntry(deps, id));
    expect(result.current.entry?.postedCommentId).toEqual(expect.any(Number));
  });

  it('reports a start refused and stays idle', async () => {
    const { deps, clock, published } = await quizOpenNow();
    clock.advance(2 * 3600 * 1000);
    const { result } = attemptHook(deps, published);
    await act(() => result.current.start());
    expect(result.current.stage).toEqual({ kind: 'idle' });
    expect(result.current.opening.busy).toBe(false);
    expect((result.current.opening.error as QuizError).kind).toBe('not-open');
    expect(result.current.attempt).toBeNull();
  });
});

describe('participantView', () => {
  const idle: AttemptStage = { kind: 'idle' };
  const attempt: QuizAttempt = { quizId: 'quiz1234', startedAt: 1, answers: { a: [0], t: [1_000] } };
  const entry: MyQuizEntry = {
    quizId: 'quiz1234',
    answers: { a: [0, 1], t: [1_000, 2_000] },
    sealedLine: 'QZ2.line',
    postedCommentId: null,
    enteredAt: 2,
  };
  const results = { key: [0, 1], privateKeyJwk: { kty: 'EC' }, top: [], publishedAt: 3 };
  const none = { results: null };

  it('shows the published results first, whatever the attempt', () => {
    const running: AttemptStage = { kind: 'running', attempt, notice: null };
    expect(participantView({ results }, 'results', { stage: running, entry, attempt })).toEqual({
      state: 'results',
      results,
    });
  });

  it("shows the attempt's own stage next", () => {
    const running: AttemptStage = { kind: 'running', attempt, notice: 'n' };
    expect(participantView(none, 'open', { stage: running, entry: null, attempt })).toEqual({
      state: 'running',
      attempt,
      notice: 'n',
    });
    expect(participantView(none, 'open', { stage: { kind: 'sent' }, entry, attempt }).state).toBe('sent');
    const refused: AttemptStage = { kind: 'fallback', line: 'QZ2.x', reason: 'refused' };
    expect(participantView(none, 'open', { stage: refused, entry, attempt })).toEqual({
      state: 'fallback',
      line: 'QZ2.x',
      reason: 'refused',
    });
  });

  it('offers a stored, unposted entry to paste while answers are taken, else shows it as made', () => {
    expect(participantView(none, 'open', { stage: idle, entry, attempt: null })).toEqual({
      state: 'fallback',
      line: 'QZ2.line',
      reason: 'stored',
    });
    expect(participantView(none, 'closed', { stage: idle, entry, attempt: null })).toEqual({
      state: 'entered',
      entry,
    });
  });

  it('resumes a started attempt while open; otherwise follows the quiz', () => {
    expect(participantView(none, 'open', { stage: idle, entry: null, attempt })).toEqual({
      state: 'resume',
      attempt,
    });
    expect(participantView(none, 'open', { stage: idle, entry: null, attempt: null }).state).toBe('ready');
    expect(participantView(none, 'soon', { stage: idle, entry: null, attempt: null }).state).toBe('soon');
    expect(participantView(none, 'closed', { stage: idle, entry: null, attempt })).toEqual({
      state: 'closed',
      started: true,
    });
  });
});
