import { Icon28CheckCircleOutline } from '@vkontakte/icons';
import { Group, Header, Placeholder, SimpleCell } from '@vkontakte/vkui';
import type { Action } from '../../../core/actions';
import { actionText } from '../actionText';

export function TodayCard({ actions }: { actions: readonly Action[] }) {
  return (
    <Group header={<Header>Что сделать сегодня</Header>} data-testid="today">
      {actions.length === 0 ? (
        <Placeholder icon={<Icon28CheckCircleOutline />} title="Всё в порядке">
          Страница выполняет требования. Продолжайте публиковать в том же ритме.
        </Placeholder>
      ) : (
        actions.map((action, index) => (
          <SimpleCell key={`${action.kind}-${index}`} multiline before={<b>{index + 1}.</b>}>
            {actionText(action)}
          </SimpleCell>
        ))
      )}
    </Group>
  );
}
