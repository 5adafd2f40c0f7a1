// «Мой рейтинг» on a subscriber's home screen: the place, the points and how far the next place is;
// a tap opens the whole table. Reading it warms the activity cache, so the table then opens fast.
import { Button, Div, Group, Header, SimpleCell } from '@vkontakte/vkui';
import { useState } from 'react';
import { useServices } from '../../shared/services';
import { placeOf, pointsToNextPlace, type LeaderboardRules } from '../../core/leaderboard';
import { keptLinkRules } from '../../data/leaderboard';
import { BoardProgress } from './components/BoardProgress';
import { describeVkError } from '../../shared/vk-error-text';
import type { ViewerRole } from '../../core/roles';
import { standingOf } from './components/MyPlace';
import { gapText, pointsRulesText, pointsText } from './text';
import { useLeaderboard } from './useLeaderboard';

interface Props {
  groupId: number;
  userId: number;
  role: ViewerRole;
  /** Opens the table with the rules this card scored with (null: the defaults). */
  onOpen: (rules: LeaderboardRules | null) => void;
}

export function MyRatingCard({ groupId, userId, role, onOpen: openWith }: Props) {
  const { memory } = useServices();
  // The rules a link (the widget's «more») brought this session; the defaults otherwise.
  const [rules] = useState(() => keptLinkRules(memory, groupId));
  const onOpen = () => openWith(rules);
  // Only the viewer's own name is needed here.
  const { state, refresh } = useLeaderboard(groupId, { shown: 0, canManage: false, rules });
  const header = <Header multiline>Мой рейтинг</Header>;
  if (state.status === 'loading')
    return (
      <Group header={header} data-testid="lb-my-card" data-state="loading">
        <BoardProgress progress={state.progress} label="Подсчёт рейтинга" testId="lb-my-card-progress" />
      </Group>
    );
  if (state.status === 'error') {
    const { title, action } = describeVkError(state.error);
    return (
      <Group header={header} data-testid="lb-my-card" data-state="error">
        <SimpleCell multiline subtitle={action} onClick={onOpen} chevron="always">
          Рейтинг не загрузился: {title.toLowerCase()}
        </SimpleCell>
        <Div>
          <Button size="s" mode="secondary" onClick={refresh}>
            Попробовать снова
          </Button>
        </Div>
      </Group>
    );
  }
  const { entries } = state.value;
  const entry = placeOf(entries, userId);
  const standing = standingOf(role);
  const subtitle =
    entry !== null
      ? gapText(pointsToNextPlace(entries, userId), entry)
      : standing === 'outsider'
        ? 'Очки получают подписчики: подпишитесь и отмечайте записи сообщества'
        : `${pointsRulesText(state.value.settings.points)}: отмечайте записи сообщества`;
  return (
    <Group
      header={header}
      data-testid="lb-my-card"
      data-state="ready"
      data-place={entry?.place ?? ''}
      data-points={entry?.points ?? ''}
    >
      <SimpleCell
        multiline
        chevron="always"
        onClick={onOpen}
        subtitle={subtitle}
        data-testid="lb-my-card-open"
      >
        {entry !== null ? `${entry.place} место · ${pointsText(entry.points)}` : 'Вас пока нет в рейтинге'}
      </SimpleCell>
    </Group>
  );
}
