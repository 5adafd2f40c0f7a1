// The page's published quizzes for its subscribers (home screen): title, window, status.
import { Icon56QuestionOutline } from '@vkontakte/icons';
import { Group, Header, Placeholder, SimpleCell } from '@vkontakte/vkui';
import { useCallback } from 'react';
import { useServices } from '../../shared/services';
import type { PostRef } from '../../core/quiz';
import { listPublishedQuizzes, type PublishedQuiz } from '../../data/quiz';
import { LoadView } from '../../shared/LoadView';
import { StatusMark } from '../../shared/StatusMark';
import { useLoad, useNow } from '../../shared/useLoad';
import { usePageTimeZone } from '../../shared/usePageInfo';
import { renderQuizError } from './components/QuizErrorBlock';
import { PUBLIC_STATUS_NAMES, publicStatus, windowText } from './text';

interface Props {
  groupId: number;
  onOpen: (id: string, postRef: PostRef) => void;
}

export function PublishedQuizzes({ groupId, onOpen }: Props) {
  const { api, clock } = useServices();
  const timeZone = usePageTimeZone(groupId);
  const read = useCallback(
    () => listPublishedQuizzes(api, groupId, { now: Math.floor(clock.now() / 1000) }),
    [api, clock, groupId],
  );
  const load = useLoad(read);
  return (
    <LoadView
      load={load}
      loadingLabel="Ищем викторины страницы"
      loadingTestId="published-quizzes-loading"
      renderError={renderQuizError}
    >
      {(quizzes) => <QuizList quizzes={quizzes} timeZone={timeZone} onOpen={onOpen} />}
    </LoadView>
  );
}

function QuizList({
  quizzes,
  timeZone,
  onOpen,
}: {
  quizzes: readonly PublishedQuiz[];
  timeZone: string;
  onOpen: Props['onOpen'];
}) {
  const { clock } = useServices();
  const now = useNow(clock);
  if (quizzes.length === 0)
    return (
      <Group>
        <Placeholder
          icon={<Icon56QuestionOutline />}
          title="Сейчас викторин нет"
          data-testid="published-quizzes-empty"
        >
          Когда страница запустит викторину, она появится здесь: можно будет ответить на вопросы на время, а
          после итогов — узнать своё место.
        </Placeholder>
      </Group>
    );
  return (
    <Group header={<Header multiline>Викторины</Header>} data-testid="published-quizzes">
      {quizzes.map((quiz) => {
        const status = publicStatus(quiz, now);
        return (
          <SimpleCell
            key={quiz.definition.id}
            multiline
            chevron="always"
            onClick={() => onOpen(quiz.definition.id, quiz.postRef)}
            subtitle={
              <>
                <StatusMark tone={status === 'results' ? 'ok' : 'pending'}>
                  {PUBLIC_STATUS_NAMES[status]}
                </StatusMark>{' '}
                · {windowText(quiz.definition, timeZone)}
              </>
            }
            data-testid="published-quiz"
            data-quiz-id={quiz.definition.id}
            data-status={status}
          >
            {quiz.definition.title}
          </SimpleCell>
        );
      })}
    </Group>
  );
}
