// A subscriber's attempt at a published quiz, from «Начать» to the sent entry: the attempt is stored
// before the first question is shown, every answer is written after it, a reopened attempt resumes
// (the question lost with the app counts unanswered), and the sealed entry is posted or handed over
// to paste by hand. The screens only show the stage this hook is in.
import { useRef, useState } from 'react';
import type { QuizAnswers } from '../../../core/quiz';
import {
  QuizError,
  lostQuestion,
  myEntry,
  recordAnswer,
  resumeAttempt,
  startAttempt,
  submitEntry,
  withAnswer,
  type MyQuizEntry,
  type PublishedQuiz,
  type QuizAttempt,
  type QuizDeps,
} from '../../../data/quiz';
import { lostQuestionText } from '../text';

export type AttemptStage =
  | { kind: 'idle' }
  | { kind: 'running'; attempt: QuizAttempt; notice: string | null }
  | { kind: 'sending'; answers: QuizAnswers }
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
  /** The last question answered: the writes land, then the entry is sealed and sent. */
  finish(answers: QuizAnswers): Promise<void>;
  /** Seals and sends the answers («Отправить снова» after a failure sends the same ones). */
  send(answers: QuizAnswers): Promise<void>;
  /** The entry was pasted by hand and found (`marked`: the entry recorded as posted). */
  posted(marked: MyQuizEntry | null): void;
}

export function useQuizAttempt(
  deps: QuizDeps,
  published: PublishedQuiz,
  stored: { entry: MyQuizEntry | null; attempt: QuizAttempt | null },
): QuizAttemptState {
  const [stage, setStage] = useState<AttemptStage>({ kind: 'idle' });
  const [entry, setEntry] = useState(stored.entry);
  const [attempt, setAttempt] = useState(stored.attempt);
  const [opening, setOpening] = useState<Opening>({ busy: false, error: null });
  // The answers' writes, one after another; each writes the whole attempt, so a failed one is
  // repaired by the next (and the sealed entry, stored at the end, is what counts).
  const saving = useRef<Promise<QuizAttempt> | null>(null);
  const { definition } = published;
  const questions = definition.questions.length;

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
  const reloadEntry = async () => setEntry(await myEntry(deps, definition.id).catch(() => entry));

  async function send(answers: QuizAnswers) {
    setStage({ kind: 'sending', answers });
    try {
      const result = await submitEntry(deps, published, answers);
      await reloadEntry();
      setStage(
        result.posted ? { kind: 'sent' } : { kind: 'fallback', line: result.line, reason: result.reason },
      );
    } catch (error) {
      if (error instanceof QuizError && error.kind === 'already-entered') {
        await reloadEntry();
        setStage({ kind: 'idle' });
        return;
      }
      // The answers stay here: «Отправить снова» seals and sends the same ones.
      setStage({ kind: 'send-error', answers, error });
    }
  }

  return {
    stage,
    entry,
    attempt,
    opening,
    send,
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
    finish: async (answers) => {
      // The last answer's write lands before the entry replaces the attempt.
      await saving.current;
      saving.current = null;
      await send(answers);
    },
    posted: (marked) => {
      if (marked) setEntry(marked);
      setStage({ kind: 'sent' });
    },
  };
}
