import { useRouteNavigator } from '@vkontakte/vk-mini-apps-router';
import { canManage } from '../../core/roles';
import { Giveaway } from '../lazyFeatures';
import { giveawayPath } from '../routes';
import { useServices } from '../../shared/services';
import { ScreenPanel } from '../ScreenPanel';
import { usePanelParams } from '../usePanelParams';

/** One giveaway (/giveaway/:id and /giveaway/:id/post/:postRef): the organiser's or the participant's view. */
export function GiveawayPanel({ id }: { id: string }) {
  const navigator = useRouteNavigator();
  const params = usePanelParams<'id' | 'postRef'>(id);
  const { launch } = useServices();
  const giveawayId = params.id ?? '';
  const postRef = params.postRef ?? null;
  return (
    <ScreenPanel id={id} title="Розыгрыш">
      <Giveaway
        key={`${giveawayId}/${postRef ?? ''}`}
        groupId={launch.groupId}
        canManage={canManage(launch.role)}
        id={giveawayId}
        postRef={postRef}
        onVerify={(ref) => void navigator.push(giveawayPath(giveawayId, ref ?? postRef, true))}
      />
    </ScreenPanel>
  );
}
