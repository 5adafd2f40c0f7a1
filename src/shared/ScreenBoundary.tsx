// A wall around one screen: a render error or a part of the app that failed to load stops here, with
// words for what happened and «Повторить», and everything outside (the panel's header with its back
// button, the other panels) keeps working. The lazy screens (shared/lazy-screen.tsx) give «Повторить» a
// fresh import() of the failed chunk.
import { Icon56ErrorTriangleOutline } from '@vkontakte/icons';
import { CellButton, Placeholder } from '@vkontakte/vkui';
import { Component, type ReactNode } from 'react';
import type { ErrorDescription } from './vk-error-text';

/** A lazily loaded part of the app (a chunk) did not arrive: the connection dropped, most often. */
export class ChunkLoadError extends Error {
  override readonly name = 'ChunkLoadError';
  constructor(cause: unknown) {
    super(`A part of the app failed to load: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
  }
}

/** What to tell the viewer about an error that stopped a screen. */
export function describeScreenError(error: unknown): ErrorDescription {
  if (error instanceof ChunkLoadError) {
    return {
      title: 'Экран не загрузился',
      action:
        'Часть приложения не дошла до устройства — похоже, прервалась связь с интернетом. Проверьте подключение и нажмите «Повторить».',
    };
  }
  return {
    title: 'Экран не открылся из-за ошибки в приложении',
    action:
      'Другие разделы работают: можно вернуться назад. Нажмите «Повторить»; если ошибка повторится, закройте приложение и откройте его заново.',
  };
}

/**
 * The error with «Повторить»: the standard fallback of a screen. It ships in the initial bundle (it
 * must show when chunks fail), so it uses CellButton, light next to Button (npm run bench: budget).
 */
export function ScreenError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { title, action } = describeScreenError(error);
  return (
    <Placeholder
      icon={<Icon56ErrorTriangleOutline />}
      title={title}
      action={
        <CellButton centered onClick={onRetry}>
          Повторить
        </CellButton>
      }
      data-testid={error instanceof ChunkLoadError ? 'screen-error-chunk' : 'screen-error'}
    >
      {action}
    </Placeholder>
  );
}

interface ScreenBoundaryProps {
  children: ReactNode;
  /** Runs on «Повторить» before the children are rendered again (e.g. to start a fresh import). */
  onRetry?: () => void;
  /** What to show instead of the children; ScreenError by default. */
  fallback?: (error: unknown, retry: () => void) => ReactNode;
}

type ScreenBoundaryState = { failed: false } | { failed: true; error: unknown };

export class ScreenBoundary extends Component<ScreenBoundaryProps, ScreenBoundaryState> {
  override state: ScreenBoundaryState = { failed: false };

  // React itself reports the caught error to the console (createRoot's onCaughtError).
  static getDerivedStateFromError(error: unknown): ScreenBoundaryState {
    return { failed: true, error };
  }

  private readonly retry = (): void => {
    this.props.onRetry?.();
    this.setState({ failed: false });
  };

  override render(): ReactNode {
    const { state } = this;
    if (!state.failed) return this.props.children;
    return this.props.fallback ? (
      this.props.fallback(state.error, this.retry)
    ) : (
      <ScreenError error={state.error} onRetry={this.retry} />
    );
  }
}
