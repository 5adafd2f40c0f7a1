import { useParams, useRouteNavigator } from '@vkontakte/vk-mini-apps-router';
import { Panel, PanelHeader, PanelHeaderBack } from '@vkontakte/vkui';
import { canManage } from '../../core/roles';
import { ScreenTitle } from '../../shared/ScreenTitle';
import { DemoNotice } from '../DemoNotice';
import { Quiz } from '../lazyFeatures';
import { useServices } from '../../shared/services';

/** One quiz (/quiz/:id and /quiz/:id/post/:postRef): the organiser's or the participant's view. */
export function QuizPanel({ id }: { id: string }) {
  const navigator = useRouteNavigator();
  const params = useParams<'id' | 'postRef'>();
  const { launch } = useServices();
  const quizId = params?.id ?? '';
  const postRef = params?.postRef ?? null;
  return (
    <Panel id={id}>
      <PanelHeader before={<PanelHeaderBack onClick={() => void navigator.back()} />}>
        <ScreenTitle>Викторина</ScreenTitle>
      </PanelHeader>
      <DemoNotice />
      <Quiz
        key={`${quizId}/${postRef ?? ''}`}
        groupId={launch.groupId}
        canManage={canManage(launch.role)}
        id={quizId}
        postRef={postRef}
      />
    </Panel>
  );
}
