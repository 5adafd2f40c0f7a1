import { useRouteNavigator } from '@vkontakte/vk-mini-apps-router';
import { Panel, PanelHeader, PanelHeaderBack } from '@vkontakte/vkui';
import { canManage } from '../../core/roles';
import { ScreenTitle } from '../../shared/ScreenTitle';
import { DemoNotice } from '../DemoNotice';
import { CreateGiveaway } from '../lazyFeatures';
import { giveawayPath } from '../routes';
import { useServices } from '../../shared/services';
import { NotManager } from './GiveawaysPanel';

/** The create form; a saved giveaway replaces the form in the history (back leads to the list). */
export function GiveawayCreatePanel({ id }: { id: string }) {
  const navigator = useRouteNavigator();
  const { launch } = useServices();
  return (
    <Panel id={id}>
      <PanelHeader before={<PanelHeaderBack onClick={() => void navigator.back()} />}>
        <ScreenTitle>Новый розыгрыш</ScreenTitle>
      </PanelHeader>
      <DemoNotice />
      {launch.groupId !== null && canManage(launch.role) ? (
        <CreateGiveaway
          groupId={launch.groupId}
          onCreated={(record) => void navigator.replace(giveawayPath(record.terms.id, record.postRef))}
        />
      ) : (
        <NotManager />
      )}
    </Panel>
  );
}
