// Sending a finished attempt's answers without holding the subscriber on a spinner: the last tap
// switches to «sending» at once (the answers and their times are fixed by then: each time was taken
// at its tap), the send starts in the same moment and reports its steps, and its outcome lands on
// whichever screen shows the quiz by then. The sends live in the app's memory, not in the screen, so
// leaving the quiz and coming back finds the send still going, or failed with the answers kept for
// «Отправить ещё раз».
import type { QuizAnswers } from '../../../core/quiz';
import {
  QuizError,
  myEntry,
  submitEntry,
  type MyQuizEntry,
  type PublishedQuiz,
  type QuizDeps,
  type SubmitStep,
} from '../../../data/quiz';

/** The steps the screen counts, in order. */
export const SEND_STEPS: readonly SubmitStep[] = ['save', 'post', 'mark'];

/** What is done of what: `done` steps of `total` are behind, `step` is under way. */
export interface SendProgress {
  step: SubmitStep;
  done: number;
  total: number;
}

export type SendState =
  | { kind: 'sending'; answers: QuizAnswers; progress: SendProgress }
  | { kind: 'sent'; entry: MyQuizEntry }
  | { kind: 'fallback'; line: string; reason: 'refused' | 'failed'; entry: MyQuizEntry }
  | { kind: 'send-error'; answers: QuizAnswers; error: unknown }
  /** Sent before (another tab): the stored entry, if it could be read. */
  | { kind: 'already-entered'; entry: MyQuizEntry | null };

export function sendProgress(step: SubmitStep): SendProgress {
  return { step, done: SEND_STEPS.indexOf(step), total: SEND_STEPS.length };
}

type Listener = (state: SendState) => void;

/** The sends of this app session, by viewer and quiz (sendKey). */
export class AnswerSends {
  /** A send under way or failed; a finished one is only announced. */
  private readonly states = new Map<string, SendState>();
  private readonly listeners = new Map<string, Set<Listener>>();

  state(key: string): SendState | undefined {
    return this.states.get(key);
  }

  /** Hears the key's states from now on; returns the unsubscribe. */
  subscribe(key: string, listener: Listener): () => void {
    const set = this.listeners.get(key) ?? new Set<Listener>();
    this.listeners.set(key, set.add(listener));
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(key);
    };
  }

  private announce(key: string, state: SendState): void {
    if (state.kind === 'sending' || state.kind === 'send-error') this.states.set(key, state);
    else this.states.delete(key);
    for (const listener of [...(this.listeners.get(key) ?? [])]) listener(state);
  }

  /**
   * Seals and sends the answers. «sending» is announced before anything is awaited; `before` (the
   * last answer's write, which never fails) lands first. A send already under way for the key is
   * not started twice.
   */
  async send(
    key: string,
    deps: QuizDeps,
    published: PublishedQuiz,
    answers: QuizAnswers,
    before?: Promise<unknown>,
  ): Promise<void> {
    if (this.states.get(key)?.kind === 'sending') return;
    const step = (s: SubmitStep) =>
      this.announce(key, { kind: 'sending', answers, progress: sendProgress(s) });
    step('save');
    try {
      await before;
      const result = await submitEntry(deps, published, answers, step);
      this.announce(
        key,
        result.posted
          ? { kind: 'sent', entry: result.entry }
          : { kind: 'fallback', line: result.line, reason: result.reason, entry: result.entry },
      );
    } catch (error) {
      if (error instanceof QuizError && error.kind === 'already-entered') {
        const entry = await myEntry(deps, published.definition.id).catch(() => null);
        this.announce(key, { kind: 'already-entered', entry });
        return;
      }
      // The answers stay here (and the sealed entry, once stored, in VK Storage): sending again
      // seals and sends the same ones, or posts the stored entry.
      this.announce(key, { kind: 'send-error', answers, error });
    }
  }
}

export function sendKey(deps: Pick<QuizDeps, 'userId'>, quizId: string): string {
  return `${deps.userId}:${quizId}`;
}

const MEMORY_KEY = 'quizzes.answer-sends';

/** The app's one AnswerSends, kept in services.memory. */
export function answerSendsIn(memory: Map<string, unknown>): AnswerSends {
  let sends = memory.get(MEMORY_KEY) as AnswerSends | undefined;
  if (!sends) memory.set(MEMORY_KEY, (sends = new AnswerSends()));
  return sends;
}
