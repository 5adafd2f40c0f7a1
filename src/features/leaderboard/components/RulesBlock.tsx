import { Div, Group, Header } from '@vkontakte/vkui';
import type { PointRules } from '../../../core/leaderboard';
import { rulesText } from '../text';

/** How points are earned, with the page's own numbers. */
export function RulesBlock({ points }: { points: PointRules }) {
  return (
    <Group header={<Header>Правила</Header>}>
      <Div data-testid="lb-rules">{rulesText(points)}</Div>
    </Group>
  );
}
