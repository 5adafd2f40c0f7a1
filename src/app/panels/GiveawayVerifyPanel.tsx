import { useParams, useRouteNavigator } from '@vkontakte/vk-mini-apps-router';
import { Panel, PanelHeader, PanelHeaderBack } from '@vkontakte/vkui';
import { ScreenTitle } from '../../shared/ScreenTitle';
import { DemoNotice } from '../DemoNotice';
import { VerifyGiveaway } from '../lazyFeatures';
import { useServices } from '../../shared/services';

/** «Проверить честность» of a giveaway, for anyone. */
export function GiveawayVerifyPanel({ id }: { id: string }) {
  const navigator = useRouteNavigator();
  const params = useParams<'id' | 'postRef'>();
  const { launch } = useServices();
  const giveawayId = params?.id ?? '';
  const postRef = params?.postRef ?? null;
  return (
    <Panel id={id}>
      <PanelHeader before={<PanelHeaderBack onClick={() => void navigator.back()} />}>
        <ScreenTitle>Проверка честности</ScreenTitle>
      </PanelHeader>
      <DemoNotice />
      <VerifyGiveaway
        key={`${giveawayId}/${postRef ?? ''}`}
        groupId={launch.groupId}
        id={giveawayId}
        postRef={postRef}
      />
    </Panel>
  );
}
