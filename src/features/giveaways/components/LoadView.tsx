// The three states of one read (useLoad): a spinner, the error with a retry, or the value.
import { Group, Spinner } from '@vkontakte/vkui';
import type { ReactNode } from 'react';
import type { LoadState } from '../useLoad';
import { GiveawayErrorBlock } from './GiveawayErrorBlock';

export function LoadView<T>({
  load,
  loadingLabel,
  loadingTestId,
  children,
}: {
  load: Pick<LoadState<T>, 'state' | 'reload'>;
  /** Said to screen readers while waiting, e.g. «Ищем розыгрыш». */
  loadingLabel: string;
  loadingTestId: string;
  children: (value: T) => ReactNode;
}) {
  const { state, reload } = load;
  if (state.status === 'loading')
    return (
      <Group>
        <Spinner size="l" aria-label={loadingLabel} data-testid={loadingTestId} />
      </Group>
    );
  if (state.status === 'error')
    return (
      <Group>
        <GiveawayErrorBlock error={state.error} onRetry={reload} />
      </Group>
    );
  return <>{children(state.value)}</>;
}
