// The organiser's giveaway after the draw, answer first: the result and the list are published (with
// a link to the comment), the next steps for each prize (write to the winner; when they do not answer,
// pass the prize to the next reserve with the reason said under the result), then who took part.
import {
  Button,
  ButtonGroup,
  Div,
  FormItem,
  FormStatus,
  Group,
  Header,
  Link,
  SimpleCell,
  Spinner,
  Textarea,
} from '@vkontakte/vkui';
import { useCallback, useState } from 'react';
import {
  HANDOVER_REASON_MAX_CHARS,
  nextReserve,
  prizeSlots,
  type PostRef,
  type PrizeSlot,
} from '../../../core/giveaway';
import { postUrl } from '../../../core/wall';
import {
  createGiveawayStore,
  passPrize,
  publishHandovers,
  unpublishedHandovers,
  type GiveawayDeps,
  type GiveawayRecord,
  type StoredHandover,
  type StoredResult,
} from '../../../data/giveaway';
import { fetchNames } from '../../../data/wall';
import { formatDateTime } from '../../../shared/format';
import { useAction } from '../../../shared/useAction';
import { useLoad } from '../../../shared/useLoad';
import { useServices } from '../../../shared/services';
import { giveawayErrorText } from '../error-text';
import { messageLink, peopleText } from '../text';
import { FunnelView } from './FunnelView';

const DEFAULT_REASON = 'Победитель не ответил на сообщение о выигрыше.';

function commentUrl(postRef: PostRef, commentId: number): string {
  return `${postUrl(postRef)}?reply=${commentId}`;
}

interface Props {
  deps: GiveawayDeps;
  record: GiveawayRecord;
  result: StoredResult;
  postRef: PostRef;
  timeZone: string;
  onChange: (record: GiveawayRecord) => void;
  onVerify: () => void;
}

export function AdminResult({ deps, record, result, postRef, timeZone, onChange, onVerify }: Props) {
  const { api } = useServices();
  const read = useCallback(
    () => fetchNames(api, [...result.winners, ...result.reserves]),
    [api, result.winners, result.reserves],
  );
  const { state } = useLoad(read);
  const names = state.status === 'ready' ? state.value : new Map<number, string>();
  const nameOf = (id: number) => names.get(id) ?? `id${id}`;
  const loading = state.status === 'loading';
  return (
    <>
      <Group header={<Header multiline>Итоги опубликованы</Header>} data-testid="giveaway-published">
        <SimpleCell
          multiline
          subtitle={`Итоги подведены ${formatDateTime(result.drawnAt, timeZone)}`}
          data-testid="giveaway-participants"
          data-count={result.participantsCount}
        >
          Участвовали в розыгрыше: {peopleText(result.participantsCount)}
        </SimpleCell>
        <Div>
          Итоги и полный список участников — в комментариях под записью, от имени сообщества. По ним любой
          может проверить, что розыгрыш честный.
        </Div>
        <Div>
          <ButtonGroup mode="vertical" stretched gap="s">
            {result.resultCommentId !== null && (
              <Button
                size="l"
                stretched
                href={commentUrl(postRef, result.resultCommentId)}
                target="_blank"
                rel="noreferrer"
                data-testid="giveaway-result-link"
              >
                Открыть итоги под записью
              </Button>
            )}
            <Button size="l" mode="secondary" stretched onClick={onVerify} data-testid="giveaway-verify-open">
              Проверить честность
            </Button>
          </ButtonGroup>
        </Div>
      </Group>
      <NextSteps
        deps={deps}
        record={record}
        result={result}
        postRef={postRef}
        nameOf={nameOf}
        loading={loading}
        onChange={onChange}
      />
      {result.funnel && (
        <Group header={<Header multiline>Как отбирали участников</Header>}>
          <FunnelView
            funnel={result.funnel}
            conditions={record.terms.conditions}
            testId="giveaway-result-funnel"
          />
        </Group>
      )}
    </>
  );
}

function NextSteps({
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

function PrizeRow({
  slot,
  person,
  nameOf,
  loading,
  next,
  nextNumber,
  open,
  reason,
  running,
  onOpen,
  onCancel,
  onReason,
  onPass,
}: {
  slot: PrizeSlot;
  person: (id: number) => React.ReactNode;
  nameOf: (id: number) => string;
  loading: boolean;
  /** The reserve the prize would go to; null when none is left (or a hand-over waits to publish). */
  next: number | null;
  nextNumber: number;
  open: boolean;
  reason: string;
  running: boolean;
  onOpen: () => void;
  onCancel: () => void;
  onReason: (text: string) => void;
  onPass: () => void;
}) {
  const previous = slot.before.at(-1);
  const place = `Победитель ${slot.place}`;
  const reasonId = `gw-handover-${slot.place}`;
  return (
    <div data-testid={`giveaway-prize-${slot.place}`} data-holder={slot.holder}>
      <SimpleCell
        multiline
        data-user-id={slot.holder}
        subtitle={previous === undefined ? place : `${place} · из резерва, прежний: ${nameOf(previous)}`}
        after={loading ? <Spinner size="s" /> : undefined}
      >
        {person(slot.holder)}
      </SimpleCell>
      <Div>
        <ButtonGroup mode="horizontal" stretched gap="s">
          <Button
            size="m"
            mode="secondary"
            stretched
            href={messageLink(slot.holder)}
            target="_blank"
            rel="noreferrer"
            data-testid={`giveaway-write-${slot.place}`}
          >
            Написать
          </Button>
          {next !== null && !open && (
            <Button
              size="m"
              mode="tertiary"
              stretched
              onClick={onOpen}
              data-testid={`giveaway-handover-open-${slot.place}`}
            >
              Не отвечает
            </Button>
          )}
        </ButtonGroup>
      </Div>
      {open && next !== null && (
        <>
          <Div data-testid="giveaway-handover-to">
            Приз получит {nameOf(next)} — резерв {nextNumber}, следующий по опубликованным итогам.
          </Div>
          <FormItem
            top="Почему приз переходит к резерву"
            topMultiline
            htmlFor={reasonId}
            bottom="Причину увидят все: она появится в ответах к итогам вместе с заменой."
          >
            <Textarea
              id={reasonId}
              data-testid="giveaway-handover-reason"
              value={reason}
              maxLength={HANDOVER_REASON_MAX_CHARS}
              onChange={(event) => onReason(event.currentTarget.value)}
            />
          </FormItem>
          <Div>
            <ButtonGroup mode="vertical" stretched gap="s">
              <Button
                size="l"
                stretched
                loading={running}
                disabled={running || reason.trim() === ''}
                onClick={onPass}
                data-testid="giveaway-handover-confirm"
              >
                Передать приз резерву
              </Button>
              <Button size="l" mode="tertiary" stretched disabled={running} onClick={onCancel}>
                Отмена
              </Button>
            </ButtonGroup>
          </Div>
        </>
      )}
    </div>
  );
}

/** A hand-over saved but not yet said under the result: its reason kept, one button to publish. */
function PendingHandover({
  handover,
  nameOf,
  running,
  onRetry,
}: {
  handover: StoredHandover;
  nameOf: (id: number) => string;
  running: boolean;
  onRetry: () => void;
}) {
  return (
    <div data-testid="giveaway-handover-pending">
      <FormStatus mode="default" title="Замена сохранена, но ещё не опубликована">
        {nameOf(handover.from)} → {nameOf(handover.to)}. Причина: {handover.reason}
      </FormStatus>
      <Div>
        <Button
          size="l"
          stretched
          loading={running}
          disabled={running}
          onClick={onRetry}
          data-testid="giveaway-handover-retry"
        >
          Опубликовать замену под итогами
        </Button>
      </Div>
    </div>
  );
}
