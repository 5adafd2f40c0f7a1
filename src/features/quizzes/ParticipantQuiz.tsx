// The quiz as a subscriber sees it, read from the community's own comments under the post: the
// card and rules, the timed questions, the sealed answer posted as the viewer's comment (or handed
// over to paste by hand), and after the results the viewer's place and the top.
import { Icon56QuestionOutline, Icon56SearchOutline } from '@vkontakte/icons';
import { Button, Div, Group, Header, Placeholder, Spinner } from '@vkontakte/vkui';
import { useCallback, useMemo, useState } from 'react';
import { useServices } from '../../app/services';
import type { PostRef, QuizAnswers } from '../../core/quiz';
import {
  QuizError,
  findPublishedQuiz,
  myEntry,
  quizDeps,
  quizErrorText,
  submitEntry,
  type MyQuizEntry,
  type PublishedQuiz,
  type QuizDeps,
} from '../../data/quiz';
import { formatDateTime } from '../../shared/format';
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
}

export function ParticipantQuiz({ groupId, id, postRef, timeZone, notice }: Props) {
  const services = useServices();
  const deps = useMemo(() => quizDeps(services, groupId), [services, groupId]);
  const read = useCallback(async (): Promise<Loaded> => {
    const now = Math.floor(deps.clock.now() / 1000);
    const [published, entry] = await Promise.all([
      findPublishedQuiz(deps.api, { groupId, id, postRef }, { now }),
      myEntry(deps, id),
    ]);
    return { published, entry };
  }, [deps, groupId, id, postRef]);
  const load = useLoad(read);
  return (
    <LoadView
      load={load}
      loadingLabel="Ищем викторину"
      loadingTestId="quiz-loading"
      renderError={renderQuizError}
    >
      {({ published, entry }) => (
        <>
          {notice && (
            <Group>
              <Div>{notice}</Div>
            </Group>
          )}
          {published === null ? (
            <NotFound onRetry={load.reload} />
          ) : (
            <PublishedQuizView deps={deps} published={published} storedEntry={entry} timeZone={timeZone} />
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
  | { kind: 'running' }
  | { kind: 'sending'; answers: QuizAnswers }
  | { kind: 'sent' }
  | { kind: 'fallback'; line: string; reason: 'refused' | 'failed' | 'stored' }
  | { kind: 'send-error'; answers: QuizAnswers; error: unknown };

function PublishedQuizView({
  deps,
  published,
  storedEntry,
  timeZone,
}: {
  deps: QuizDeps;
  published: PublishedQuiz;
  storedEntry: MyQuizEntry | null;
  timeZone: string;
}) {
  const { bridge } = useServices();
  const now = useNow(deps.clock, 5);
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [entry, setEntry] = useState(storedEntry);
  const { definition } = published;
  const status = publicStatus(published, now);

  const send = async (answers: QuizAnswers) => {
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
  };
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
    body = <QuizRunner definition={definition} clock={deps.clock} onDone={(answers) => void send(answers)} />;
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
    body = <Rules onStart={() => setStage({ kind: 'running' })} seconds={definition.secondsPerQuestion} />;
  } else {
    state = 'closed';
    body = (
      <Group>
        <Placeholder title="Приём ответов закончен" data-testid="quiz-awaiting">
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

function Rules({ seconds, onStart }: { seconds: number; onStart: () => void }) {
  return (
    <Group header={<Header>Правила</Header>} data-testid="quiz-rules">
      <Div>
        <ul style={{ margin: 0, paddingLeft: 20 }}>
          <li>Одна попытка: начав, пройдите викторину до конца.</li>
          <li>
            На каждый вопрос — {seconds} с. Когда время выходит, вопрос считается без ответа и появляется
            следующий.
          </li>
          <li>Побеждает больше правильных ответов, при равенстве — меньше затраченного времени.</li>
          <li>{SEALED_EXPLAINED}</li>
        </ul>
      </Div>
      <Div>
        <Button size="l" stretched onClick={onStart} data-testid="quiz-start">
          Начать
        </Button>
      </Div>
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
        {entry.answers.a.length} вопросов.{' '}
        {entry.postedCommentId === null
          ? 'Комментарий с ответом не отмечен как опубликованный — приём ответов уже закрыт.'
          : status === 'closed'
            ? 'Итоги появятся, когда организатор их подведёт.'
            : 'Засчитывается только первая попытка; итоги — после окончания.'}
      </Placeholder>
    </Group>
  );
}
