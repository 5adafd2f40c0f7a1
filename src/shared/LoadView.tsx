// The three states of one read (useLoad): a spinner, the error with a retry, or the value.
import { Group, Spinner } from '@vkontakte/vkui';
import type { ReactNode } from 'react';
import type { LoadState } from './useLoad';

export function LoadView<T>({
  load,
  loadingLabel,
  loadingTestId,
  renderError,
  children,
}: {
  load: Pick<LoadState<T>, 'state' | 'reload'>;
  /** Said to screen readers while waiting, e.g. «Ищем розыгрыш». */
  loadingLabel: string;
  loadingTestId: string;
  /** The feature's error block (its own words for its own errors), given the retry. */
  renderError: (error: unknown, retry: () => void) => ReactNode;
  children: (value: T) => ReactNode;
}) {
  const { state, reload } = load;
  if (state.status === 'loading')
    return (
      <Group>
        <Spinner size="l" aria-label={loadingLabel} data-testid={loadingTestId} />
      </Group>
    );
  if (state.status === 'error') return <Group>{renderError(state.error, reload)}</Group>;
  return <>{children(state.value)}</>;
}
