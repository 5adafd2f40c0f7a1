import { useParams, useRouteNavigator } from '@vkontakte/vk-mini-apps-router';
import { Panel, PanelHeader, PanelHeaderBack, Placeholder } from '@vkontakte/vkui';
import { ScreenTitle } from '../../shared/ScreenTitle';
import { DemoNotice } from '../DemoNotice';
import { ChildrenPosters, Poster } from '../lazyFeatures';
import { useSupervisorScope } from '../supervisorScope';

/** A page's printable QR poster. */
export function PosterPanel({ id }: { id: string }) {
  const navigator = useRouteNavigator();
  const params = useParams<'groupId'>();
  const groupId = Number(params?.groupId);
  const valid = Number.isInteger(groupId) && groupId > 0;
  return (
    <Panel id={id}>
      <PanelHeader before={<PanelHeaderBack onClick={() => void navigator.back()} />}>
        <ScreenTitle>Плакат с QR-кодом</ScreenTitle>
      </PanelHeader>
      <DemoNotice />
      {valid ? (
        <Poster groupId={groupId} />
      ) : (
        <Placeholder title="Страница не найдена">В адресе нет номера сообщества.</Placeholder>
      )}
    </Panel>
  );
}

/** Posters for every page in the supervisor's list. */
export function ChildrenPostersPanel({ id }: { id: string }) {
  const navigator = useRouteNavigator();
  const scope = useSupervisorScope();
  return (
    <Panel id={id}>
      <PanelHeader before={<PanelHeaderBack onClick={() => void navigator.back()} />}>
        <ScreenTitle>Плакаты с QR-кодами</ScreenTitle>
      </PanelHeader>
      <DemoNotice />
      <ChildrenPosters parentId={scope.parentId} tryCommunity={scope.tryCommunity} />
    </Panel>
  );
}
