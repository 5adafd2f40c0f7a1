import { useRouteNavigator } from '@vkontakte/vk-mini-apps-router';
import { Panel, PanelHeader, PanelHeaderBack } from '@vkontakte/vkui';
import { canManage } from '../../core/roles';
import { ScreenTitle } from '../../shared/ScreenTitle';
import { DemoNotice } from '../DemoNotice';
import { LeaderboardSettings } from '../lazyFeatures';
import { useServices } from '../../shared/services';
import { NoCommunity, NotAdmin } from './LeaderboardPanel';

/** Points, period and the community widget of the rating (admins and editors). */
export function LeaderboardSettingsPanel({ id }: { id: string }) {
  const navigator = useRouteNavigator();
  const { launch } = useServices();
  return (
    <Panel id={id}>
      <PanelHeader before={<PanelHeaderBack onClick={() => void navigator.back()} />}>
        <ScreenTitle>Настройки рейтинга</ScreenTitle>
      </PanelHeader>
      <DemoNotice />
      {launch.groupId === null ? (
        <NoCommunity />
      ) : canManage(launch.role) ? (
        <LeaderboardSettings groupId={launch.groupId} onSaved={() => void navigator.back()} />
      ) : (
        <NotAdmin />
      )}
    </Panel>
  );
}
