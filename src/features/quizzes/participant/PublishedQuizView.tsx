// A published quiz on the subscriber's screen: the card, then the one view the attempt's state calls
// for (useQuizAttempt holds the attempt, participantView picks the view).
import { Div, Group } from '@vkontakte/vkui';
import type { MyQuizEntry, PublishedQuiz, QuizAttempt, QuizDeps } from '../../../data/quiz';
import { useNow } from '../../../shared/useLoad';
import { EntryFallback } from '../components/EntryFallback';
import { MyResult } from '../components/MyResult';
import { QuizRunner } from '../components/QuizRunner';
import { QuizSummary } from '../components/QuizSummary';
import { ResultsTable } from '../components/ResultsTable';
import { publicStatus, type PublicStatus } from '../text';
import type { AnswerSends } from './answerSends';
import { Resume, Rules } from './AttemptViews';
import { participantView, type ParticipantView } from './participantView';
import { Closed, Entered, SendError, Sending, Sent, Soon } from './StageViews';
import { useQuizAttempt, type QuizAttemptState } from './useQuizAttempt';

interface Props {
  deps: QuizDeps;
  published: PublishedQuiz;
  storedEntry: MyQuizEntry | null;
  storedAttempt: QuizAttempt | null;
  timeZone: string;
  onOpenPost: () => void;
  /** The app's answer sends (answerSendsIn(services.memory)): a send outlives this screen. */
  sends?: AnswerSends;
}

export function PublishedQuizView({
  deps,
  published,
  storedEntry,
  storedAttempt,
  timeZone,
  onOpenPost,
  sends,
}: Props) {
  const now = useNow(deps.clock, 5);
  const quiz = useQuizAttempt(deps, published, { entry: storedEntry, attempt: storedAttempt }, sends);
  const status = publicStatus(published, now);
  const view = participantView(published, status, quiz);
  return (
    <div data-testid="quiz-participant" data-state={view.state}>
      {view.state !== 'running' && (
        <QuizSummary definition={published.definition} postRef={published.postRef} timeZone={timeZone} />
      )}
      <ViewBody
        view={view}
        quiz={quiz}
        deps={deps}
        published={published}
        status={status}
        timeZone={timeZone}
        onOpenPost={onOpenPost}
      />
    </div>
  );
}

type ViewBodyProps = Omit<Props, 'storedEntry' | 'storedAttempt' | 'sends'> & {
  view: ParticipantView;
  quiz: QuizAttemptState;
  status: PublicStatus;
};

/** The one view for the state: each case is a small view of its own. */
function ViewBody({ view, quiz, status, deps, published, timeZone, onOpenPost }: ViewBodyProps) {
  const { definition } = published;
  switch (view.state) {
    case 'results':
      return (
        <>
          {quiz.entry ? (
            <MyResult deps={deps} published={published} entry={quiz.entry} />
          ) : (
            <Group>
              <Div data-testid="quiz-no-entry">Вы не участвовали в этой викторине.</Div>
            </Group>
          )}
          <ResultsTable
            title="Лучшие"
            rows={view.results.top}
            questions={definition.questions.length}
            highlight={deps.userId}
          />
        </>
      );
    case 'running':
      return (
        <QuizRunner
          definition={definition}
          clock={deps.clock}
          initial={view.attempt.answers}
          notice={view.notice}
          onAnswer={quiz.answer}
          onDone={(answers) => void quiz.finish(answers)}
        />
      );
    case 'sending':
      return <Sending progress={view.progress} />;
    case 'send-error':
      return <SendError error={view.error} onRetry={() => void quiz.send(view.answers)} />;
    case 'sent':
      return <Sent closesAt={definition.closesAt} timeZone={timeZone} onOpenPost={onOpenPost} />;
    case 'fallback': {
      const { entry } = quiz;
      return (
        <EntryFallback
          deps={deps}
          published={published}
          line={view.line}
          reason={view.reason}
          onPosted={quiz.posted}
          onRetry={entry ? () => void quiz.send(entry.answers) : undefined}
        />
      );
    }
    case 'entered':
      return <Entered entry={view.entry} status={status} timeZone={timeZone} onOpenPost={onOpenPost} />;
    case 'resume':
      return (
        <Resume
          attempt={view.attempt}
          questions={definition.questions.length}
          opening={quiz.opening}
          onResume={() => void quiz.resume()}
        />
      );
    case 'soon':
      return <Soon opensAt={definition.opensAt} closesAt={definition.closesAt} timeZone={timeZone} />;
    case 'ready':
      return (
        <Rules
          onStart={() => void quiz.start()}
          opening={quiz.opening}
          seconds={definition.secondsPerQuestion}
        />
      );
    case 'closed':
      return <Closed started={view.started} />;
  }
}
