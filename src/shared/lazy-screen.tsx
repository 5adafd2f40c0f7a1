// A screen (or part of one) loaded on demand, in its own chunk, behind a ScreenBoundary. React.lazy
// keeps a rejected import for good, so a chunk that failed once (a dropped connection in VK's WebView)
// would fail again on every render; here «Повторить», or opening the screen again, makes a new lazy
// component and so a new import() of the chunk. A chunk that has arrived renders at once, without
// a frame of the loading state in between.
import { PanelSpinner } from '@vkontakte/vkui';
import { Suspense, lazy, useState, type ComponentType, type ReactNode } from 'react';
import { ChunkLoadError, ScreenBoundary, ScreenError } from './ScreenBoundary';

export interface LazyScreenOptions<P> {
  /** Shown below the error when the screen fails, so the way to the rest of the app stays (home's sections). */
  alongside?: (props: P) => ReactNode;
  /** Shown while the chunk comes; a spinner by default. */
  loading?: ReactNode;
  /** Fetch the chunk now rather than on the first render (for a part every visit needs). */
  preload?: boolean;
}

export function lazyScreen<P extends object>(
  load: () => Promise<ComponentType<P>>,
  options: LazyScreenOptions<P> = {},
): ComponentType<P> {
  let failed = false;
  let loaded: ComponentType<P> | null = null;
  const make = () => {
    const loading = load().then(
      (component) => (loaded = component),
      (err: unknown) => {
        failed = true;
        throw new ChunkLoadError(err);
      },
    );
    // A preload nobody renders yet must not report an unhandled rejection; render sees it again.
    loading.catch(() => undefined);
    return lazy(async () => ({ default: await loading }));
  };
  let current: ComponentType<P> | null = options.preload ? make() : null;
  /** The lazy component to render: a new one, with a new import(), when the last one failed. */
  const fresh = () => {
    if (current === null || failed) {
      failed = false;
      current = make();
    }
    return current;
  };

  return function LazyScreen(props: P) {
    // Chosen once per mount: switching from the lazy wrapper to the component would remount the screen.
    const [Screen, setScreen] = useState(() => loaded ?? fresh());
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
        <Suspense fallback={options.loading ?? <PanelSpinner aria-label="Загружаем" />}>
          <Screen {...props} />
        </Suspense>
      </ScreenBoundary>
    );
  };
}
