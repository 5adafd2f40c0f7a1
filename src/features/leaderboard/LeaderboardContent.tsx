// The rating screen for everyone in the community: the period, the viewer's own place pinned on
// top with the gap to the next place, the table, the rules, a refresh with progress; for admins the
// way to the settings and the widget's status (the widget follows the table while this is open).
import { Icon56UsersOutline } from '@vkontakte/icons';
import { Button, CellButton, Div, FormStatus, Group, Header, Placeholder } from '@vkontakte/vkui';
import { useEffect, useMemo } from 'react';
import { useServices } from '../../shared/services';
import { parseRules, type PostRef } from '../../core/leaderboard';
import { keepLinkRules, type LoadedLeaderboard } from '../../data/leaderboard';
import { byZone } from '../../shared/time-zone-words';
import { canManage, type ViewerRole } from '../../core/roles';
import { openWallPost } from '../../data/screen-actions';
import { describeVkError } from '../../shared/vk-error-text';
import { BoardProgress } from './components/BoardProgress';
import { LeaderboardErrorBlock } from './components/errors';
import { LeaderboardRows } from './components/LeaderboardRows';
import { MyPlace, standingOf, type ViewerStanding } from './components/MyPlace';
import { peopleOf } from './components/Person';
import { RulesBlock } from './components/RulesBlock';
import { WidgetStatus } from './components/WidgetStatus';
import { PERIOD_KIND_NAMES, periodText } from './text';
import { useLeaderboard, useSettingsStore, type LeaderboardLoad } from './useLeaderboard';
import { useWidgetRefresher, type WidgetRefreshState } from './useWidgetRefresher';
import './leaderboard.css';

interface Props {
  groupId: number;
  userId: number;
  role: ViewerRole;
  /** The route's rules segment (the widget's «more» link); null when opened without one. */
  rulesInRoute: string | null;
  onSettings: () => void;
}

/** Names and photos for the first rows (the table shows 20 more at a time). */
const SHOWN = 100;

export function LeaderboardContent({ groupId, userId, role, rulesInRoute, onSettings }: Props) {
  const manager = canManage(role);
  const { memory } = useServices();
  // Garbage in the route reads as no rules: the defaults, and the rules block says so.
  const rules = useMemo(() => (rulesInRoute === null ? null : parseRules(rulesInRoute)), [rulesInRoute]);
  // Back home, «Мой рейтинг» scores with the same rules (and links on with them).
  useEffect(() => {
    if (rules) keepLinkRules(memory, groupId, rules);
  }, [memory, groupId, rules]);
  const { state, refresh, set, readAgain } = useLeaderboard(groupId, {
    shown: SHOWN,
    canManage: manager,
    rules,
  });
  const store = useSettingsStore(groupId);
  const board = state.status === 'ready' ? state.value : null;
  const widget = useWidgetRefresher({
    groupId,
    board: manager ? board : null,
    store,
    read: readAgain,
    onBoard: set,
  });
  return (
    <div data-testid="lb-screen" data-state={state.status}>
      <Screen
        state={state}
        userId={userId}
        standing={standingOf(role)}
        widget={widget}
        onRefresh={refresh}
        onSettings={manager ? onSettings : null}
      />
    </div>
  );
}

function Screen({
  state,
  userId,
  standing,
  widget,
  onRefresh,
  onSettings,
}: {
  state: LeaderboardLoad;
  userId: number;
  standing: ViewerStanding;
  widget: WidgetRefreshState | null;
  onRefresh: () => void;
  onSettings: (() => void) | null;
}) {
  if (state.status === 'loading')
    return (
      <Group header={<Header multiline>Считаем рейтинг</Header>}>
        <BoardProgress progress={state.progress} label="Подсчёт рейтинга" testId="lb-progress" />
      </Group>
    );
  if (state.status === 'error')
    return (
      <Group>
        <LeaderboardErrorBlock error={state.error} onRetry={onRefresh} />
      </Group>
    );
  const board = state.value;
  return (
    <>
      <Group>
        <Div>
          <div data-testid="lb-period" style={{ fontWeight: 600 }}>
            {periodText(board.period, board.timeZone)}
          </div>
          <div style={{ marginTop: 4, color: 'var(--vkui--color_text_secondary)' }}>
            {PERIOD_KIND_NAMES[board.settings.period]} · {byZone(board.period.from, board.timeZone)}
          </div>
        </Div>
        {state.refreshing && (
          <BoardProgress progress={state.progress} label="Обновление рейтинга" testId="lb-progress" />
        )}
        {state.refreshError !== null && (
          <Div>
            <FormStatus
              mode="error"
              title={describeVkError(state.refreshError).title}
              data-testid="lb-refresh-error"
            >
              {describeVkError(state.refreshError).action} Показан рейтинг до обновления.
            </FormStatus>
          </Div>
        )}
        <Div>
          <Button
            size="m"
            mode="secondary"
            stretched
            loading={state.refreshing}
            disabled={state.refreshing}
            onClick={onRefresh}
            data-testid="lb-refresh"
          >
            Обновить
          </Button>
        </Div>
        {onSettings && (
          <CellButton onClick={onSettings} data-testid="lb-settings-open">
            Настройки рейтинга и виджет
          </CellButton>
        )}
        {widget && (
          <WidgetStatus updatedAt={widget.updatedAt} error={widget.error} timeZone={board.timeZone} />
        )}
      </Group>
      <Board board={board} userId={userId} standing={standing} onRefresh={onRefresh} />
      <RulesBlock points={board.settings.points} defaults={board.rulesFrom === 'defaults'} />
    </>
  );
}

function Board({
  board,
  userId,
  standing,
  onRefresh,
}: {
  board: LoadedLeaderboard;
  userId: number;
  standing: ViewerStanding;
  onRefresh: () => void;
}) {
  const { bridge } = useServices();
  const people = useMemo(() => peopleOf(board.names, board.photos), [board.names, board.photos]);
  const newest = newestPost(board);
  // VK opens the post in its own viewer; back here, the viewer's actions count at once.
  const openPost = newest === null ? null : () => void openWallPost(bridge, newest).then(onRefresh);
  return (
    <>
      <MyPlace
        entries={board.entries}
        userId={userId}
        people={people}
        standing={standing}
        onOpenPost={openPost}
      />
      <Group header={<Header multiline>Самые активные подписчики</Header>} data-testid="lb-top">
        {board.entries.length === 0 ? (
          <Placeholder
            icon={<Icon56UsersOutline />}
            title="Пока никто не набрал очков"
            data-testid="lb-empty"
          >
            В этом периоде подписчики ещё не отмечали записи сообщества. Лайки, комментарии и репосты записей,
            опубликованных в периоде, появятся здесь после обновления.
          </Placeholder>
        ) : (
          <LeaderboardRows entries={board.entries} people={people} meId={userId} />
        )}
      </Group>
    </>
  );
}

/** The period's newest own post, where a subscriber not in the table yet can earn points. */
function newestPost(board: LoadedLeaderboard): PostRef | null {
  let newest: { ref: PostRef; date: number } | null = null;
  for (const post of board.input.posts) if (newest === null || post.date > newest.date) newest = post;
  return newest?.ref ?? null;
}
