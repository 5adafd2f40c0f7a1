// The page's quizzes for its admins and editors: the timed quizzes and the comment-quiz series kept
// in the community storage, newest first, and the way to start new ones.
import { Icon56QuestionOutline } from '@vkontakte/icons';
import { Button, ButtonGroup, Div, Group, Header, Placeholder, SimpleCell } from '@vkontakte/vkui';
import { useCallback, useMemo } from 'react';
import { useServices } from '../../shared/services';
import type { PostRef } from '../../core/quiz';
import { createQuizStore, createSeriesStore, phaseOf, quizDeps } from '../../data/quiz';
import { countOf } from '../../shared/format';
import { LoadView } from '../../shared/LoadView';
import { useLoad, useNow } from '../../shared/useLoad';
import { usePageTimeZone } from '../../shared/usePageInfo';
import { renderQuizError } from './components/QuizErrorBlock';
import { PHASE_NAMES, windowText } from './text';

interface Props {
  groupId: number;
  onCreate: () => void;
  onCreateSeries: () => void;
  onOpen: (id: string, postRef: PostRef | null) => void;
  onOpenSeries: (id: string) => void;
}

const QUESTIONS = ['вопрос', 'вопроса', 'вопросов'] as const;

export function QuizzesContent({ groupId, onCreate, onCreateSeries, onOpen, onOpenSeries }: Props) {
  const services = useServices();
  const timeZone = usePageTimeZone(groupId);
  const now = useNow(services.clock);
  const storage = useMemo(() => quizDeps(services, groupId).storage, [services, groupId]);
  const read = useCallback(
    () => Promise.all([createQuizStore(storage).list(), createSeriesStore(storage).list()]),
    [storage],
  );
  const load = useLoad(read);

  return (
    <>
      <Group>
        <Div>
          <ButtonGroup mode="vertical" gap="s" stretched>
            <Button size="l" stretched onClick={onCreate} data-testid="quiz-create">
              Новая викторина
            </Button>
            <Button size="l" mode="secondary" stretched onClick={onCreateSeries} data-testid="series-create">
              Викторина в комментариях
            </Button>
          </ButtonGroup>
        </Div>
      </Group>
      <LoadView
        load={load}
        loadingLabel="Загружаем викторины"
        loadingTestId="quizzes-loading"
        renderError={renderQuizError}
      >
        {([quizzes, series]) => (
          <>
            <Group header={<Header multiline>Викторины на время</Header>} data-testid="quizzes-list">
              {quizzes.length === 0 ? (
                <Placeholder icon={<Icon56QuestionOutline />} title="Викторин пока нет">
                  Подписчики отвечают в приложении на время; ответы приходят зашифрованными комментариями под
                  записью, а после окончания приложение подсчитает результаты и опубликует итоги.
                </Placeholder>
              ) : (
                quizzes.map((record) => (
                  <SimpleCell
                    key={record.definition.id}
                    multiline
                    chevron="always"
                    onClick={() => onOpen(record.definition.id, record.postRef)}
                    subtitle={`${PHASE_NAMES[phaseOf(record, now)]} · ${windowText(record.definition, timeZone)}`}
                    data-testid="quiz-row"
                    data-quiz-id={record.definition.id}
                  >
                    {record.definition.title}
                  </SimpleCell>
                ))
              )}
            </Group>
            <Group header={<Header multiline>Викторины в комментариях</Header>} data-testid="series-list">
              {series.length === 0 ? (
                <Div>
                  Классический формат: вопрос — запись, ответы — комментарии; побеждает первый правильный
                  ответ. Приложение найдёт победителей и составит общую таблицу.
                </Div>
              ) : (
                series.map((item) => (
                  <SimpleCell
                    key={item.id}
                    multiline
                    chevron="always"
                    onClick={() => onOpenSeries(item.id)}
                    subtitle={`${countOf(item.questions.length, QUESTIONS)}${item.results ? ' · ответы проверены' : ''}`}
                    data-testid="series-row"
                    data-series-id={item.id}
                  >
                    {item.title}
                  </SimpleCell>
                ))
              )}
            </Group>
          </>
        )}
      </LoadView>
    </>
  );
}
