import { useRouteNavigator } from '@vkontakte/vk-mini-apps-router';
import { Placeholder } from '@vkontakte/vkui';
import { canManage } from '../../core/roles';
import { Quizzes } from '../lazyFeatures';
import { QUIZ_NEW_PATH, QUIZ_SERIES_NEW_PATH, quizPath, seriesPath } from '../routes';
import { useServices } from '../../shared/services';
import { ScreenPanel } from '../ScreenPanel';

/** The launch page's quizzes and comment-quiz series, for its admins and editors. */
export function QuizzesPanel({ id }: { id: string }) {
  const navigator = useRouteNavigator();
  const { launch } = useServices();
  return (
    <ScreenPanel id={id} title="Викторины">
      {launch.groupId !== null && canManage(launch.role) ? (
        <Quizzes
          groupId={launch.groupId}
          onCreate={() => void navigator.push(QUIZ_NEW_PATH)}
          onCreateSeries={() => void navigator.push(QUIZ_SERIES_NEW_PATH)}
          onOpen={(quizId, postRef) => void navigator.push(quizPath(quizId, postRef))}
          onOpenSeries={(seriesId) => void navigator.push(seriesPath(seriesId))}
        />
      ) : (
        <QuizNotManager />
      )}
    </ScreenPanel>
  );
}

export function QuizNotManager() {
  return (
    <Placeholder title="Викторины проводят администраторы" data-testid="quizzes-not-manager">
      Создавать викторины могут администраторы и редакторы сообщества: откройте приложение из сообщества,
      которым вы управляете.
    </Placeholder>
  );
}
