import { Div } from '@vkontakte/vkui';
import { PRINT_ON_COMPUTER } from '../text';

/** A failed download or print, and where printing lives on phones. */
export function FilesNote({ error, canPrint }: { error: string | null; canPrint: boolean }) {
  if (error)
    return (
      <Div
        role="alert"
        data-testid="poster-files-error"
        style={{ color: 'var(--vkui--color_text_negative)' }}
      >
        {error}
      </Div>
    );
  return canPrint ? null : (
    <Div style={{ color: 'var(--vkui--color_text_secondary)' }}>{PRINT_ON_COMPUTER}</Div>
  );
}
