import { useRouteNavigator } from '@vkontakte/vk-mini-apps-router';
import { Panel, PanelHeader, PanelHeaderBack, Placeholder } from '@vkontakte/vkui';
import { canManage } from '../../core/roles';
import { ScreenTitle } from '../../shared/ScreenTitle';
import { DemoNotice } from '../DemoNotice';
import { Quizzes } from '../lazyFeatures';
import { quizPath, seriesPath } from '../routes';
import { useServices } from '../../shared/services';

/** The launch page's quizzes and comment-quiz series, for its admins and editors. */
export function QuizzesPanel({ id }: { id: string }) {
  const navigator = useRouteNavigator();
  const { launch } = useServices();
  return (
    <Panel id={id}>
      <PanelHeader before={<PanelHeaderBack onClick={() => void navigator.back()} />}>
        <ScreenTitle>Викторины</ScreenTitle>
      </PanelHeader>
      <DemoNotice />
      {launch.groupId !== null && canManage(launch.role) ? (
        <Quizzes
          groupId={launch.groupId}
          onCreate={() => void navigator.push('/quizzes/new')}
          onCreateSeries={() => void navigator.push('/quizzes/series/new')}
          onOpen={(quizId, postRef) => void navigator.push(quizPath(quizId, postRef))}
          onOpenSeries={(seriesId) => void navigator.push(seriesPath(seriesId))}
        />
      ) : (
        <QuizNotManager />
      )}
    </Panel>
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
