import { Div, Group, Header } from '@vkontakte/vkui';
import type { PointRules } from '../../../core/leaderboard';
import { DEFAULT_RULES_NOTE, rulesText } from '../text';

/**
 * How points are earned, with the page's own numbers. `defaults`: the viewer could not learn the
 * page's rules (opened from the menu, no rules in the route), so the defaults apply — said in one line.
 */
export function RulesBlock({ points, defaults }: { points: PointRules; defaults: boolean }) {
  return (
    <Group header={<Header multiline>Правила</Header>}>
      <Div data-testid="lb-rules">{rulesText(points)}</Div>
      {defaults && (
        <Div data-testid="lb-rules-defaults" style={{ color: 'var(--vkui--color_text_secondary)' }}>
          {DEFAULT_RULES_NOTE}
        </Div>
      )}
    </Group>
  );
}
