import { Icon28CheckCircleOutline } from '@vkontakte/icons';
import { CellButton, Group, Header, Placeholder, SimpleCell } from '@vkontakte/vkui';
import { useState } from 'react';
import type { Action } from '../../../core/actions';
import { actionText } from '../actionText';

/** The first few steps are what a busy admin reads; the rest waits behind a tap. */
export const FIRST_ACTIONS = 3;

export function TodayCard({ actions }: { actions: readonly Action[] }) {
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? actions : actions.slice(0, FIRST_ACTIONS);
  const hidden = actions.length - shown.length;
  return (
    <Group header={<Header>Что сделать сегодня</Header>} data-testid="today">
      {actions.length === 0 ? (
        <Placeholder icon={<Icon28CheckCircleOutline />} title="Всё в порядке">
          Страница выполняет требования. Продолжайте публиковать в том же ритме.
        </Placeholder>
      ) : (
        shown.map((action, index) => (
          <SimpleCell key={`${action.kind}-${index}`} multiline before={<b>{index + 1}.</b>}>
            {actionText(action)}
          </SimpleCell>
        ))
      )}
      {hidden > 0 && (
        <CellButton onClick={() => setExpanded(true)} data-testid="today-more">
          Показать ещё {hidden}
        </CellButton>
      )}
    </Group>
  );
}
