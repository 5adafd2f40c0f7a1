import { Icon56ErrorTriangleOutline } from '@vkontakte/icons';
import { Button, Placeholder } from '@vkontakte/vkui';
import { giveawayErrorText } from '../../../data/giveaway';

/** What went wrong and what to do (giveaway errors first, VK errors after), with a retry. */
export function GiveawayErrorBlock({
  error,
  onRetry,
  retryLabel = 'Попробовать снова',
}: {
  error: unknown;
  onRetry?: () => void;
  retryLabel?: string;
}) {
  const { title, action } = giveawayErrorText(error);
  return (
    <Placeholder
      icon={<Icon56ErrorTriangleOutline />}
      title={title}
      action={
        onRetry && (
          <Button size="m" onClick={onRetry}>
            {retryLabel}
          </Button>
        )
      }
      data-testid="giveaway-error"
    >
      {action}
    </Placeholder>
  );
}
