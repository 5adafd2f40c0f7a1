// One quiz: the organiser's view when the viewer manages the page and the record is in the page's
// community storage; otherwise the participant's view from the published comments.
import { Group, Placeholder, Spinner } from '@vkontakte/vkui';
import { useCallback, useMemo } from 'react';
import { useServices } from '../../shared/services';
import { isQuizId, type PostRef } from '../../core/quiz';
import { createQuizStore, quizDeps, type QuizRecord } from '../../data/quiz';
import { quizErrorText } from './error-text';
import { useLoad } from '../../shared/useLoad';
import { usePageTimeZone } from '../../shared/usePageInfo';
import { AdminQuiz } from './AdminQuiz';
import { NotFound, ParticipantQuiz } from './ParticipantQuiz';

interface Props {
  /** The page the app was opened from (the quiz's page); null outside a community. */
  groupId: number | null;
  canManage: boolean;
  id: string;
  postRef: PostRef | null;
}

export function QuizContent({ groupId, canManage, id, postRef }: Props) {
  const timeZone = usePageTimeZone(groupId);
  if (groupId === null) {
    return (
      <Group>
        <Placeholder title="Откройте викторину из сообщества" data-testid="quiz-no-community">
          Викторину проводит сообщество: откройте ссылку на неё из записи или меню сообщества ВКонтакте.
        </Placeholder>
      </Group>
    );
  }
  if (!isQuizId(id)) return <NotFound onRetry={() => undefined} />;
  const participant = (notice?: React.ReactNode) => (
    <ParticipantQuiz groupId={groupId} id={id} postRef={postRef} timeZone={timeZone} notice={notice} />
  );
  if (!canManage) return participant();
  return <OrganiserOrParticipant groupId={groupId} id={id} timeZone={timeZone} participant={participant} />;
}

function OrganiserOrParticipant({
  groupId,
  id,
  timeZone,
  participant,
}: {
  groupId: number;
  id: string;
  timeZone: string;
  participant: (notice?: React.ReactNode) => React.ReactNode;
}) {
  const services = useServices();
  const deps = useMemo(() => quizDeps(services, groupId), [services, groupId]);
  const read = useCallback(() => createQuizStore(deps.storage).get(id), [deps, id]);
  const { state, set } = useLoad<QuizRecord | null>(read);

  if (state.status === 'loading')
    return (
      <Group>
        <Spinner size="l" aria-label="Открываем викторину" data-testid="quiz-loading" />
      </Group>
    );
  if (state.status === 'error') {
    const { title } = quizErrorText(state.error);
    return participant(
      `Записи организатора не открылись (${title.toLowerCase()}): показываем викторину так, как её видят подписчики.`,
    );
  }
  const record = state.value;
  if (record === null) return participant();
  return <AdminQuiz deps={deps} record={record} timeZone={timeZone} onChange={set} />;
}
