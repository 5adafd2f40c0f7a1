import { giveawayErrorText } from '../error-text';
import { ErrorBlock } from '../../../shared/ErrorBlock';

/** What went wrong and what to do (giveaway errors first, VK errors after), with a retry. */
export function GiveawayErrorBlock({
  error,
  onRetry,
  retryLabel,
}: {
  error: unknown;
  onRetry?: () => void;
  retryLabel?: string;
}) {
  return (
    <ErrorBlock
      text={giveawayErrorText(error)}
      onRetry={onRetry}
      retryLabel={retryLabel}
      testId="giveaway-error"
    />
  );
}
