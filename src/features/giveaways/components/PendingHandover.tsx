import { Button, Div, FormStatus } from '@vkontakte/vkui';
import type { StoredHandover } from '../../../data/giveaway';

/** A hand-over saved but not yet said under the result: its reason kept, one button to publish. */
export function PendingHandover({
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
