import { useRouteNavigator } from '@vkontakte/vk-mini-apps-router';
import { canManage } from '../../core/roles';
import { CreateGiveaway } from '../lazyFeatures';
import { giveawayPath } from '../routes';
import { useServices } from '../../shared/services';
import { NotManager } from './GiveawaysPanel';
import { ScreenPanel } from '../ScreenPanel';

/** The create form; a saved giveaway replaces the form in the history (back leads to the list). */
export function GiveawayCreatePanel({ id }: { id: string }) {
  const navigator = useRouteNavigator();
  const { launch } = useServices();
  return (
    <ScreenPanel id={id} title="Новый розыгрыш">
      {launch.groupId !== null && canManage(launch.role) ? (
        <CreateGiveaway
          groupId={launch.groupId}
          onCreated={(record) => void navigator.replace(giveawayPath(record.terms.id, record.postRef))}
        />
      ) : (
        <NotManager />
      )}
    </ScreenPanel>
  );
}
