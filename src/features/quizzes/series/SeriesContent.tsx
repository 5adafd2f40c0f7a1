// One comment-quiz series for its admin: the question posts and accepted answers, the check of the
// comments (first correct answer wins each question), the standings and their publication.
import { Button, Div, FormStatus, Group, Header, Link, Placeholder, SimpleCell } from '@vkontakte/vkui';
import { useCallback, useMemo, useState } from 'react';
import { useServices } from '../../../shared/services';
import { postUrl } from '../../../core/wall';
import { isQuizId } from '../../../core/quiz';
import { fetchNames } from '../../../data/wall';
import {
  createSeriesStore,
  publishSeriesResults,
  quizDeps,
  scanSeries,
  seriesCommentsTotal,
  type QuizDeps,
  type QuizProgress,
  type SeriesRecord,
} from '../../../data/quiz';
import { quizErrorText } from '../error-text';
import { countOf, formatDateTime } from '../../../shared/format';
import { LoadView } from '../../../shared/LoadView';
import { ProgressLine } from '../../../shared/ProgressLine';
import { useLoad } from '../../../shared/useLoad';
import { useAction } from '../../../shared/useAction';
import { usePageTimeZone } from '../../../shared/usePageInfo';
import { renderQuizError } from '../components/QuizErrorBlock';
import { progressPercent, progressText } from '../text';
import { checkSeriesQuestion, emptySeriesQuestion, type SeriesQuestionErrors } from './form';
import { SeriesQuestionEditor } from './SeriesQuestionEditor';

const WINS = ['победа', 'победы', 'побед'] as const;

export function SeriesContent({ groupId, id }: { groupId: number; id: string }) {
  const services = useServices();
  const deps = useMemo(() => quizDeps(services, groupId), [services, groupId]);
  const read = useCallback(
    () => (isQuizId(id) ? createSeriesStore(deps.storage).get(id) : Promise.resolve(null)),
    [deps, id],
  );
  const load = useLoad(read);
  return (
    <LoadView
      load={load}
      loadingLabel="Открываем викторину"
      loadingTestId="series-loading"
      renderError={renderQuizError}
    >
      {(series) =>
        series === null ? (
          <Group>
            <Placeholder title="Викторина не найдена" data-testid="series-not-found">
              В записях сообщества нет викторины с таким номером.
            </Placeholder>
          </Group>
        ) : (
          <SeriesView deps={deps} groupId={groupId} series={series} onChange={load.set} />
        )
      }
    </LoadView>
  );
}

function SeriesView({
  deps,
  groupId,
  series,
  onChange,
}: {
  deps: QuizDeps;
  groupId: number;
  series: SeriesRecord;
  onChange: (series: SeriesRecord) => void;
}) {
  const timeZone = usePageTimeZone(groupId);
  const [kind, setKind] = useState<'scan' | 'publish'>('scan');
  const action = useAction<QuizProgress>({
    onError: async () => {
      // Each published comment is saved as it goes: show how far it got.
      const stored = await createSeriesStore(deps.storage)
        .get(series.id)
        .catch(() => null);
      if (stored) onChange(stored);
    },
  });
  const { error, progress } = action;
  const busy = action.running ? kind : null;
  const total = seriesCommentsTotal(series);
  const publishedAll = series.published.length >= total;
  const publishing = series.published.length > 0 && !publishedAll;

  const run = (next: 'scan' | 'publish') => {
    setKind(next);
    return action.run(async (onProgress) =>
      onChange(
        next === 'scan'
          ? await scanSeries(deps, series, onProgress)
          : await publishSeriesResults(deps, series),
      ),
    );
  };
  const errorText = error === null ? null : quizErrorText(error);
  const { results } = series;

  return (
    <div data-testid="series-view" data-series-id={series.id} data-published={publishedAll}>
      <Group header={<Header multiline>{series.title}</Header>} data-testid="series-questions">
        {series.questions.map((q, i) => (
          <SimpleCell
            key={`${q.postRef}-${i}`}
            multiline
            subtitle={`Ответы: ${q.answers.join(' / ')}`}
            data-testid="series-question-row"
            data-post-ref={q.postRef}
          >
            <Link href={postUrl(q.postRef)} target="_blank" rel="noreferrer">
              Вопрос {i + 1}
            </Link>
          </SimpleCell>
        ))}
      </Group>
      {series.published.length === 0 && (
        <AddQuestion deps={deps} groupId={groupId} timeZone={timeZone} series={series} onChange={onChange} />
      )}
      <Group data-testid="series-actions">
        {busy === 'scan' && (
          <ProgressLine
            percent={progress && progressPercent(progress)}
            text={progress && progressText(progress)}
            label="Проверка ответов"
            testId="series-progress"
          />
        )}
        {errorText && (
          <FormStatus mode="error" title={errorText.title} data-testid="series-error">
            {errorText.action} Уже сделанное сохранено: повтор продолжит с того же места.
          </FormStatus>
        )}
        {series.published.length === 0 && (
          <Div>
            <Button
              size="l"
              stretched
              mode={results ? 'secondary' : 'primary'}
              loading={busy === 'scan'}
              disabled={busy !== null}
              onClick={() => void run('scan')}
              data-testid="series-scan"
            >
              {results ? 'Проверить ответы ещё раз' : 'Проверить ответы'}
            </Button>
          </Div>
        )}
        {results && !publishedAll && (
          <Div>
            <Button
              size="l"
              stretched
              loading={busy === 'publish'}
              disabled={busy !== null}
              onClick={() => void run('publish')}
              data-testid="series-publish"
            >
              {publishing ? 'Продолжить публикацию' : 'Опубликовать итоги'}
            </Button>
          </Div>
        )}
        {publishedAll && (
          <Div data-testid="series-published">
            Итоги опубликованы: под каждой записью — правильный ответ и победитель, под последней — общая
            таблица.
          </Div>
        )}
        {publishing && (
          <Div>
            Опубликовано комментариев: {series.published.length} из {total}.
          </Div>
        )}
      </Group>
      {results && <SeriesResults series={series} timeZone={timeZone} />}
    </div>
  );
}

function AddQuestion({
  deps,
  groupId,
  timeZone,
  series,
  onChange,
}: {
  deps: QuizDeps;
  groupId: number;
  timeZone: string;
  series: SeriesRecord;
  onChange: (series: SeriesRecord) => void;
}) {
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState(() => emptySeriesQuestion(0));
  const [errors, setErrors] = useState<SeriesQuestionErrors | undefined>();
  const { running: saving, error: saveError, run } = useAction();
  if (!open)
    return (
      <Group>
        <Div>
          <Button
            size="m"
            mode="secondary"
            stretched
            onClick={() => setOpen(true)}
            data-testid="series-add-question"
          >
            Добавить вопрос
          </Button>
        </Div>
      </Group>
    );
  const save = async () => {
    const checked = checkSeriesQuestion(value, groupId);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors(undefined);
    await run(async () => {
      // A new question changes the standings: the check is done again.
      const changed: SeriesRecord = {
        ...series,
        questions: [...series.questions, checked.question],
        results: null,
      };
      await createSeriesStore(deps.storage).save(changed);
      onChange(changed);
      setValue(emptySeriesQuestion(value.key + 1));
      setOpen(false);
    });
  };
  const saveText = saveError === null ? null : quizErrorText(saveError);
  return (
    <>
      <SeriesQuestionEditor
        index={series.questions.length}
        value={value}
        errors={errors}
        groupId={groupId}
        timeZone={timeZone}
        onChange={setValue}
      />
      <Group>
        {saveText && (
          <FormStatus mode="error" title={saveText.title} data-testid="series-save-error">
            {saveText.action} Введённое сохранено в форме — можно повторить.
          </FormStatus>
        )}
        <Div>
          <Button
            size="m"
            stretched
            loading={saving}
            disabled={saving}
            onClick={() => void save()}
            data-testid="series-save-question"
          >
            Сохранить вопрос
          </Button>
        </Div>
      </Group>
    </>
  );
}

function SeriesResults({ series, timeZone }: { series: SeriesRecord; timeZone: string }) {
  const { api } = useServices();
  const results = series.results!;
  const ids = [
    ...results.winners.flatMap((w) => (w.userId === null ? [] : [w.userId])),
    ...results.standings.map((s) => s.userId),
  ].join(',');
  const read = useCallback(() => fetchNames(api, ids === '' ? [] : ids.split(',').map(Number)), [api, ids]);
  const { state } = useLoad(read);
  const names = state.status === 'ready' ? state.value : new Map<number, string>();
  const person = (userId: number) => (
    <Link href={`https://vk.com/id${userId}`} target="_blank" rel="noreferrer">
      {names.get(userId) ?? `id${userId}`}
    </Link>
  );
  return (
    <>
      <Group header={<Header multiline>Победители по вопросам</Header>} data-testid="series-winners">
        <Div>Проверено {formatDateTime(results.scannedAt, timeZone)}.</Div>
        {results.winners.map((winner, i) => (
          <SimpleCell
            key={`${winner.postRef}-${i}`}
            multiline
            subtitle={
              winner.date === null
                ? 'Правильных ответов нет'
                : `Ответ ${formatDateTime(winner.date, timeZone)}`
            }
            data-testid="series-winner"
            data-index={i}
            data-user-id={winner.userId ?? undefined}
          >
            Вопрос {i + 1}: {winner.userId === null ? 'никто не ответил верно' : person(winner.userId)}
          </SimpleCell>
        ))}
      </Group>
      <Group header={<Header multiline>Общая таблица</Header>} data-testid="series-standings">
        {results.standings.length === 0 && <Div>Пока никто не ответил верно.</Div>}
        {results.standings.map((standing) => (
          <SimpleCell
            key={standing.userId}
            before={<b style={{ minWidth: 28, display: 'inline-block' }}>{standing.place}</b>}
            subtitle={countOf(standing.wins, WINS)}
            data-testid="series-standing-row"
            data-user-id={standing.userId}
            data-place={standing.place}
          >
            {person(standing.userId)}
          </SimpleCell>
        ))}
      </Group>
    </>
  );
}
