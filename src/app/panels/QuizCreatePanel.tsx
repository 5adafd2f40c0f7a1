import { useRouteNavigator } from '@vkontakte/vk-mini-apps-router';
import { canManage } from '../../core/roles';
import { CreateQuiz } from '../lazyFeatures';
import { quizPath } from '../routes';
import { useServices } from '../../shared/services';
import { QuizNotManager } from './QuizzesPanel';
import { ScreenPanel } from '../ScreenPanel';

/** The quiz builder; a saved quiz replaces the form in the history (back leads to the list). */
export function QuizCreatePanel({ id }: { id: string }) {
  const navigator = useRouteNavigator();
  const { launch } = useServices();
  return (
    <ScreenPanel id={id} title="Новая викторина">
      {launch.groupId !== null && canManage(launch.role) ? (
        <CreateQuiz
          groupId={launch.groupId}
          onCreated={(record) => void navigator.replace(quizPath(record.definition.id, record.postRef))}
        />
      ) : (
        <QuizNotManager />
      )}
    </ScreenPanel>
  );
}
