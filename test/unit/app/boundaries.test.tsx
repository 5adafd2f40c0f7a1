// @vitest-environment happy-dom
// Error boundaries: a chunk that fails to load (a rejected import()) or a screen that throws stops only
// that screen, with Russian words and «Повторить»; «Повторить» loads the chunk anew (React.lazy alone
// would keep the rejection), and the rest of the app keeps working.
import { RouterProvider } from '@vkontakte/vk-mini-apps-router';
import { Panel, PanelHeader, View } from '@vkontakte/vkui';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GuardedPanel } from '../../../src/app/GuardedPanel';
import { lazyScreen } from '../../../src/shared/lazy-screen';
import { MAIN_VIEW, PANELS, createRouter } from '../../../src/app/routes';
import type { AppServices } from '../../../src/shared/services';
import { ChunkLoadError, describeScreenError } from '../../../src/shared/ScreenBoundary';
import { wrap } from '../features/wrap';

afterEach(cleanup);
beforeEach(() => {
  // React reports every error a boundary catches to the console; the assertions below are on screen.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  return () => vi.restoreAllMocks();
});

const CHUNK_TITLE = 'Экран не загрузился';
const RENDER_TITLE = 'Экран не открылся из-за ошибки в приложении';

function Greeting({ name }: { name: string }) {
  return <p>Привет, {name}</p>;
}

/** An import() that fails the first `failures` times (a dropped connection), then delivers. */
function flakyImport(failures: number) {
  let calls = 0;
  const load = vi.fn(async () => {
    calls += 1;
    if (calls <= failures) throw new TypeError('Failed to fetch dynamically imported module: /assets/x.js');
    return Greeting;
  });
  return load;
}

describe('lazyScreen', () => {
  it('shows what happened when the chunk fails, and «Повторить» imports it again', async () => {
    const load = flakyImport(1);
    const Screen = lazyScreen(load);
    render(wrap(<Screen name="Анна" />));
    const error = await screen.findByTestId('screen-error-chunk');
    expect(error.textContent).toContain(CHUNK_TITLE);
    expect(error.textContent).toContain('прервалась связь с интернетом');
    expect(load).toHaveBeenCalledTimes(1);

    fireEvent.click(screen.getByRole('button', { name: 'Повторить' }));
    expect(await screen.findByText('Привет, Анна')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(2);
    expect(screen.queryByTestId('screen-error-chunk')).toBeNull();
  });

  it('fetches the chunk on load() before the first render, which then shows the screen at once', async () => {
    const load = flakyImport(0);
    const Screen = lazyScreen(load, { loading: <p>Загружаем…</p> });
    expect(load).not.toHaveBeenCalled();
    await Promise.all([Screen.load(), Screen.load()]);
    expect(load).toHaveBeenCalledTimes(1);
    render(wrap(<Screen name="Егор" />));
    expect(screen.getByText('Привет, Егор')).toBeTruthy();
    expect(screen.queryByText('Загружаем…')).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('load() after a failed chunk fetches it anew', async () => {
    const load = flakyImport(1);
    const Screen = lazyScreen(load);
    await expect(Screen.load()).rejects.toBeInstanceOf(ChunkLoadError);
    await Screen.load();
    expect(load).toHaveBeenCalledTimes(2);
    render(wrap(<Screen name="Жанна" />));
    expect(screen.getByText('Привет, Жанна')).toBeTruthy();
  });

  it('keeps offering «Повторить» while the connection is down, each time with a new import', async () => {
    const load = flakyImport(3);
    const Screen = lazyScreen(load);
    render(wrap(<Screen name="Борис" />));
    for (let attempt = 1; attempt <= 3; attempt++) {
      await screen.findByTestId('screen-error-chunk');
      expect(load).toHaveBeenCalledTimes(attempt);
      fireEvent.click(screen.getByRole('button', { name: 'Повторить' }));
    }
    expect(await screen.findByText('Привет, Борис')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(4);
  });

  it('loads the chunk anew when the screen is opened again after a failure', async () => {
    const load = flakyImport(1);
    const Screen = lazyScreen(load);
    const first = render(wrap(<Screen name="Вера" />));
    await screen.findByTestId('screen-error-chunk');
    first.unmount();
    render(wrap(<Screen name="Вера" />));
    expect(await screen.findByText('Привет, Вера')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('imports a chunk that loaded once only once, and then renders it without its loading state', async () => {
    const load = flakyImport(0);
    const Screen = lazyScreen(load, { loading: <p>Загружаем…</p> });
    const first = render(wrap(<Screen name="Глеб" />));
    expect(screen.getByText('Загружаем…')).toBeTruthy();
    await screen.findByText('Привет, Глеб');
    first.unmount();
    // Opened again: the very first render shows the screen, with no Suspense fallback in between.
    render(wrap(<Screen name="Глеб" />));
    expect(screen.getByText('Привет, Глеб')).toBeTruthy();
    expect(screen.queryByText('Загружаем…')).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('stops a screen that throws while rendering; its neighbours and the way on stay', async () => {
    let broken = true;
    function Fragile() {
      if (broken) throw new Error('cannot read properties of undefined');
      return <p>Экран работает</p>;
    }
    const Broken = lazyScreen(async () => Fragile, {
      alongside: () => <nav>Разделы приложения</nav>,
    });
    const Neighbour = lazyScreen(flakyImport(0));
    render(
      wrap(
        <>
          <Broken />
          <Neighbour name="Дина" />
        </>,
      ),
    );
    const error = await screen.findByTestId('screen-error');
    expect(error.textContent).toContain(RENDER_TITLE);
    expect(error.textContent).toContain('Другие разделы работают');
    expect(await screen.findByText('Привет, Дина')).toBeTruthy();
    expect(screen.getByText('Разделы приложения')).toBeTruthy();

    broken = false;
    fireEvent.click(screen.getByRole('button', { name: 'Повторить' }));
    expect(await screen.findByText('Экран работает')).toBeTruthy();
    expect(screen.queryByText('Разделы приложения')).toBeNull();
  });
});

describe('describeScreenError', () => {
  it('tells a failed chunk from an error in the app, never showing the raw message', () => {
    const chunk = describeScreenError(new ChunkLoadError(new TypeError('Failed to fetch')));
    const other = describeScreenError(new Error('x is undefined'));
    expect(chunk.title).toBe(CHUNK_TITLE);
    expect(other.title).toBe(RENDER_TITLE);
    expect(JSON.stringify([chunk, other])).not.toMatch(/Failed to fetch|undefined/);
  });
});

describe('GuardedPanel', () => {
  const services = { demoLabel: null } as unknown as AppServices;
  let broken = true;
  function BrokenPanel({ id }: { id: string }) {
    if (broken) throw new Error('render failed');
    return (
      <Panel id={id}>
        <PanelHeader>Розыгрыши</PanelHeader>
        <p>Список розыгрышей</p>
      </Panel>
    );
  }
  function HomePanel({ id }: { id: string }) {
    return (
      <Panel id={id}>
        <PanelHeader>Главная</PanelHeader>
        <p>Главный экран</p>
      </Panel>
    );
  }

  function app(router: ReturnType<typeof createRouter>, active: string): ReactNode {
    return wrap(
      <RouterProvider router={router}>
        <View id={MAIN_VIEW} activePanel={active}>
          <GuardedPanel id={PANELS.HOME} panel={HomePanel} />
          <GuardedPanel id={PANELS.GIVEAWAYS} panel={BrokenPanel} />
        </View>
      </RouterProvider>,
      services,
    );
  }

  it('puts a stand-in panel with a header, a back button and «Повторить» in place of a broken one', async () => {
    broken = true;
    const router = createRouter();
    const view = render(app(router, PANELS.GIVEAWAYS));
    const error = await screen.findByTestId('screen-error');
    expect(error.textContent).toContain(RENDER_TITLE);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Пульс госпаблика');
    expect(screen.getByRole('button', { name: 'Назад' })).toBeTruthy();

    // The other panels keep working.
    act(() => view.rerender(app(router, PANELS.HOME)));
    expect(await screen.findByText('Главный экран')).toBeTruthy();

    act(() => view.rerender(app(router, PANELS.GIVEAWAYS)));
    await screen.findByTestId('screen-error');
    broken = false;
    fireEvent.click(screen.getByRole('button', { name: 'Повторить' }));
    expect(await screen.findByText('Список розыгрышей')).toBeTruthy();
  });
});
