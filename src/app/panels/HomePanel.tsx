import { Icon56UsersOutline } from '@vkontakte/icons';
import { useRouteNavigator } from '@vkontakte/vk-mini-apps-router';
import { CellButton, Group, Panel, PanelHeader, Placeholder } from '@vkontakte/vkui';
import { MyPages, Scorecard } from '../lazyFeatures';
import { canManage } from '../../vk/launch-params';
import { DemoNotice } from '../DemoNotice';
import { useServices } from '../services';

/** The first screen depends on who opened the app, and from where (docs: DESIGN.md, "doors"). */
export function HomePanel({ id }: { id: string }) {
  return (
    <Panel id={id}>
      <PanelHeader>Пульс госпаблика</PanelHeader>
      <DemoNotice />
      <HomeContent />
    </Panel>
  );
}

function HomeContent() {
  const { launch } = useServices();
  const navigator = useRouteNavigator();
  const toChildren = (
    <Group>
      <CellButton onClick={() => void navigator.push('/children')} data-testid="open-children">
        Подведомственные страницы
      </CellButton>
    </Group>
  );
  if (launch.groupId !== null && canManage(launch.role)) {
    return (
      <>
        {toChildren}
        <Scorecard groupId={launch.groupId} canManage />
      </>
    );
  }
  if (launch.groupId !== null) {
    return (
      <Placeholder icon={<Icon56UsersOutline />} title="Здесь будут викторины и розыгрыши">
        Когда страница запустит викторину или розыгрыш, участвовать можно будет прямо здесь.
      </Placeholder>
    );
  }
  // Outside a community: the supervisor's door, the pages I administer.
  return (
    <>
      {toChildren}
      <MyPages onOpenPage={(groupId) => void navigator.push(`/page/${groupId}`)} />
    </>
  );
}
