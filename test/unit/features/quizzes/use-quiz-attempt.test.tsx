// @vitest-environment happy-dom
// The participant's attempt as a state machine (useQuizAttempt), over the demo's VK: idle → running →
// sending → sent, the last tap taken at once with the send's steps behind it, a send that outlives the
// screen, the reopened attempt that resumes with the lost question unanswered, the refused right to
// post (fallback), a failed send kept for «Отправить ещё раз» (a closed quiz, a lost connection), an
// entry already sent, a start refused; and the view each state shows (participantView).
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
import {
  AnswerSends,
  sendKey,
  sendProgress,
  type SendState,
} from '../../../../src/features/quizzes/participant/answerSends';
import { participantView } from '../../../../src/features/quizzes/participant/participantView';
import {
  useQuizAttempt,
  type AttemptStage,
} from '../../../../src/features/quizzes/participant/useQuizAttempt';
import { VkNetworkError } from '../../../../src/vk/errors';
import { lostQuestionText } from '../../../../src/features/quizzes/text';
import { DEMO_NOW } from '../../../integration/demo-services';
import { GROUP, myComments, offlineOnComment, openQuiz } from './open-quiz';

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
  sends?: AnswerSends,
) {
  return renderHook(() =>
    useQuizAttempt(deps, published, { entry: stored.entry ?? null, attempt: stored.attempt ?? null }, sends),
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

  it('takes the last tap at once and sends behind it, step by step, to sent', async () => {
    const { deps, clock, id, published } = await quizOpenNow();
    const sends = new AnswerSends();
    const { result } = attemptHook(deps, published, {}, sends);
    await act(() => result.current.start());
    const heard: SendState[] = [];
    sends.subscribe(sendKey(deps, id), (state) => heard.push(state));
    act(() => {
      result.current.answer(1, 4_000);
      result.current.answer(0, 5_000);
    });
    await act(() => clock.sleep(10_000));

    // The last tap: the screen says the answers are taken before any VK call has come back.
    const answers = { a: [1, 0, 2], t: [4_000, 5_000, 3_000] };
    const tap = clock.now();
    let sending: Promise<void> = Promise.resolve();
    act(() => {
      result.current.answer(2, 3_000);
      sending = result.current.finish(answers);
    });
    expect(result.current.stage).toEqual({ kind: 'sending', answers, progress: sendProgress('save') });
    expect(clock.now()).toBe(tap);
    expect(participantView(published, 'open', result.current)).toEqual({
      state: 'sending',
      progress: { step: 'save', done: 0, total: 3 },
    });

    await act(() => sending);
    expect(result.current.stage).toEqual({ kind: 'sent' });
    // The send took simulated seconds (VK's 3 requests a second) the screen no longer waits for.
    expect(clock.now() - tap).toBeGreaterThan(1_000);
    const steps = heard.flatMap((s) => (s.kind === 'sending' ? [s.progress.step] : []));
    expect([...new Set(steps)]).toEqual(['save', 'post', 'mark']);
    expect(heard.at(-1)?.kind).toBe('sent');
    expect(sends.state(sendKey(deps, id))).toBeUndefined();
    // The entry carries the times of the taps, and it is the one stored and posted.
    expect(result.current.entry).toEqual(await myEntry(deps, id));
    expect(result.current.entry?.answers).toEqual(answers);
    expect(result.current.entry?.postedCommentId).toEqual(expect.any(Number));
    expect(await currentAttempt(deps, id)).toBeNull();
  });

  it('keeps a send going when the screen is left and shows it on return', async () => {
    const { deps, id, published } = await quizOpenNow();
    const sends = new AnswerSends();
    const first = attemptHook(deps, published, {}, sends);
    await act(() => first.result.current.start());
    const answers = { a: [1, 0, 2], t: [1_000, 1_000, 1_000] };
    let sending: Promise<void> = Promise.resolve();
    act(() => {
      sending = first.result.current.finish(answers);
    });
    first.unmount();

    // Back on the quiz while the send runs: no second send is offered, the same one shows.
    const attempt = await currentAttempt(deps, id);
    const again = attemptHook(deps, published, { attempt }, sends);
    expect(again.result.current.stage).toMatchObject({ kind: 'sending', answers });
    await act(() => again.result.current.send(answers)); // a second tap joins, it does not resend
    await act(() => sending);
    expect(again.result.current.stage).toEqual({ kind: 'sent' });
    expect(again.result.current.entry?.postedCommentId).toEqual(expect.any(Number));
    expect(await myComments(deps, published.postRef)).toHaveLength(1);
  });

  it('keeps the answers when the connection is lost and sends them again', async () => {
    const { deps, id, published } = await quizOpenNow();
    let offline = true;
    const flaky = offlineOnComment(deps, () => offline);
    const sends = new AnswerSends();
    const first = attemptHook(flaky, published, {}, sends);
    await act(() => first.result.current.start());
    const answers = { a: [1, 0, 2], t: [2_000, 3_000, 4_000] };
    await act(() => first.result.current.finish(answers));
    const failed = first.result.current.stage as Extract<AttemptStage, { kind: 'send-error' }>;
    expect(failed).toMatchObject({ kind: 'send-error', answers });
    expect(failed.error).toBeInstanceOf(VkNetworkError);
    // The sealed entry is stored (not posted), so even a closed app keeps it.
    expect(await myEntry(deps, id)).toMatchObject({ answers, postedCommentId: null });
    expect(await myComments(deps, published.postRef)).toHaveLength(0);

    // Left and found again: the failure and the answers are still there.
    first.unmount();
    const { result } = attemptHook(flaky, published, { entry: await myEntry(deps, id) }, sends);
    expect(result.current.stage).toEqual(failed);

    offline = false;
    await act(() => result.current.send(failed.answers));
    expect(result.current.stage).toEqual({ kind: 'sent' });
    expect(result.current.entry).toMatchObject({ answers, postedCommentId: expect.any(Number) });
    const posted = await myComments(deps, published.postRef);
    expect(posted.map((c) => c.id)).toEqual([result.current.entry?.postedCommentId]);
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
    // The answers arrive after the end: refused, and kept for «Отправить ещё раз».
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
