// A subscriber's attempt at a published quiz, from «Начать» to the sent entry: the attempt is stored
// before the first question is shown, every answer is written after it, a reopened attempt resumes
// (the question lost with the app counts unanswered), and the sealed entry is posted or handed over
// to paste by hand. The last tap shows the answers taken at once; the send runs behind it
// (answerSends.ts). The screens only show the stage this hook is in.
import { useEffect, useRef, useState } from 'react';
import type { QuizAnswers } from '../../../core/quiz';
import {
  lostQuestion,
  recordAnswer,
  resumeAttempt,
  startAttempt,
  withAnswer,
  type MyQuizEntry,
  type PublishedQuiz,
  type QuizAttempt,
  type QuizDeps,
} from '../../../data/quiz';
import { lostQuestionText } from '../text';
import { AnswerSends, sendKey, type SendProgress, type SendState } from './answerSends';

export type AttemptStage =
  | { kind: 'idle' }
  | { kind: 'running'; attempt: QuizAttempt; notice: string | null }
  /** The answers are fixed and shown as taken; the send runs behind (`progress`). */
  | { kind: 'sending'; answers: QuizAnswers; progress: SendProgress }
  | { kind: 'sent' }
  | { kind: 'fallback'; line: string; reason: 'refused' | 'failed' }
  | { kind: 'send-error'; answers: QuizAnswers; error: unknown };

/** Starting or resuming the attempt: busy while it is stored, then the failure if any. */
export interface Opening {
  busy: boolean;
  error: unknown;
}

export interface QuizAttemptState {
  stage: AttemptStage;
  /** The viewer's stored entry, once sealed (posted or not). */
  entry: MyQuizEntry | null;
  /** The viewer's started attempt, kept after the entry replaces it in storage. */
  attempt: QuizAttempt | null;
  opening: Opening;
  /** «Начать»: a fresh attempt runs at once; one started elsewhere waits for resume(). */
  start(): Promise<void>;
  /** «Продолжить»: the stored attempt runs on (or is sent when every question is answered). */
  resume(): Promise<void>;
  /** One more answer (option -1: unanswered), written after the ones before it. */
  answer(option: number, timeMs: number): void;
  /**
   * The last question answered: «sending» at once, and the send starts in the same moment (after
   * the last answer's write); resolves when it ends.
   */
  finish(answers: QuizAnswers): Promise<void>;
  /** Seals and sends the answers («Отправить ещё раз» after a failure sends the same ones). */
  send(answers: QuizAnswers): Promise<void>;
  /** The entry was pasted by hand and found (`marked`: the entry recorded as posted). */
  posted(marked: MyQuizEntry | null): void;
}

/** The stage a send's state shows (an entry made elsewhere: back to idle, with the entry). */
function stageOf(state: SendState): AttemptStage {
  if (state.kind === 'already-entered') return { kind: 'idle' };
  if (state.kind === 'sent') return { kind: 'sent' };
  if (state.kind === 'fallback') return { kind: 'fallback', line: state.line, reason: state.reason };
  return state; // sending and send-error: the stage's own shape
}

/**
 * `sends`: the app's sends (answerSendsIn(services.memory)), so a send outlives the screen; without
 * it the hook keeps its own.
 */
export function useQuizAttempt(
  deps: QuizDeps,
  published: PublishedQuiz,
  stored: { entry: MyQuizEntry | null; attempt: QuizAttempt | null },
  sends?: AnswerSends,
): QuizAttemptState {
  const [ownSends] = useState(() => sends ?? new AnswerSends());
  const { definition } = published;
  const key = sendKey(deps, definition.id);
  // A send started on an earlier visit to this screen shows where it is.
  const [stage, setStage] = useState<AttemptStage>(() => {
    const going = ownSends.state(key);
    return going ? stageOf(going) : { kind: 'idle' };
  });
  const [entry, setEntry] = useState(stored.entry);
  const [attempt, setAttempt] = useState(stored.attempt);
  const [opening, setOpening] = useState<Opening>({ busy: false, error: null });
  // The answers' writes, one after another; each writes the whole attempt, so a failed one is
  // repaired by the next (and the sealed entry, stored at the end, is what counts).
  const saving = useRef<Promise<QuizAttempt> | null>(null);
  const questions = definition.questions.length;

  useEffect(
    () =>
      ownSends.subscribe(key, (state) => {
        if ((state.kind === 'sent' || state.kind === 'fallback') && state.entry) setEntry(state.entry);
        if (state.kind === 'already-entered') setEntry((kept) => state.entry ?? kept);
        setStage(stageOf(state));
      }),
    [ownSends, key],
  );

  const send = (answers: QuizAnswers, before?: Promise<unknown>) =>
    ownSends.send(key, deps, published, answers, before);
  const run = (next: QuizAttempt, notice: string | null) => {
    saving.current = Promise.resolve(next);
    if (lostQuestion(next, questions) === null) void send(next.answers);
    else setStage({ kind: 'running', attempt: next, notice });
  };
  const open = async (task: () => Promise<void>) => {
    setOpening({ busy: true, error: null });
    try {
      await task();
      setOpening({ busy: false, error: null });
    } catch (error) {
      setOpening({ busy: false, error });
    }
  };

  return {
    stage,
    entry,
    attempt,
    opening,
    send: (answers) => send(answers),
    start: () =>
      open(async () => {
        const { attempt: started, fresh } = await startAttempt(deps, published);
        setAttempt(started);
        // Started before (another tab): not a fresh start, the resume screen says what was lost.
        if (fresh) run(started, null);
      }),
    resume: () =>
      open(async () => {
        if (!attempt) return;
        const lost = lostQuestion(attempt, questions);
        const next = await resumeAttempt(deps, published, attempt);
        setAttempt(next);
        run(next, lost === null ? null : lostQuestionText(lost));
      }),
    answer: (option, timeMs) => {
      const previous = saving.current;
      if (!previous) return;
      saving.current = previous.then((a) =>
        recordAnswer(deps, a, option, timeMs).catch(() => withAnswer(a, option, timeMs)),
      );
    },
    finish: (answers) => {
      // The last answer's write lands before the entry replaces the attempt; the screen does not
      // wait for it.
      const last = saving.current ?? undefined;
      saving.current = null;
      return send(answers, last);
    },
    posted: (marked) => {
      if (marked) setEntry(marked);
      setStage({ kind: 'sent' });
    },
  };
}
