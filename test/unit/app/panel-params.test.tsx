// @vitest-environment happy-dom
// A panel that is sliding away keeps the params it showed: the route has already changed, and the
// next route's params (or none) would remount the leaving screen with a wrong id.
import { RouterProvider, useRouteNavigator, type RouteNavigator } from '@vkontakte/vk-mini-apps-router';
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PANELS, createRouter, giveawayPath, quizPath } from '../../../src/app/routes';
import { usePanelParams } from '../../../src/app/usePanelParams';

afterEach(cleanup);

function Probe({ panelId }: { panelId: string }) {
  const params = usePanelParams<'id' | 'postRef'>(panelId);
  return (
    <p data-testid={panelId}>
      {params.id ?? '—'} {params.postRef ?? '—'}
    </p>
  );
}

let navigator: RouteNavigator | null = null;
/** The app navigates with the route navigator (push), as this does. */
function CaptureNavigator() {
  navigator = useRouteNavigator();
  return null;
}
const go = (path: string) => act(() => navigator!.push(path));

describe('usePanelParams', () => {
  it("follows its own panel's route and keeps the last params while another panel is active", async () => {
    const router = createRouter();
    await act(() => router.navigate(giveawayPath('g-1', '-219000001_5')));
    render(
      <RouterProvider router={router} throttled={false} useBridge={false}>
        <Probe panelId={PANELS.GIVEAWAY_ON_POST} />
        <Probe panelId={PANELS.QUIZ} />
        <CaptureNavigator />
      </RouterProvider>,
    );
    expect(screen.getByTestId(PANELS.GIVEAWAY_ON_POST).textContent).toBe('g-1 -219000001_5');
    expect(screen.getByTestId(PANELS.QUIZ).textContent).toBe('— —');

    await go(quizPath('q-7', null));
    expect(screen.getByTestId(PANELS.QUIZ).textContent).toBe('q-7 —');
    // Not q-7: the quiz's id is not this giveaway's.
    expect(screen.getByTestId(PANELS.GIVEAWAY_ON_POST).textContent).toBe('g-1 -219000001_5');

    await go(giveawayPath('g-2', '-219000001_9'));
    expect(screen.getByTestId(PANELS.GIVEAWAY_ON_POST).textContent).toBe('g-2 -219000001_9');
    expect(screen.getByTestId(PANELS.QUIZ).textContent).toBe('q-7 —');
  });
});
