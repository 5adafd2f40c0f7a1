import { Icon56ErrorTriangleOutline } from '@vkontakte/icons';
import { Button, Placeholder } from '@vkontakte/vkui';
import { describeVkError } from '../../../vk/error-messages';

/** What went wrong and what to do, with a retry; never a token or a stack trace. */
export function ErrorPlaceholder({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { title, action } = describeVkError(error);
  return (
    <Placeholder
      icon={<Icon56ErrorTriangleOutline />}
      title={title}
      action={
        <Button size="m" onClick={onRetry}>
          Попробовать снова
        </Button>
      }
      data-testid="scorecard-error"
    >
      {action}
    </Placeholder>
  );
}
