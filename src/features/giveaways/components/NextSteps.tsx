// «Что дальше» after the draw: for each prize its holder, «Написать», and «Не отвечает» to pass the
// prize to the next reserve with a public reason (replied under the result); the reserves, and the
// hand-overs made, each with a link to its reply.
import { FormStatus, Group, Header, Link, SimpleCell, Div } from '@vkontakte/vkui';
import { useState } from 'react';
import { nextReserve, prizeSlots, type PostRef, type PrizeSlot } from '../../../core/giveaway';
import { commentUrl } from '../../../core/wall';
import {
  createGiveawayStore,
  passPrize,
  publishHandovers,
  unpublishedHandovers,
  type GiveawayDeps,
  type GiveawayRecord,
  type StoredResult,
} from '../../../data/giveaway';
import { useAction } from '../../../shared/useAction';
import { giveawayErrorText } from '../error-text';
import { PendingHandover } from './PendingHandover';
import { PrizeRow } from './PrizeRow';

const DEFAULT_REASON = 'Победитель не ответил на сообщение о выигрыше.';

export function NextSteps({
  deps,
  record,
  result,
  postRef,
  nameOf,
  loading,
  onChange,
}: {
  deps: GiveawayDeps;
  record: GiveawayRecord;
  result: StoredResult;
  postRef: PostRef;
  nameOf: (id: number) => string;
  loading: boolean;
  onChange: (record: GiveawayRecord) => void;
}) {
  const handovers = result.handovers ?? [];
  const slots = prizeSlots(result, handovers);
  const next = nextReserve(result, handovers);
  const pending = unpublishedHandovers(record);
  const [passing, setPassing] = useState<number | null>(null);
  const [reason, setReason] = useState(DEFAULT_REASON);
  const action = useAction({
    onError: async () => {
      // The hand-over is saved before its reply is published: show what was kept.
      const stored = await createGiveawayStore(deps.storage)
        .get(record.terms.id)
        .catch(() => null);
      if (stored) {
        onChange(stored);
        if (unpublishedHandovers(stored).length > 0) setPassing(null);
      }
    },
  });
  const pass = (from: number) =>
    action.run(async () => {
      onChange(await passPrize(deps, record, from, reason));
      setPassing(null);
      setReason(DEFAULT_REASON);
    });
  const retry = () => action.run(async () => onChange(await publishHandovers(deps, record)));
  const errorText = action.error === null ? null : giveawayErrorText(action.error);
  const person = (id: number) => (
    <Link href={`https://vk.com/id${id}`} target="_blank" rel="noreferrer">
      {nameOf(id)}
    </Link>
  );

  return (
    <Group header={<Header multiline>Что дальше</Header>} data-testid="giveaway-winners">
      {slots.length === 0 ? (
        <SimpleCell multiline>
          Участников, выполнивших условия, не нашлось: приз никому не достался.
        </SimpleCell>
      ) : (
        <Div>
          Напишите {slots.length === 1 ? 'победителю' : 'победителям'}, как получить приз.
          {result.reserves.length > 0 &&
            ' Если победитель не отвечает, передайте приз следующему из резерва: замена с причиной появится в ответах к итогам.'}
        </Div>
      )}
      {pending.map((h) => (
        <PendingHandover
          key={`${h.from}-${h.to}`}
          handover={h}
          nameOf={nameOf}
          running={action.running}
          onRetry={() => void retry()}
        />
      ))}
      {errorText && (
        <FormStatus mode="error" title={errorText.title} data-testid="giveaway-handover-error">
          {errorText.action}
        </FormStatus>
      )}
      {slots.map((slot) => (
        <PrizeRow
          key={slot.place}
          slot={slot}
          person={person}
          nameOf={nameOf}
          loading={loading}
          next={pending.length === 0 ? next : null}
          nextNumber={next === null ? 0 : result.reserves.indexOf(next) + 1}
          open={passing === slot.holder}
          reason={reason}
          running={action.running}
          onOpen={() => {
            action.setError(null);
            setPassing(slot.holder);
          }}
          onCancel={() => setPassing(null)}
          onReason={setReason}
          onPass={() => void pass(slot.holder)}
        />
      ))}
      {result.reserves.length > 0 && (
        <Header size="s" multiline>
          Резерв
        </Header>
      )}
      {result.reserves.map((id, i) => {
        const given = handovers.some((h) => h.to === id);
        const place = `Резерв ${i + 1}`;
        return (
          <SimpleCell
            key={id}
            multiline
            data-user-id={id}
            data-testid={`giveaway-reserve-${i + 1}`}
            subtitle={reserveSubtitle(place, id, given ? slots : null, next)}
          >
            {person(id)}
          </SimpleCell>
        );
      })}
      {handovers.some((h) => h.commentId !== null) && (
        <Header size="s" multiline>
          Замены
        </Header>
      )}
      {handovers
        .filter((h) => h.commentId !== null)
        .map((h) => (
          <SimpleCell
            key={`done-${h.from}-${h.to}`}
            multiline
            subtitle={`Причина: ${h.reason}`}
            data-testid="giveaway-handover-done"
            after={
              <Link href={commentUrl(postRef, h.commentId!)} target="_blank" rel="noreferrer">
                Под итогами
              </Link>
            }
          >
            {nameOf(h.from)} → {nameOf(h.to)}
          </SimpleCell>
        ))}
    </Group>
  );
}

/** «Резерв 2 · теперь победитель 1», «Резерв 1 · следующий, если победитель не ответит». */
function reserveSubtitle(place: string, id: number, slots: readonly PrizeSlot[] | null, next: number | null) {
  const won = slots?.find(
    (slot) => slot.before.length > 0 && (slot.holder === id || slot.before.includes(id)),
  );
  if (won)
    return won.holder === id ? `${place} · теперь победитель ${won.place}` : `${place} · приз передан дальше`;
  return id === next ? `${place} · следующий, если победитель не ответит` : place;
}
