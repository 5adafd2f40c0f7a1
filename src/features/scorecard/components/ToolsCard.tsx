// The page's helpers that the regional letters ask for: its history with the best time to post, and
// the QR poster for the building.
import { Icon28HistoryBackwardOutline, Icon28QrCodeOutline } from '@vkontakte/icons';
import { Group, Header, SimpleCell } from '@vkontakte/vkui';
import type { ScorecardTool } from '../actionTarget';

export function ToolsCard({ onOpen }: { onOpen: (tool: ScorecardTool) => void }) {
  return (
    <Group header={<Header>Помощники</Header>}>
      <SimpleCell
        before={<Icon28HistoryBackwardOutline />}
        subtitle="Три месяца по неделям, вовлечённость по месяцам и лучшее время для постов"
        multiline
        chevron="always"
        data-testid="open-history"
        onClick={() => onOpen('history')}
      >
        История и лучшее время
      </SimpleCell>
      <SimpleCell
        before={<Icon28QrCodeOutline />}
        subtitle="Плакат А4 для здания: QR-код страницы и призыв подписаться"
        multiline
        chevron="always"
        data-testid="open-poster"
        onClick={() => onOpen('poster')}
      >
        Плакат с QR-кодом
      </SimpleCell>
    </Group>
  );
}
