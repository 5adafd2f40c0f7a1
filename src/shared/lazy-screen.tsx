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
}

/** A lazy screen, and a way to fetch its chunk before it renders (the first screen, from main.tsx). */
export type LazyScreen<P> = ComponentType<P> & {
  /** Fetches the chunk (once, or anew after a failure); once it has arrived, the screen renders at once. */
  load(): Promise<unknown>;
};

export function lazyScreen<P extends object>(
  load: () => Promise<ComponentType<P>>,
  options: LazyScreenOptions<P> = {},
): LazyScreen<P> {
  let failed = false;
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<unknown> = Promise.resolve();
  const make = () => {
    const arriving = load().then(
      (component) => (loaded = component),
      (err: unknown) => {
        failed = true;
        throw new ChunkLoadError(err);
      },
    );
    // A load() nobody renders yet must not report an unhandled rejection; render sees it again.
    arriving.catch(() => undefined);
    loading = arriving;
    return lazy(async () => ({ default: await arriving }));
  };
  let current: ComponentType<P> | null = null;
  /** The lazy component to render: a new one, with a new import(), when the last one failed. */
  const fresh = () => {
    if (current === null || failed) {
      failed = false;
      current = make();
    }
    return current;
  };

  function LazyScreen(props: P) {
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
  }
  LazyScreen.load = () => {
    if (loaded === null) fresh();
    return loading;
  };
  return LazyScreen;
}
