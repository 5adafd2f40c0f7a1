// @vitest-environment happy-dom
// The scorecard over a VK Bridge that does not answer: the screen stops waiting, says what happened in
// Russian and offers a retry that works once VK answers again; answers that come after their timeout
// change nothing. The app's own services (createServices) over the simulated VK, with the bridge's
// deadlines shortened so the test runs in real time (the values themselves: test/unit/vk/timeouts).
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createServices } from '../../src/app/create-services';
import { ScorecardContent } from '../../src/features/scorecard/ScorecardPanel';
import { createDemoBridge } from '../../src/demo/fake-bridge';
import { HEAD_ID } from '../../src/demo/pages';
import { createMemoryWebStorage } from '../../src/demo/storage';
import type { BridgeLike } from '../../src/vk/bridge-like';
import type { TimedBridge } from '../../src/vk/bridge-timeouts';
import { VirtualClock } from '../../src/vk/clock';
import { wrap } from '../unit/features/wrap';
import { DEMO_NOW, DEMO_NOW_ISO } from './demo-services';

afterEach(cleanup);

const TIMEOUTS = { silenceMs: 150, requestMs: 250, dialogMs: 400 };

/**
 * The demo bridge behind a switch: while `mode` is 'deaf' nothing answers (outside VK's frame), while
 * 'drop' only the API requests go unanswered (a client that drops calls); held calls can be answered
 * late with `releaseHeld()`.
 */
function flakyWorld(mode: 'deaf' | 'drop') {
  const clock = new VirtualClock(DEMO_NOW * 1000);
  const demo = createDemoBridge({
    search: `?demo=1&role=admin&now=${encodeURIComponent(DEMO_NOW_ISO)}`,
    storage: createMemoryWebStorage(),
    clock,
  });
  const state = { mode: mode as 'deaf' | 'drop' | 'answer' };
  const held: (() => void)[] = [];
  const bridge: BridgeLike = {
    send(method, props) {
      const drop = state.mode === 'deaf' || (state.mode === 'drop' && method === 'VKWebAppCallAPIMethod');
      if (!drop) return demo.send(method, props);
      return new Promise((resolve, reject) => {
        held.push(() => void demo.send(method, props).then(resolve, reject));
      });
    },
    subscribe: (listener) => demo.subscribe(listener),
    unsubscribe: (listener) => demo.unsubscribe(listener),
  };
  const services = createServices({
    bridge,
    launchSearch: demo.launchSearch(),
    clock,
    demoLabel: null,
    timeouts: TIMEOUTS,
  });
  return {
    services,
    state,
    held,
    releaseHeld: () => held.splice(0).forEach((answer) => answer()),
    timed: services.bridge as TimedBridge,
  };
}

function show(services: ReturnType<typeof flakyWorld>['services']) {
  render(wrap(<ScorecardContent groupId={HEAD_ID} canManage />, services));
}

describe('the scorecard over a bridge that never answers', () => {
  it('outside VK: says VK is not answering the app instead of loading for ever, and retries', async () => {
    const world = flakyWorld('deaf');
    void world.services.bridge.send('VKWebAppInit').catch(() => undefined);
    show(world.services);
    expect(screen.getByTestId('scorecard-loading')).toBeTruthy();
    const error = await screen.findByTestId('scorecard-error', {}, { timeout: 3_000 });
    expect(error.textContent).toContain('ВКонтакте не отвечает приложению');
    expect(error.textContent).toContain('открыто не внутри ВКонтакте');
    expect(screen.queryByTestId('scorecard-loading')).toBeNull();

    // VK starts answering (the app was reopened inside VK's frame): the retry brings the scorecard.
    world.state.mode = 'answer';
    fireEvent.click(screen.getByRole('button', { name: 'Попробовать снова' }));
    await screen.findByTestId('page-verdict', {}, { timeout: 10_000 });
    expect(screen.queryByTestId('scorecard-error')).toBeNull();
  });

  it('a client that drops API calls: a timeout message, late answers ignored, the retry works', async () => {
    const world = flakyWorld('drop');
    await world.services.bridge.send('VKWebAppInit');
    show(world.services);
    const error = await screen.findByTestId('scorecard-error', {}, { timeout: 3_000 });
    expect(error.textContent).toContain('ВКонтакте не ответил вовремя');
    expect(error.textContent).toContain('Проверьте интернет и повторите');
    // The page's first read (one execute) was sent twice: one retry after a timeout, then the error.
    expect(world.services.api.stats()).toMatchObject({ requests: 2 });
    expect(world.held).toHaveLength(2);

    // The dropped answers arrive late: nothing on screen changes, nothing fails.
    const late = world.held.length;
    world.state.mode = 'answer';
    world.releaseHeld();
    await waitFor(() => expect(world.timed.lateAnswers).toBe(late));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.getByTestId('scorecard-error').textContent).toContain('ВКонтакте не ответил вовремя');
    expect(screen.queryByTestId('page-verdict')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Попробовать снова' }));
    await screen.findByTestId('page-verdict', {}, { timeout: 10_000 });
    expect(screen.queryByTestId('scorecard-error')).toBeNull();
    expect(world.timed.lateAnswers).toBe(late);
  });
});
