import { useRouteNavigator } from '@vkontakte/vk-mini-apps-router';
import { Panel, PanelHeader, PanelHeaderBack } from '@vkontakte/vkui';
import { DemoNotice } from '../DemoNotice';
import { ScreenTitle } from '../../shared/ScreenTitle';
import { Supervisor } from '../lazyFeatures';
import { CHILDREN_POSTERS_PATH } from '../routes';
import { useSupervisorScope } from '../supervisorScope';

/** The supervisor's table of subordinate pages of the page the app was opened from (or the viewer's own list). */
export function ChildrenPanel({ id }: { id: string }) {
  const navigator = useRouteNavigator();
  const scope = useSupervisorScope();
  return (
    <Panel id={id}>
      <PanelHeader before={<PanelHeaderBack onClick={() => void navigator.back()} />}>
        <ScreenTitle>Подведомственные</ScreenTitle>
      </PanelHeader>
      <DemoNotice />
      <Supervisor
        parentId={scope.parentId}
        tryCommunity={scope.tryCommunity}
        onOpenChild={(childId) => void navigator.push(scope.pathOf(`/children/${childId}`))}
        onOpenPosters={() => void navigator.push(scope.pathOf(CHILDREN_POSTERS_PATH))}
      />
    </Panel>
  );
}
