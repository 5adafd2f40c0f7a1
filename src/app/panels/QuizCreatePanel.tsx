import { useRouteNavigator } from '@vkontakte/vk-mini-apps-router';
import { Panel, PanelHeader, PanelHeaderBack } from '@vkontakte/vkui';
import { canManage } from '../../core/roles';
import { ScreenTitle } from '../../shared/ScreenTitle';
import { DemoNotice } from '../DemoNotice';
import { CreateQuiz } from '../lazyFeatures';
import { quizPath } from '../routes';
import { useServices } from '../../shared/services';
import { QuizNotManager } from './QuizzesPanel';

/** The quiz builder; a saved quiz replaces the form in the history (back leads to the list). */
export function QuizCreatePanel({ id }: { id: string }) {
  const navigator = useRouteNavigator();
  const { launch } = useServices();
  return (
    <Panel id={id}>
      <PanelHeader before={<PanelHeaderBack onClick={() => void navigator.back()} />}>
        <ScreenTitle>Новая викторина</ScreenTitle>
      </PanelHeader>
      <DemoNotice />
      {launch.groupId !== null && canManage(launch.role) ? (
        <CreateQuiz
          groupId={launch.groupId}
          onCreated={(record) => void navigator.replace(quizPath(record.definition.id, record.postRef))}
        />
      ) : (
        <QuizNotManager />
      )}
    </Panel>
  );
}
