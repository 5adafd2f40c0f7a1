import { Group, Header, Link, SimpleCell, Spinner } from '@vkontakte/vkui';
import { useCallback } from 'react';
import { useServices } from '../../../shared/services';
import { fetchNames } from '../../../data/wall';
import { useLoad } from '../../../shared/useLoad';

/** Winners and reserves in draw order, with names when VK gives them (ids otherwise). */
export function WinnersBlock({
  winners,
  reserves,
  highlight,
}: {
  winners: readonly number[];
  reserves: readonly number[];
  /** The viewer: their line is marked. */
  highlight?: number;
}) {
  const { api } = useServices();
  const read = useCallback(() => fetchNames(api, [...winners, ...reserves]), [api, winners, reserves]);
  const { state } = useLoad(read);
  const names = state.status === 'ready' ? state.value : new Map<number, string>();
  const row = (id: number, place: string) => (
    <SimpleCell
      key={id}
      subtitle={id === highlight ? `${place} · это вы` : place}
      after={state.status === 'loading' ? <Spinner size="s" /> : undefined}
      data-user-id={id}
    >
      <Link href={`https://vk.com/id${id}`} target="_blank" rel="noreferrer">
        {names.get(id) ?? `id${id}`}
      </Link>
    </SimpleCell>
  );
  return (
    <Group header={<Header multiline>Победители</Header>} data-testid="giveaway-winners">
      {winners.length === 0 && (
        <SimpleCell multiline>Участников, выполнивших условия, не нашлось.</SimpleCell>
      )}
      {winners.map((id, i) => row(id, `Победитель ${i + 1}`))}
      {reserves.length > 0 && (
        <Header size="s" multiline>
          Резерв
        </Header>
      )}
      {reserves.map((id, i) => row(id, `Резерв ${i + 1}`))}
    </Group>
  );
}
