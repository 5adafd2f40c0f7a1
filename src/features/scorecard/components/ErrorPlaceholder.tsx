import { Icon56ErrorTriangleOutline } from '@vkontakte/icons';
import { Button, Placeholder } from '@vkontakte/vkui';
import { describeVkError } from '../../../shared/vk-error-text';

/** What went wrong and what to do, with a retry; never a token or a stack trace. */
export function ErrorPlaceholder({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { title, action } = describeVkError(error);
  const label = labelOf(error);
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
      {label && <div>Страница: vk.com/{label}</div>}
    </Placeholder>
  );
}

/** The adapter's errors carry the page they concern (e.g. "club123"). */
function labelOf(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('label' in error)) return null;
  return typeof error.label === 'string' && error.label ? error.label : null;
}
