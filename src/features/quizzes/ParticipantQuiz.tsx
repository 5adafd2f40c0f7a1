// The quiz as a subscriber sees it, read from the community's own comments under the post: the
// card and rules, the timed questions (the attempt stored from «Начать», resumed after a reload,
// never started afresh), the sealed answer posted as the viewer's comment (or handed over to paste
// by hand), and after the results the viewer's place and the top.
import { Icon56QuestionOutline, Icon56SearchOutline } from '@vkontakte/icons';
import { Button, Div, FormStatus, Group, Header, Placeholder, Spinner } from '@vkontakte/vkui';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useServices } from '../../app/services';
import type { PostRef, QuizAnswers } from '../../core/quiz';
import {
  QuizError,
  currentAttempt,
  findPublishedQuiz,
  lostQuestion,
  myEntry,
  quizDeps,
  quizErrorText,
  recordAnswer,
  resumeAttempt,
  startAttempt,
  submitEntry,
  withAnswer,
  type MyQuizEntry,
  type PublishedQuiz,
  type QuizAttempt,
  type QuizDeps,
} from '../../data/quiz';
import { countOf, formatDateTime } from '../../shared/format';
import { LoadView } from '../../shared/LoadView';
import { useLoad, useNow } from '../../shared/useLoad';
import { openWallPost } from '../../vk/community-actions';
import { EntryFallback } from './components/EntryFallback';
import { MyResult } from './components/MyResult';
import { renderQuizError } from './components/QuizErrorBlock';
import { QuizRunner } from './components/QuizRunner';
import { QuizSummary } from './components/QuizSummary';
import { ResultsTable } from './components/ResultsTable';
import { publicStatus } from './text';

/** After «из»: «из 1 вопроса», «из 5 вопросов». */
const QUESTIONS_GENITIVE = ['вопроса', 'вопросов', 'вопросов'] as const;

export const SEALED_EXPLAINED =
  'Ответ будет опубликован вашим комментарием под записью — зашифрованным, его никто не сможет прочитать до итогов.';

interface Props {
  groupId: number;
  id: string;
  postRef: PostRef | null;
  timeZone: string;
  /** Shown above (e.g. why the organiser's view did not open). */
  notice?: React.ReactNode;
}

interface Loaded {
  published: PublishedQuiz | null;
  entry: MyQuizEntry | null;
  attempt: QuizAttempt | null;
}

export function ParticipantQuiz({ groupId, id, postRef, timeZone, notice }: Props) {
  const services = useServices();
  const deps = useMemo(() => quizDeps(services, groupId), [services, groupId]);
  const read = useCallback(async (): Promise<Loaded> => {
    const now = Math.floor(deps.clock.now() / 1000);
    const [published, entry, attempt] = await Promise.all([
      findPublishedQuiz(deps.api, { groupId, id, postRef }, { now }),
      myEntry(deps, id),
      currentAttempt(deps, id),
    ]);
    return { published, entry, attempt };
  }, [deps, groupId, id, postRef]);
  const load = useLoad(read);
  return (
    <LoadView
      load={load}
      loadingLabel="Ищем викторину"
      loadingTestId="quiz-loading"
      renderError={renderQuizError}
    >
      {({ published, entry, attempt }) => (
        <>
          {notice && (
            <Group>
              <Div>{notice}</Div>
            </Group>
          )}
          {published === null ? (
            <NotFound onRetry={load.reload} />
          ) : (
            <PublishedQuizView
              deps={deps}
              published={published}
              storedEntry={entry}
              storedAttempt={attempt}
              timeZone={timeZone}
            />
          )}
        </>
      )}
    </LoadView>
  );
}

export function NotFound({ onRetry }: { onRetry: () => void }) {
  return (
    <Group>
      <Placeholder
        icon={<Icon56SearchOutline />}
        title="Викторина не найдена"
        action={
          <Button size="m" mode="secondary" onClick={onRetry}>
            Поискать снова
          </Button>
        }
        data-testid="quiz-not-found"
      >
        Под записями сообщества нет опубликованной викторины с таким номером. Возможно, ссылка неполная или с
        ошибкой, или викторину ещё не опубликовали — загляните позже.
      </Placeholder>
    </Group>
  );
}

type Stage =
  | { kind: 'idle' }
  | { kind: 'running'; attempt: QuizAttempt; notice: string | null }
  | { kind: 'sending'; answers: QuizAnswers }
  | { kind: 'sent' }
  | { kind: 'fallback'; line: string; reason: 'refused' | 'failed' | 'stored' }
  | { kind: 'send-error'; answers: QuizAnswers; error: unknown };

/** «Вопрос N засчитан без ответа…»: said on the resume screen and above the next question. */
export function lostQuestionText(index: number): string {
  return `Вопрос ${index + 1} засчитан без ответа: приложение закрылось, пока шло время.`;
}

function PublishedQuizView({
  deps,
  published,
  storedEntry,
  storedAttempt,
  timeZone,
}: {
  deps: QuizDeps;
  published: PublishedQuiz;
  storedEntry: MyQuizEntry | null;
  storedAttempt: QuizAttempt | null;
  timeZone: string;
}) {
  const { bridge } = useServices();
  const now = useNow(deps.clock, 5);
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [entry, setEntry] = useState(storedEntry);
  const [attempt, setAttempt] = useState(storedAttempt);
  // Starting or resuming the attempt: stored before any question is shown.
  const [opening, setOpening] = useState<{ busy: boolean; error: unknown }>({ busy: false, error: null });
  // The answers' writes, one after another; each writes the whole attempt, so a failed one is
  // repaired by the next (and the sealed entry, stored at the end, is what counts).
  const saving = useRef<Promise<QuizAttempt> | null>(null);
  const { definition } = published;
  const status = publicStatus(published, now);

  const run = (next: QuizAttempt, notice: string | null) => {
    saving.current = Promise.resolve(next);
    if (lostQuestion(next, definition.questions.length) === null) void send(next.answers);
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
  const start = () =>
    open(async () => {
      const { attempt: started, fresh } = await startAttempt(deps, published);
      setAttempt(started);
      // Started before (another tab): not a fresh start, the resume screen says what was lost.
      if (fresh) run(started, null);
    });
  const resume = (stored: QuizAttempt) =>
    open(async () => {
      const lost = lostQuestion(stored, definition.questions.length);
      const next = await resumeAttempt(deps, published, stored);
      setAttempt(next);
      run(next, lost === null ? null : lostQuestionText(lost));
    });
  const onAnswer = (option: number, timeMs: number) => {
    const previous = saving.current;
    if (!previous) return;
    saving.current = previous.then((a) =>
      recordAnswer(deps, a, option, timeMs).catch(() => withAnswer(a, option, timeMs)),
    );
  };
  const finish = async (answers: QuizAnswers) => {
    // The last answer's write lands before the entry replaces the attempt.
    await saving.current;
    saving.current = null;
    await send(answers);
  };

  async function send(answers: QuizAnswers) {
    setStage({ kind: 'sending', answers });
    try {
      const result = await submitEntry(deps, published, answers);
      setEntry(await myEntry(deps, definition.id).catch(() => entry));
      setStage(
        result.posted ? { kind: 'sent' } : { kind: 'fallback', line: result.line, reason: result.reason },
      );
    } catch (error) {
      if (error instanceof QuizError && error.kind === 'already-entered') {
        setEntry(await myEntry(deps, definition.id).catch(() => entry));
        setStage({ kind: 'idle' });
        return;
      }
      // The answers stay here: «Отправить снова» seals and sends the same ones.
      setStage({ kind: 'send-error', answers, error });
    }
  }
  const openPost = () => void openWallPost(bridge, published.postRef);

  let state: string;
  let body: React.ReactNode;
  if (status === 'results' && published.results) {
    state = 'results';
    body = (
      <>
        {entry ? (
          <MyResult deps={deps} published={published} entry={entry} />
        ) : (
          <Group>
            <Div data-testid="quiz-no-entry">Вы не участвовали в этой викторине.</Div>
          </Group>
        )}
        <ResultsTable
          title="Лучшие"
          rows={published.results.top}
          questions={definition.questions.length}
          highlight={deps.userId}
        />
      </>
    );
  } else if (stage.kind === 'running') {
    state = 'running';
    body = (
      <QuizRunner
        definition={definition}
        clock={deps.clock}
        initial={stage.attempt.answers}
        notice={stage.notice}
        onAnswer={onAnswer}
        onDone={(answers) => void finish(answers)}
      />
    );
  } else if (stage.kind === 'sending') {
    state = 'sending';
    body = (
      <Group>
        <Placeholder icon={<Spinner size="l" />} title="Отправляем ответ…" data-testid="quiz-sending">
          {SEALED_EXPLAINED} ВКонтакте может спросить разрешение публиковать от вашего имени — оно нужно
          только для этого комментария.
        </Placeholder>
      </Group>
    );
  } else if (stage.kind === 'send-error') {
    state = 'send-error';
    const { title, action } = quizErrorText(stage.error);
    body = (
      <Group>
        <Placeholder
          title={`Ответ не отправлен: ${title.toLowerCase()}`}
          action={
            <Button size="m" onClick={() => void send(stage.answers)} data-testid="quiz-send-retry">
              Отправить снова
            </Button>
          }
          data-testid="quiz-send-error"
        >
          {action} Ваши ответы сохранены на этом экране.
        </Placeholder>
      </Group>
    );
  } else if (stage.kind === 'sent') {
    state = 'sent';
    body = (
      <Group>
        <Placeholder
          icon={<Icon56QuestionOutline />}
          title="Ответ принят"
          action={
            <Button size="m" mode="secondary" onClick={openPost} data-testid="quiz-open-post">
              Открыть запись
            </Button>
          }
          data-testid="quiz-sent"
        >
          Ваш зашифрованный ответ опубликован комментарием под записью. Итоги подведут после{' '}
          {formatDateTime(definition.closesAt, timeZone)}: тогда здесь появится ваше место.
        </Placeholder>
      </Group>
    );
  } else if (stage.kind === 'fallback' || (entry && entry.postedCommentId === null && status === 'open')) {
    state = 'fallback';
    const line = stage.kind === 'fallback' ? stage.line : entry!.sealedLine;
    const reason = stage.kind === 'fallback' ? stage.reason : 'stored';
    body = (
      <EntryFallback
        deps={deps}
        published={published}
        line={line}
        reason={reason}
        onPosted={(marked) => {
          if (marked) setEntry(marked);
          setStage({ kind: 'sent' });
        }}
      />
    );
  } else if (entry) {
    state = 'entered';
    body = <Entered entry={entry} status={status} timeZone={timeZone} onOpenPost={openPost} />;
  } else if (attempt && status === 'open') {
    state = 'resume';
    body = (
      <Resume
        attempt={attempt}
        questions={definition.questions.length}
        opening={opening}
        onResume={() => void resume(attempt)}
      />
    );
  } else if (status === 'soon') {
    state = 'soon';
    body = (
      <Group>
        <Placeholder
          icon={<Icon56QuestionOutline />}
          title={`Откроется ${formatDateTime(definition.opensAt, timeZone)}`}
          data-testid="quiz-opens"
        >
          Загляните сюда, когда викторина начнётся: ответить можно до{' '}
          {formatDateTime(definition.closesAt, timeZone)}.
        </Placeholder>
      </Group>
    );
  } else if (status === 'open') {
    state = 'ready';
    body = <Rules onStart={() => void start()} opening={opening} seconds={definition.secondsPerQuestion} />;
  } else {
    state = 'closed';
    body = (
      <Group>
        <Placeholder title="Приём ответов закончен" data-testid="quiz-awaiting">
          {attempt
            ? 'Вы начали викторину, но ответ не был отправлен до окончания приёма, поэтому он не засчитан. '
            : ''}
          Итоги появятся в комментариях к записи, когда организатор их подведёт.
        </Placeholder>
      </Group>
    );
  }

  return (
    <div data-testid="quiz-participant" data-state={state}>
      {state !== 'running' && (
        <QuizSummary definition={definition} postRef={published.postRef} timeZone={timeZone} />
      )}
      {body}
    </div>
  );
}

interface Opening {
  busy: boolean;
  error: unknown;
}

/** «Начать» / «Продолжить»: busy while the attempt is stored, with the failure above it. */
function OpeningButton({
  opening,
  onClick,
  testId,
  children,
}: {
  opening: Opening;
  onClick: () => void;
  testId: string;
  children: React.ReactNode;
}) {
  const error = opening.error === null ? null : quizErrorText(opening.error);
  return (
    <>
      {error && (
        <FormStatus mode="error" title={error.title} data-testid="quiz-open-error">
          {error.action}
        </FormStatus>
      )}
      <Div>
        <Button
          size="l"
          stretched
          loading={opening.busy}
          disabled={opening.busy}
          onClick={onClick}
          data-testid={testId}
        >
          {children}
        </Button>
      </Div>
    </>
  );
}

/** A started attempt without an entry: what the reload cost, and the way on (never a fresh start). */
function Resume({
  attempt,
  questions,
  opening,
  onResume,
}: {
  attempt: QuizAttempt;
  questions: number;
  opening: Opening;
  onResume: () => void;
}) {
  const lost = lostQuestion(attempt, questions);
  const left = lost === null ? 0 : questions - lost - 1;
  return (
    <Group header={<Header multiline>Викторина уже начата</Header>} data-testid="quiz-resume">
      <Div data-testid="quiz-resume-text">
        {lost === null
          ? 'Вы ответили на все вопросы, но ответ ещё не отправлен.'
          : `${lostQuestionText(lost)} ${left > 0 ? `Осталось вопросов: ${left}; время на следующий пойдёт сразу после нажатия.` : 'Это был последний вопрос.'}`}{' '}
        Попытка одна: начать заново нельзя.
      </Div>
      <OpeningButton opening={opening} onClick={onResume} testId="quiz-resume-go">
        {left > 0 ? 'Продолжить' : 'Отправить ответы'}
      </OpeningButton>
    </Group>
  );
}

function Rules({ seconds, opening, onStart }: { seconds: number; opening: Opening; onStart: () => void }) {
  return (
    <Group header={<Header multiline>Правила</Header>} data-testid="quiz-rules">
      <Div>
        <ul style={{ margin: 0, paddingLeft: 20 }}>
          <li>
            Одна попытка: начав, пройдите викторину до конца. Если закрыть приложение во время вопроса, он
            засчитается без ответа.
          </li>
          <li>
            На каждый вопрос — {seconds} с. Когда время выходит, вопрос считается без ответа и появляется
            следующий.
          </li>
          <li>Побеждает больше правильных ответов, при равенстве — меньше затраченного времени.</li>
          <li>{SEALED_EXPLAINED}</li>
        </ul>
      </Div>
      <OpeningButton opening={opening} onClick={onStart} testId="quiz-start">
        Начать
      </OpeningButton>
    </Group>
  );
}

function Entered({
  entry,
  status,
  timeZone,
  onOpenPost,
}: {
  entry: MyQuizEntry;
  status: string;
  timeZone: string;
  onOpenPost: () => void;
}) {
  const answered = entry.answers.a.filter((a) => a >= 0).length;
  return (
    <Group>
      <Placeholder
        title="Вы уже участвовали"
        action={
          <Button size="m" mode="secondary" onClick={onOpenPost} data-testid="quiz-open-post">
            Открыть запись
          </Button>
        }
        data-testid="quiz-entered"
      >
        Ответ отправлен {formatDateTime(entry.enteredAt, timeZone)}: отвечено на {answered} из{' '}
        {countOf(entry.answers.a.length, QUESTIONS_GENITIVE)}.{' '}
        {entry.postedCommentId === null
          ? 'Комментарий с ответом не отмечен как опубликованный — приём ответов уже закрыт.'
          : status === 'closed'
            ? 'Итоги появятся, когда организатор их подведёт.'
            : 'Засчитывается только первая попытка; итоги — после окончания.'}
      </Placeholder>
    </Group>
  );
}
