// The page's published giveaways for its subscribers (home screen): prize, draw time, status.
import { Icon56GiftOutline } from '@vkontakte/icons';
import { Group, Header, Placeholder, SimpleCell } from '@vkontakte/vkui';
import { useCallback } from 'react';
import { useServices } from '../../shared/services';
import type { PostRef } from '../../core/giveaway';
import { listPublishedGiveaways, type PublishedGiveaway } from '../../data/giveaway';
import { formatDateTime } from '../../shared/format';
import { StatusMark } from '../../shared/StatusMark';
import { useLoad } from '../../shared/useLoad';
import { usePageTimeZone } from '../../shared/usePageInfo';
import { LoadView } from '../../shared/LoadView';
import { GiveawayErrorBlock } from './components/GiveawayErrorBlock';

interface Props {
  groupId: number;
  onOpen: (id: string, postRef: PostRef) => void;
}

export function PublishedGiveaways({ groupId, onOpen }: Props) {
  const { api, clock } = useServices();
  const timeZone = usePageTimeZone(groupId);
  const read = useCallback(
    () => listPublishedGiveaways(api, groupId, { now: Math.floor(clock.now() / 1000) }),
    [api, clock, groupId],
  );
  const load = useLoad(read);
  return (
    <LoadView
      load={load}
      loadingLabel="Ищем розыгрыши страницы"
      loadingTestId="published-giveaways-loading"
      renderError={(error, retry) => <GiveawayErrorBlock error={error} onRetry={retry} />}
    >
      {(giveaways) => <GiveawayList giveaways={giveaways} timeZone={timeZone} onOpen={onOpen} />}
    </LoadView>
  );
}

function GiveawayList({
  giveaways,
  timeZone,
  onOpen,
}: {
  giveaways: readonly PublishedGiveaway[];
  timeZone: string;
  onOpen: Props['onOpen'];
}) {
  if (giveaways.length === 0)
    return (
      <Group>
        <Placeholder
          icon={<Icon56GiftOutline />}
          title="Сейчас розыгрышей нет"
          data-testid="published-giveaways-empty"
        >
          Когда страница запустит розыгрыш, он появится здесь: можно будет проверить свои условия участия, а
          после итогов — победителей и честность розыгрыша.
        </Placeholder>
      </Group>
    );
  return (
    <Group header={<Header multiline>Розыгрыши</Header>} data-testid="published-giveaways">
      {giveaways.map((giveaway) => (
        <SimpleCell
          key={giveaway.terms.id}
          multiline
          chevron="always"
          onClick={() => onOpen(giveaway.terms.id, giveaway.postRef)}
          subtitle={
            <>
              <StatusMark tone={giveaway.result ? 'ok' : 'pending'}>
                {giveaway.result ? 'Итоги подведены' : 'Идёт'}
              </StatusMark>{' '}
              · итоги {formatDateTime(giveaway.terms.drawAt, timeZone)}
            </>
          }
          data-testid="published-giveaway"
          data-giveaway-id={giveaway.terms.id}
        >
          {giveaway.terms.prize}
        </SimpleCell>
      ))}
    </Group>
  );
}
