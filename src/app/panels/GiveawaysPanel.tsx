import { useRouteNavigator } from '@vkontakte/vk-mini-apps-router';
import { Placeholder } from '@vkontakte/vkui';
import { canManage } from '../../core/roles';
import { Giveaways } from '../lazyFeatures';
import { GIVEAWAY_NEW_PATH, giveawayPath } from '../routes';
import { useServices } from '../../shared/services';
import { ScreenPanel } from '../ScreenPanel';

/** The launch page's giveaways, for its admins and editors. */
export function GiveawaysPanel({ id }: { id: string }) {
  const navigator = useRouteNavigator();
  const { launch } = useServices();
  return (
    <ScreenPanel id={id} title="Розыгрыши">
      {launch.groupId !== null && canManage(launch.role) ? (
        <Giveaways
          groupId={launch.groupId}
          onCreate={() => void navigator.push(GIVEAWAY_NEW_PATH)}
          onOpen={(giveawayId, postRef) => void navigator.push(giveawayPath(giveawayId, postRef))}
        />
      ) : (
        <NotManager />
      )}
    </ScreenPanel>
  );
}

export function NotManager() {
  return (
    <Placeholder title="Розыгрыши проводят администраторы" data-testid="giveaways-not-manager">
      Создавать розыгрыши могут администраторы и редакторы сообщества: откройте приложение из сообщества,
      которым вы управляете.
    </Placeholder>
  );
}
