import { Icon56ErrorTriangleOutline } from '@vkontakte/icons';
import { Button, Placeholder } from '@vkontakte/vkui';
import type { ErrorDescription } from './vk-error-text';

/** What went wrong and what to do, with a retry; each feature says it in its own words. */
export function ErrorBlock({
  text,
  onRetry,
  retryLabel = 'Попробовать снова',
  testId,
}: {
  text: ErrorDescription;
  onRetry?: () => void;
  retryLabel?: string;
  testId: string;
}) {
  return (
    <Placeholder
      icon={<Icon56ErrorTriangleOutline />}
      title={text.title}
      action={
        onRetry && (
          <Button size="m" onClick={onRetry}>
            {retryLabel}
          </Button>
        )
      }
      data-testid={testId}
    >
      {text.action}
    </Placeholder>
  );
}
