import { useRouteNavigator } from '@vkontakte/vk-mini-apps-router';
import { Panel, PanelHeader, PanelHeaderBack, Placeholder } from '@vkontakte/vkui';
import { canManage } from '../../core/roles';
import { ScreenTitle } from '../../shared/ScreenTitle';
import { DemoNotice } from '../DemoNotice';
import { Giveaways } from '../lazyFeatures';
import { giveawayPath } from '../routes';
import { useServices } from '../../shared/services';

/** The launch page's giveaways, for its admins and editors. */
export function GiveawaysPanel({ id }: { id: string }) {
  const navigator = useRouteNavigator();
  const { launch } = useServices();
  return (
    <Panel id={id}>
      <PanelHeader before={<PanelHeaderBack onClick={() => void navigator.back()} />}>
        <ScreenTitle>Розыгрыши</ScreenTitle>
      </PanelHeader>
      <DemoNotice />
      {launch.groupId !== null && canManage(launch.role) ? (
        <Giveaways
          groupId={launch.groupId}
          onCreate={() => void navigator.push('/giveaways/new')}
          onOpen={(giveawayId, postRef) => void navigator.push(giveawayPath(giveawayId, postRef))}
        />
      ) : (
        <NotManager />
      )}
    </Panel>
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
