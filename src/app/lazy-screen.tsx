// A screen loaded on demand (its own chunk) behind a ScreenBoundary. React.lazy keeps a rejected
// import for good, so a chunk that failed once (a dropped connection in VK's WebView) would fail
// again on every render; here «Повторить», or opening the screen again, makes a new lazy component
// and so a new import() of the chunk.
import { PanelSpinner } from '@vkontakte/vkui';
import { Suspense, lazy, useState, type ComponentType, type ReactNode } from 'react';
import { ChunkLoadError, ScreenBoundary, ScreenError } from '../shared/ScreenBoundary';

export interface LazyScreenOptions<P> {
  /** Shown below the error when the screen fails, so the way to the rest of the app stays (home's sections). */
  alongside?: (props: P) => ReactNode;
}

export function lazyScreen<P extends object>(
  load: () => Promise<ComponentType<P>>,
  options: LazyScreenOptions<P> = {},
): ComponentType<P> {
  let failed = false;
  const make = () =>
    lazy(async () => {
      try {
        return { default: await load() };
      } catch (err) {
        failed = true;
        throw new ChunkLoadError(err);
      }
    });
  let current = make();
  /** The lazy component to render: a new one, with a new import(), when the last one failed. */
  const fresh = () => {
    if (failed) {
      failed = false;
      current = make();
    }
    return current;
  };

  return function LazyScreen(props: P) {
    const [Screen, setScreen] = useState(fresh);
    return (
      <ScreenBoundary
        onRetry={() => setScreen(fresh)}
        fallback={(error, retry) => (
          <>
            <ScreenError error={error} onRetry={retry} />
            {options.alongside?.(props)}
          </>
        )}
      >
        <Suspense fallback={<PanelSpinner aria-label="Загружаем" />}>
          <Screen {...props} />
        </Suspense>
      </ScreenBoundary>
    );
  };
}
