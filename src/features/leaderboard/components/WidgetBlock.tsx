// «Установить виджет»: the table of the most active subscribers on the community's page. VK shows
// the admin its own preview of the widget and installs it when the admin saves; from then on the
// widget follows the table while an admin has the rating open (useWidgetRefresher).
import { Button, Div, FormStatus, Group, Header } from '@vkontakte/vkui';
import { useState } from 'react';
import { useServices } from '../../../shared/services';
import {
  installWidget,
  type LeaderboardProgress,
  type LeaderboardSettingsStore,
} from '../../../data/leaderboard';
import { BoardProgress } from './BoardProgress';
import { useReadLeaderboard } from '../useLeaderboard';
import { widgetErrorText } from './errors';
import { WidgetStatus } from './WidgetStatus';

type Outcome =
  | { kind: 'idle' }
  | { kind: 'working'; progress: LeaderboardProgress | null }
  | { kind: 'installed'; at: number }
  | { kind: 'not-added' }
  | { kind: 'cancelled' }
  | { kind: 'failed'; error: unknown };

export function WidgetBlock({
  groupId,
  timeZone,
  store,
  widget,
}: {
  groupId: number;
  timeZone: string;
  store: LeaderboardSettingsStore;
  /** The widget as the settings last recorded it. */
  widget: { installed: boolean; updatedAt: number | null };
}) {
  const services = useServices();
  const read = useReadLeaderboard(groupId, { shown: 10, canManage: true });
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const working = outcome.kind === 'working';

  const install = async () => {
    setOutcome({ kind: 'working', progress: null });
    try {
      const board = await read((progress) => setOutcome({ kind: 'working', progress }));
      const result = await installWidget(
        {
          bridge: services.bridge,
          tokens: services.tokens,
          clock: services.clock,
          settings: store,
          groupId,
          appId: services.launch.appId,
          // Opened from this page: the app is in it already.
          appInstalled: services.launch.groupId === groupId,
        },
        board,
      );
      setOutcome(
        result.status === 'installed'
          ? { kind: 'installed', at: services.clock.now() }
          : { kind: result.status },
      );
    } catch (error) {
      setOutcome({ kind: 'failed', error });
    }
  };

  const installedAt = outcome.kind === 'installed' ? outcome.at : widget.installed ? widget.updatedAt : null;
  const installed = outcome.kind === 'installed' || widget.installed;
  return (
    <Group header={<Header multiline>Виджет в сообществе</Header>} data-testid="lb-widget">
      <Div>
        Таблица самых активных подписчиков на странице сообщества: место, имя и очки первой десятки, со
        ссылкой на полный рейтинг. После нажатия ВКонтакте покажет, как будет выглядеть виджет: проверьте
        таблицу и нажмите «Сохранить» в окне ВКонтакте. Если ВКонтакте спросит доступ к виджетам сообщества,
        разрешите его: с ним приложение обновляет таблицу.
      </Div>
      <Div>
        Своего сервера у приложения нет, поэтому виджет обновляется, пока рейтинг открыт у кого-то из
        администраторов, — раз в минуту, если таблица изменилась, — или всё время, если настроено
        автообновление (ниже).
      </Div>
      {working && (
        <BoardProgress
          progress={outcome.progress}
          idleText="Готовим таблицу для виджета…"
          label="Подготовка виджета"
          testId="lb-widget-progress"
        />
      )}
      {installed && !working && <WidgetStatus updatedAt={installedAt} error={null} timeZone={timeZone} />}
      <OutcomeNote outcome={outcome} />
      <Div>
        <Button
          size="l"
          stretched
          mode={installed ? 'secondary' : 'primary'}
          loading={working}
          disabled={working}
          onClick={() => void install()}
          data-testid="lb-widget-install"
        >
          {installed ? 'Установить виджет заново' : 'Установить виджет'}
        </Button>
      </Div>
    </Group>
  );
}

function OutcomeNote({ outcome }: { outcome: Outcome }) {
  if (outcome.kind === 'not-added')
    return (
      <Div>
        <FormStatus title="Приложение не добавлено в сообщество" data-testid="lb-widget-note">
          Виджет ставится в сообщество, куда добавлено приложение. Выберите это сообщество в окне ВКонтакте.
        </FormStatus>
      </Div>
    );
  if (outcome.kind === 'cancelled')
    return (
      <Div>
        <FormStatus title="Виджет не установлен" data-testid="lb-widget-note">
          Окно предпросмотра закрыто без сохранения. Нажмите «Установить виджет», когда будете готовы.
        </FormStatus>
      </Div>
    );
  if (outcome.kind === 'failed') {
    const { title, action } = widgetErrorText(outcome.error);
    return (
      <Div>
        <FormStatus mode="error" title={title} data-testid="lb-widget-error">
          {action}
        </FormStatus>
      </Div>
    );
  }
  return null;
}
