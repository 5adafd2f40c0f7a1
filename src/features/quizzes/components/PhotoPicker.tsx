// Thumbnails of the photos in the page's recent posts: a picture for a question is chosen among them
// (the app cannot upload files without a server).
import { Button, Div, FormStatus, Spinner } from '@vkontakte/vkui';
import { useCallback } from 'react';
import type { PagePhoto } from '../../../data/quiz';
import { quizErrorText } from '../error-text';
import { useLoad } from '../../../shared/useLoad';

/** Reads the page's photos once per form (memoised by the builder). */
export type PhotoSource = () => Promise<PagePhoto[]>;

export function PhotoPicker({
  source,
  testIdPrefix,
  picked,
  onPick,
}: {
  source: PhotoSource;
  testIdPrefix: string;
  picked: string | null;
  onPick: (url: string) => void;
}) {
  const read = useCallback(() => source(), [source]);
  const { state, reload } = useLoad(read);
  if (state.status === 'loading') return <Spinner size="m" aria-label="Загружаем фотографии страницы" />;
  if (state.status === 'error') {
    const { title, action } = quizErrorText(state.error);
    return (
      <FormStatus mode="error" title={title}>
        {action}{' '}
        <Button size="s" mode="secondary" onClick={reload}>
          Загрузить снова
        </Button>
      </FormStatus>
    );
  }
  if (state.value.length === 0)
    return (
      <Div>В последних записях страницы нет фотографий: опубликуйте запись с картинкой и вернитесь.</Div>
    );
  return (
    <Div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
      {state.value.map((photo, k) => (
        <button
          key={photo.ref}
          type="button"
          onClick={() => onPick(photo.url)}
          aria-pressed={picked === photo.url}
          aria-label={`Фотография ${k + 1}`}
          data-testid={`${testIdPrefix}-${k}`}
          style={{
            padding: 0,
            border:
              picked === photo.url ? '3px solid var(--vkui--color_stroke_accent)' : '3px solid transparent',
            borderRadius: 8,
            background: 'none',
            cursor: 'pointer',
          }}
        >
          <img
            src={photo.url}
            alt=""
            width={96}
            height={96}
            style={{ objectFit: 'cover', borderRadius: 6 }}
          />
        </button>
      ))}
    </Div>
  );
}
