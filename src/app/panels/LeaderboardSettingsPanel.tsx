import { useRouteNavigator } from '@vkontakte/vk-mini-apps-router';
import { canManage } from '../../core/roles';
import { LeaderboardSettings } from '../lazyFeatures';
import { useServices } from '../../shared/services';
import { NoCommunity, NotAdmin } from './LeaderboardPanel';
import { ScreenPanel } from '../ScreenPanel';

/** Points, period and the community widget of the rating (admins and editors). */
export function LeaderboardSettingsPanel({ id }: { id: string }) {
  const navigator = useRouteNavigator();
  const { launch } = useServices();
  return (
    <ScreenPanel id={id} title="Настройки рейтинга">
      {launch.groupId === null ? (
        <NoCommunity />
      ) : canManage(launch.role) ? (
        <LeaderboardSettings groupId={launch.groupId} onSaved={() => void navigator.back()} />
      ) : (
        <NotAdmin />
      )}
    </ScreenPanel>
  );
}
