// The page's helpers that the regional letters ask for: its history with the best time to post, and
// the QR poster for the building.
import { Icon28HistoryBackwardOutline, Icon28QrCodeOutline } from '@vkontakte/icons';
import { useRouteNavigator } from '@vkontakte/vk-mini-apps-router';
import { Group, Header, SimpleCell } from '@vkontakte/vkui';
import { historyPath, posterPath } from '../../../app/routes';

export function ToolsCard({ groupId }: { groupId: number }) {
  const navigator = useRouteNavigator();
  return (
    <Group header={<Header>Помощники</Header>}>
      <SimpleCell
        before={<Icon28HistoryBackwardOutline />}
        subtitle="Три месяца по периодам, ER по месяцам и лучшее время для постов"
        multiline
        chevron="always"
        data-testid="open-history"
        onClick={() => void navigator.push(historyPath(groupId))}
      >
        История и лучшее время
      </SimpleCell>
      <SimpleCell
        before={<Icon28QrCodeOutline />}
        subtitle="Плакат А4 для здания: QR-код страницы и призыв подписаться"
        multiline
        chevron="always"
        data-testid="open-poster"
        onClick={() => void navigator.push(posterPath(groupId))}
      >
        Плакат с QR-кодом
      </SimpleCell>
    </Group>
  );
}
