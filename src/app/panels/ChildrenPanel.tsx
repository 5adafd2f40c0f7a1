import { useRouteNavigator } from '@vkontakte/vk-mini-apps-router';
import { Panel, PanelHeader, PanelHeaderBack } from '@vkontakte/vkui';
import { DemoNotice } from '../DemoNotice';
import { ScreenTitle } from '../../shared/ScreenTitle';
import { Supervisor } from '../lazyFeatures';
import { CHILDREN_POSTERS_PATH } from '../routes';
import { useServices } from '../services';

/** The supervisor's table of subordinate pages of the page the app was opened from (or the viewer's own list). */
export function ChildrenPanel({ id }: { id: string }) {
  const navigator = useRouteNavigator();
  const { launch } = useServices();
  return (
    <Panel id={id}>
      <PanelHeader before={<PanelHeaderBack onClick={() => void navigator.back()} />}>
        <ScreenTitle>Подведомственные</ScreenTitle>
      </PanelHeader>
      <DemoNotice />
      <Supervisor
        parentId={launch.groupId}
        tryCommunity={launch.role === 'admin'}
        onOpenChild={(childId) => void navigator.push(`/children/${childId}`)}
        onOpenPosters={() => void navigator.push(CHILDREN_POSTERS_PATH)}
      />
    </Panel>
  );
}
