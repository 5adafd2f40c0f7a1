// The page's giveaways for its admins and editors: every record in the community storage, newest
// first, with its phase; and the way to start a new one.
import { Icon56GiftOutline } from '@vkontakte/icons';
import { Button, Div, Group, Header, Placeholder, SimpleCell, Spinner } from '@vkontakte/vkui';
import { useCallback, useMemo } from 'react';
import { useServices } from '../../shared/services';
import type { PostRef } from '../../core/giveaway';
import { createGiveawayStore, giveawayDeps, phaseOf } from '../../data/giveaway';
import { formatDateTime } from '../../shared/format';
import { GiveawayErrorBlock } from './components/GiveawayErrorBlock';
import { PHASE_NAMES } from './text';
import { useLoad, useNow } from '../../shared/useLoad';
import { usePageTimeZone } from '../../shared/usePageInfo';

interface Props {
  groupId: number;
  onCreate: () => void;
  onOpen: (id: string, postRef: PostRef | null) => void;
}

export function GiveawaysContent({ groupId, onCreate, onOpen }: Props) {
  const services = useServices();
  const timeZone = usePageTimeZone(groupId);
  const now = useNow(services.clock);
  const store = useMemo(
    () => createGiveawayStore(giveawayDeps(services, groupId).storage),
    [services, groupId],
  );
  const read = useCallback(() => store.list(), [store]);
  const { state, reload } = useLoad(read);

  const create = (
    <Div>
      <Button size="l" stretched onClick={onCreate} data-testid="giveaway-create">
        Новый розыгрыш
      </Button>
    </Div>
  );
  if (state.status === 'loading') {
    return (
      <Group>
        <Spinner size="l" aria-label="Загружаем розыгрыши" data-testid="giveaways-loading" />
      </Group>
    );
  }
  if (state.status === 'error') {
    return (
      <Group>
        <GiveawayErrorBlock error={state.error} onRetry={reload} />
      </Group>
    );
  }
  const records = state.value;
  return (
    <Group header={<Header multiline>Розыгрыши страницы</Header>} data-testid="giveaways-list">
      {create}
      {records.length === 0 ? (
        <Placeholder icon={<Icon56GiftOutline />} title="Розыгрышей пока нет">
          Создайте первый: приложение опубликует код честности под записью, само подведёт итоги и даст любому
          подписчику их проверить.
        </Placeholder>
      ) : (
        records.map((record) => (
          <SimpleCell
            key={record.terms.id}
            multiline
            chevron="always"
            onClick={() => onOpen(record.terms.id, record.postRef)}
            subtitle={`${PHASE_NAMES[phaseOf(record, now)]} · итоги ${formatDateTime(record.terms.drawAt, timeZone)}`}
            data-testid="giveaway-row"
            data-giveaway-id={record.terms.id}
          >
            {record.terms.prize}
          </SimpleCell>
        ))
      )}
    </Group>
  );
}
