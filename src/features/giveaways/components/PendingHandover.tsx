import { FormStatus } from '@vkontakte/vkui';
import type { StoredHandover } from '../../../data/giveaway';
import { RunButton } from '../../../shared/RunButton';

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
      <RunButton running={running} onClick={onRetry} testId="giveaway-handover-retry">
        Опубликовать замену под итогами
      </RunButton>
    </div>
  );
}
