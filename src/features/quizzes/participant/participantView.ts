// Which of the participant's screens shows, from where the quiz stands and where the viewer's
// attempt is: published results first, then the attempt's own stage, then what was stored before.
import type { QuizAnswers } from '../../../core/quiz';
import type { MyQuizEntry, PublishedQuiz, PublishedQuizResults, QuizAttempt } from '../../../data/quiz';
import type { PublicStatus } from '../text';
import type { SendProgress } from './answerSends';
import type { QuizAttemptState } from './useQuizAttempt';

export type ParticipantView =
  | { state: 'results'; results: PublishedQuizResults }
  | { state: 'running'; attempt: QuizAttempt; notice: string | null }
  /** The answers taken; the send runs behind. */
  | { state: 'sending'; progress: SendProgress }
  | { state: 'send-error'; answers: QuizAnswers; error: unknown }
  | { state: 'sent' }
  /** 'stored': sealed earlier but never marked as posted, and answers are still taken. */
  | { state: 'fallback'; line: string; reason: 'refused' | 'failed' | 'stored' }
  | { state: 'entered'; entry: MyQuizEntry }
  | { state: 'resume'; attempt: QuizAttempt }
  | { state: 'soon' }
  | { state: 'ready' }
  /** `started`: the viewer began but sent nothing before the end. */
  | { state: 'closed'; started: boolean };

export function participantView(
  published: Pick<PublishedQuiz, 'results'>,
  status: PublicStatus,
  { stage, entry, attempt }: Pick<QuizAttemptState, 'stage' | 'entry' | 'attempt'>,
): ParticipantView {
  if (status === 'results' && published.results) return { state: 'results', results: published.results };
  switch (stage.kind) {
    case 'running':
      return { state: 'running', attempt: stage.attempt, notice: stage.notice };
    case 'sending':
      return { state: 'sending', progress: stage.progress };
    case 'send-error':
      return { state: 'send-error', answers: stage.answers, error: stage.error };
    case 'sent':
      return { state: 'sent' };
    case 'fallback':
      return { state: 'fallback', line: stage.line, reason: stage.reason };
    case 'idle':
      break;
  }
  if (entry && entry.postedCommentId === null && status === 'open')
    return { state: 'fallback', line: entry.sealedLine, reason: 'stored' };
  if (entry) return { state: 'entered', entry };
  if (attempt && status === 'open') return { state: 'resume', attempt };
  if (status === 'soon') return { state: 'soon' };
  if (status === 'open') return { state: 'ready' };
  return { state: 'closed', started: attempt !== null };
}
