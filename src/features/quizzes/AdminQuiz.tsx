// The organiser's view of one quiz, driven by the phase: publish the quiz post and bind it, wait
// for the window, count the sealed answers after it, publish the results.
import { Button, ButtonGroup, Div, FormStatus, Group, Header, Link, SimpleCell } from '@vkontakte/vkui';
import { useState } from 'react';
import { useServices } from '../../shared/services';
import { postUrl } from '../../core/wall';
import { definitionPartCount, quizLink, quizPostText, type PostRef } from '../../core/quiz';
import {
  bindQuizPost,
  createQuizStore,
  phaseOf,
  publishQuizResults,
  scoreQuiz,
  type QuizDeps,
  type QuizProgress,
  type QuizRecord,
} from '../../data/quiz';
import { quizErrorText } from './error-text';
import { countOf, formatDateTime } from '../../shared/format';
import { ProgressLine } from '../../shared/ProgressLine';
import { useNow } from '../../shared/useLoad';
import { useAction } from '../../shared/useAction';
import { QuizSummary } from './components/QuizSummary';
import { RejectedList } from './components/RejectedList';
import { ResultsTable } from './components/ResultsTable';
import { PHASE_NAMES, progressPercent, progressText } from './text';
import { PublishThenBind } from '../../shared/PublishThenBind';
import { RunButton } from '../../shared/RunButton';

const ENTRIES = ['ответ', 'ответа', 'ответов'] as const;
const PLACES = ['место', 'места', 'мест'] as const;
const TOP_CHOICES = [3, 5, 10] as const;

interface Props {
  deps: QuizDeps;
  record: QuizRecord;
  timeZone: string;
  /** The record changed (bound, scored, published): the panel's address may gain the post. */
  onChange: (record: QuizRecord) => void;
}

export function AdminQuiz({ deps, record, timeZone, onChange }: Props) {
  const { clock } = useServices();
  const now = useNow(clock, 15);
  const phase = phaseOf(record, now);
  const { definition } = record;
  return (
    <div data-testid="quiz-admin" data-phase={phase} data-post-ref={record.postRef ?? undefined}>
      <QuizSummary definition={definition} postRef={record.postRef} timeZone={timeZone} />
      <Group>
        <SimpleCell multiline subtitle="Состояние" data-testid="quiz-phase">
          {PHASE_NAMES[phase]}
        </SimpleCell>
      </Group>
      {phase === 'draft' && (
        <DraftBlock deps={deps} record={record} timeZone={timeZone} onChange={onChange} />
      )}
      {(phase === 'scheduled' || phase === 'open' || phase === 'closed') && !record.keyInPost && (
        <Group>
          <FormStatus
            mode="default"
            title="Ключ викторины — в комментарии сообщества"
            data-testid="quiz-key-in-comment"
          >
            В тексте записи нет строки с ключом этой викторины, поэтому ключ опубликован комментарием
            сообщества под записью. Участники смогут отвечать как обычно; удалять этот комментарий нельзя —
            без него ответы не зашифровать.
          </FormStatus>
        </Group>
      )}
      {(phase === 'scheduled' || phase === 'open') && (
        <Group
          header={<Header multiline>{phase === 'open' ? 'Викторина идёт' : 'Викторина опубликована'}</Header>}
          data-testid="quiz-waiting"
        >
          <Div>
            {phase === 'open'
              ? `Приём ответов до ${formatDateTime(definition.closesAt, timeZone)}.`
              : `Приём ответов откроется ${formatDateTime(definition.opensAt, timeZone)}.`}
          </Div>
          <Div data-testid="quiz-sealed-note">
            Ответов пока не видно: они зашифрованы ключом викторины и откроются только при подсчёте
            результатов, после окончания.
          </Div>
        </Group>
      )}
      {phase === 'closed' && <ScoreBlock deps={deps} record={record} onChange={onChange} />}
      {(phase === 'scored' || phase === 'published') && record.results && (
        <>
          <Group>
            <Div data-testid="quiz-score-summary">
              Подсчитано {formatDateTime(record.results.scoredAt, timeZone)}: засчитано{' '}
              {countOf(record.results.counts.entries, ENTRIES)}
              {record.results.counts.rejected > 0
                ? `, не засчитано ${countOf(record.results.counts.rejected, ENTRIES)} (поздно, повторно, повреждены или скопированы у других участников)`
                : ''}
              .
            </Div>
            {record.results.truncated && (
              <FormStatus
                mode="default"
                title="Сохранены не все результаты"
                data-testid="quiz-score-truncated"
              >
                Полный список не поместился в хранилище ВКонтакте: сохранены первые{' '}
                {countOf(record.results.score.results.length, PLACES)} — для итогов этого достаточно. Весь
                список любой может пересчитать по комментариям после публикации ключа.
              </FormStatus>
            )}
          </Group>
          {phase === 'scored' && <PublishBlock deps={deps} record={record} onChange={onChange} />}
          {phase === 'published' && record.postRef && (
            <Group>
              <Div>
                Итоги опубликованы комментарием сообщества под{' '}
                <Link
                  href={postUrl(record.postRef)}
                  target="_blank"
                  rel="noreferrer"
                  data-testid="quiz-results-post"
                >
                  записью с викториной
                </Link>
                . Любой может пересчитать их: в комментарии опубликованы правильные ответы и ключ расшифровки.
              </Div>
            </Group>
          )}
          <ResultsTable rows={record.results.score.results} questions={definition.questions.length} />
          <RejectedList rows={record.results.score.rejected} postRef={record.postRef} />
        </>
      )}
    </div>
  );
}

/** Not bound yet: the post text to publish, then the published post's link. */
function DraftBlock({
  deps,
  record,
  timeZone,
  onChange,
}: {
  deps: QuizDeps;
  record: QuizRecord;
  timeZone: string;
  onChange: (record: QuizRecord) => void;
}) {
  const { definition } = record;
  const text = quizPostText({
    definition,
    link: quizLink(deps.appId, definition.groupId, definition.id, null),
    timeZone,
  });
  const {
    running: busy,
    error,
    run,
  } = useAction({
    onError: async () => {
      // bindQuizPost saves the post and each published part as it goes: show how far it got.
      const stored = await createQuizStore(deps.storage)
        .get(definition.id)
        .catch(() => null);
      if (stored && bindProgressChanged(stored, record)) onChange(stored);
    },
  });
  const partsPosted = record.definitionCommentId === null ? 0 : record.definitionPartsPosted;
  const partsTotal = definitionPartCount(definition);

  const bind = (ref: PostRef) => run(async () => onChange(await bindQuizPost(deps, record, ref)));

  return (
    <PublishThenBind
      testId="quiz"
      title="Шаг 1. Опубликуйте запись"
      postRef={record.postRef}
      intro="ВКонтакте не даёт приложениям публиковать записи: скопируйте текст и опубликуйте его на стене сообщества. В тексте — вопросы, правила, ключ викторины (строка QZK1) и ссылка, по которой подписчики ответят."
      text={text}
      textLabel="Текст записи"
      textTestId="quiz-post-text"
      textRows={10}
      pending={
        <Div data-testid="quiz-bind-pending">
          {partsPosted > 0
            ? `Запись указана, под ней опубликовано частей описания викторины: ${partsPosted} из ${partsTotal}. Опубликуйте остальные — после этого подписчики смогут участвовать.`
            : 'Запись указана, но комментарий с викториной ещё не опубликован под ней. Опубликуйте его — после этого подписчики смогут участвовать.'}
        </Div>
      }
      linkLabel="Ссылка на запись с викториной"
      linkHint="Под ней сообщество опубликует комментарий с условиями викторины."
      bindLabel={
        record.postRef === null
          ? 'Открыть викторину'
          : partsPosted > 0
            ? 'Опубликовать остальные части'
            : 'Опубликовать викторину'
      }
      error={error === null ? null : quizErrorText(error)}
      busy={busy}
      onBind={(ref) => void bind(ref)}
    />
  );
}

/** What an interrupted bind may have saved before it failed. */
function bindProgressChanged(stored: QuizRecord, shown: QuizRecord): boolean {
  return (
    stored.postRef !== shown.postRef ||
    stored.definitionCommentId !== shown.definitionCommentId ||
    stored.definitionPartsPosted !== shown.definitionPartsPosted
  );
}

/** After the close: read every comment, open the sealed answers, rank. */
function ScoreBlock({
  deps,
  record,
  onChange,
}: {
  deps: QuizDeps;
  record: QuizRecord;
  onChange: (record: QuizRecord) => void;
}) {
  const action = useAction<QuizProgress>();
  const { running, error, progress } = action;
  const run = () => action.run(async (onProgress) => onChange(await scoreQuiz(deps, record, onProgress)));
  const errorText = error === null ? null : quizErrorText(error);
  return (
    <Group header={<Header multiline>Приём ответов закончен</Header>} data-testid="quiz-closed">
      <Div>
        Приложение прочитает все комментарии под записью, расшифрует ответы, отправленные вовремя (по времени
        комментария ВКонтакте), и расставит участников: больше правильных ответов, затем меньше времени.
      </Div>
      {running && (
        <ProgressLine
          percent={progress && progressPercent(progress)}
          text={progress && progressText(progress)}
          label="Подсчёт результатов"
          testId="quiz-progress"
        />
      )}
      {errorText && (
        <FormStatus mode="error" title={errorText.title} data-testid="quiz-score-error">
          {errorText.action} Ничего не потеряно: подсчёт можно повторить.
        </FormStatus>
      )}
      <RunButton running={running} onClick={() => void run()} testId="quiz-score">
        Подсчитать результаты
      </RunButton>
    </Group>
  );
}

/** Scored: choose how many places to name and publish the results comment. */
function PublishBlock({
  deps,
  record,
  onChange,
}: {
  deps: QuizDeps;
  record: QuizRecord;
  onChange: (record: QuizRecord) => void;
}) {
  const [topN, setTopN] = useState<number>(10);
  const { running: busy, error, run } = useAction();
  const publish = () => run(async () => onChange(await publishQuizResults(deps, record, topN)));
  const errorText = error === null ? null : quizErrorText(error);
  return (
    <Group header={<Header multiline>Опубликовать итоги</Header>} data-testid="quiz-publish-block">
      <Div>
        Под записью появится комментарий сообщества: лучшие места, правильные ответы и ключ, которым любой
        проверит подсчёт. Сколько мест назвать?
      </Div>
      <Div>
        <ButtonGroup mode="horizontal" gap="s">
          {TOP_CHOICES.map((n) => (
            <Button
              key={n}
              size="m"
              mode={topN === n ? 'primary' : 'secondary'}
              aria-pressed={topN === n}
              onClick={() => setTopN(n)}
              data-testid={`quiz-top-${n}`}
            >
              {n}
            </Button>
          ))}
        </ButtonGroup>
      </Div>
      {errorText && (
        <FormStatus mode="error" title={errorText.title} data-testid="quiz-publish-error">
          {errorText.action} Результаты сохранены: публикацию можно повторить.
        </FormStatus>
      )}
      <Div>
        <Button
          size="l"
          stretched
          loading={busy}
          disabled={busy}
          onClick={() => void publish()}
          data-testid="quiz-publish"
        >
          Опубликовать итоги
        </Button>
      </Div>
    </Group>
  );
}
