import { Icon56UsersOutline } from '@vkontakte/icons';
import { Panel, PanelHeader, Placeholder } from '@vkontakte/vkui';
import { Scorecard } from '../lazyFeatures';
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
  if (launch.groupId !== null && canManage(launch.role)) {
    return <Scorecard groupId={launch.groupId} canManage />;
  }
  if (launch.groupId !== null) {
    return (
      <Placeholder icon={<Icon56UsersOutline />} title="Здесь будут викторины и розыгрыши">
        Когда страница запустит викторину или розыгрыш, участвовать можно будет прямо здесь.
      </Placeholder>
    );
  }
  return (
    <Placeholder icon={<Icon56UsersOutline />} title="Откройте приложение из сообщества">
      Рейтинг считается для конкретной страницы: откройте «Пульс госпаблика» в меню «Управление» вашего
      сообщества ВКонтакте.
    </Placeholder>
  );
}
