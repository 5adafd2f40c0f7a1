import { useRouteNavigator } from '@vkontakte/vk-mini-apps-router';
import { Group, Placeholder } from '@vkontakte/vkui';
import { Leaderboard } from '../lazyFeatures';
import { LEADERBOARD_SETTINGS_PATH } from '../routes';
import { useServices } from '../../shared/services';
import { ScreenPanel } from '../ScreenPanel';
import { usePanelParams } from '../usePanelParams';

/**
 * The subscribers' rating (the «Колизей»): everyone opened from a community; settings for admins. The
 * widget's «more» link carries the page's public rules in the route (subscribers cannot read its settings).
 */
export function LeaderboardPanel({ id }: { id: string }) {
  const navigator = useRouteNavigator();
  const params = usePanelParams<'rules'>(id);
  const { launch } = useServices();
  return (
    <ScreenPanel id={id} title="Рейтинг подписчиков">
      {launch.groupId !== null ? (
        <Leaderboard
          groupId={launch.groupId}
          userId={launch.userId}
          role={launch.role}
          rulesInRoute={params.rules ?? null}
          onSettings={() => void navigator.push(LEADERBOARD_SETTINGS_PATH)}
        />
      ) : (
        <NoCommunity />
      )}
    </ScreenPanel>
  );
}

export function NoCommunity() {
  return (
    <Group>
      <Placeholder title="Откройте рейтинг из сообщества" data-testid="lb-no-community">
        Рейтинг подписчиков ведёт сообщество: откройте приложение из меню или виджета сообщества ВКонтакте.
      </Placeholder>
    </Group>
  );
}

export function NotAdmin() {
  return (
    <Group>
      <Placeholder title="Настройки — для администраторов" data-testid="lb-not-admin">
        Очки, период и виджет рейтинга настраивают администраторы и редакторы сообщества.
      </Placeholder>
    </Group>
  );
}
