// One prize after the draw: its holder (and who held it before), «Написать», and the hand-over form
// («Не отвечает» → the next reserve named, the public reason, «Передать приз резерву»).
import { Button, ButtonGroup, Div, FormItem, SimpleCell, Spinner, Textarea } from '@vkontakte/vkui';
import type { ReactNode } from 'react';
import { HANDOVER_REASON_MAX_CHARS, type PrizeSlot } from '../../../core/giveaway';
import { messageLink } from '../text';

export function PrizeRow({
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
  person: (id: number) => ReactNode;
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
