import { useParams, useRouteNavigator } from '@vkontakte/vk-mini-apps-router';
import { Panel, PanelHeader, PanelHeaderBack, Placeholder } from '@vkontakte/vkui';
import { canManage } from '../../core/roles';
import { ScreenTitle } from '../../shared/ScreenTitle';
import { DemoNotice } from '../DemoNotice';
import { History } from '../lazyFeatures';
import { useServices } from '../../shared/services';

/** A page's last three months and its best time to post. */
export function HistoryPanel({ id }: { id: string }) {
  const navigator = useRouteNavigator();
  const params = useParams<'groupId'>();
  const { launch } = useServices();
  const groupId = Number(params?.groupId);
  const valid = Number.isInteger(groupId) && groupId > 0;
  return (
    <Panel id={id}>
      <PanelHeader before={<PanelHeaderBack onClick={() => void navigator.back()} />}>
        <ScreenTitle>История</ScreenTitle>
      </PanelHeader>
      <DemoNotice />
      {valid ? (
        <History
          groupId={groupId}
          canManage={launch.role === 'outside' || (groupId === launch.groupId && canManage(launch.role))}
        />
      ) : (
        <Placeholder title="Страница не найдена">В адресе нет номера сообщества.</Placeholder>
      )}
    </Panel>
  );
}
