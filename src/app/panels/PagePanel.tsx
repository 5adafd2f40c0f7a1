import { useParams, useRouteNavigator } from '@vkontakte/vk-mini-apps-router';
import { Panel, PanelHeader, PanelHeaderBack, Placeholder } from '@vkontakte/vkui';
import { Scorecard } from '../lazyFeatures';
import { DemoNotice } from '../DemoNotice';
import { ScreenTitle } from '../../shared/ScreenTitle';
import { canManage } from '../../core/roles';
import { useOpenScorecardTool } from '../scorecardTools';
import { useServices } from '../../shared/services';

/** Any page's scorecard by id (read-only unless it is the page the app was opened from). */
export function PagePanel({ id }: { id: string }) {
  const navigator = useRouteNavigator();
  const params = useParams<'groupId'>();
  const { launch } = useServices();
  const openTool = useOpenScorecardTool();
  const groupId = Number(params?.groupId);
  const valid = Number.isInteger(groupId) && groupId > 0;
  return (
    <Panel id={id}>
      <PanelHeader before={<PanelHeaderBack onClick={() => void navigator.back()} />}>
        <ScreenTitle>Страница</ScreenTitle>
      </PanelHeader>
      <DemoNotice />
      {valid ? (
        <Scorecard
          groupId={groupId}
          canManage={launch.role === 'outside' || (groupId === launch.groupId && canManage(launch.role))}
          onOpenTool={openTool}
        />
      ) : (
        <Placeholder title="Страница не найдена">В адресе нет номера сообщества.</Placeholder>
      )}
    </Panel>
  );
}
