// Composition root: pick the VK world (real VK Bridge inside VK, the simulated VK otherwise), build
// the services, VKWebAppInit, render. The demo is loaded lazily so it never weighs on real launches.
import './app/zod-config';
import '@vkontakte/vkui/dist/cssm/styles/themes.css';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createServices, launchParamsToSearch, type ServicesInput } from './app/create-services';
import { FatalError } from './app/FatalError';
import { Scorecard } from './app/lazyFeatures';
import { ChunkLoadError } from './shared/ScreenBoundary';
import { subscribeAppearance } from './vk/appearance';
import { systemClock } from './vk/clock';
import { hasVkLaunchParams, type LaunchParams } from './vk/launch-params';
import { canManage } from './core/roles';
import { vkBridge } from './vk/vk-bridge';

async function chooseWorld(search: string): Promise<ServicesInput> {
  if (hasVkLaunchParams(search)) {
    return { bridge: vkBridge, launchSearch: search, clock: systemClock, demoLabel: null };
  }
  const demo = await import('./demo/fake-bridge').catch((err: unknown) => {
    throw new ChunkLoadError(err);
  });
  const bridge = demo.demoBridgeFor({ search, storage: window.localStorage });
  const launchSearch = launchParamsToSearch(await bridge.send('VKWebAppGetLaunchParams'));
  // The demo's clock: it starts at the world's `now` (the ?now= switch) and runs in real time.
  return { bridge, launchSearch, clock: bridge.clock, demoLabel: demo.DEMO_LABEL };
}

/**
 * The page the first screen shows when it is a scorecard, else null: an admin's or editor's home opened
 * from their page (HomePanel), or a page's own address.
 */
function scorecardPageOf(launch: LaunchParams, hash: string): number | null {
  const page = /^#\/page\/(\d+)/.exec(hash);
  if (page) return Number(page[1]);
  const home = /^#?\/?(\?.*)?$/.test(hash);
  return home && launch.groupId !== null && canManage(launch.role) ? launch.groupId : null;
}

/** index.html's boot script adds the entry's stylesheets without holding the outline; React waits for them. */
function stylesheets(): Promise<unknown> {
  const links = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')];
  return Promise.all(
    links
      .filter((link) => !link.sheet)
      .map((link) => new Promise((done) => ['load', 'error'].forEach((e) => link.addEventListener(e, done)))),
  );
}

async function start(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  try {
    const world = await chooseWorld(window.location.search);
    const services = createServices(world);
    // Until the first render replaces it, the outline takes the theme VK asks for (index.html could
    // only guess it from the system's, or the demo's ?theme=).
    const stopFollowing = subscribeAppearance(services.bridge, (appearance) =>
      document.documentElement.setAttribute('data-boot-theme', appearance),
    );
    void services.bridge.send('VKWebAppInit').catch(() => undefined);
    const scorecardPage = scorecardPageOf(services.launch, window.location.hash);
    const scorecard = scorecardPage !== null;
    // The scorecard's first read starts now rather than after the screen's code has arrived and
    // rendered, and the screen takes it. Its user token is asked for at once, so the request travels
    // alongside VKWebAppInit (the token store shares the one dialog with the read's own request).
    if (scorecard) {
      void services.tokens.getUserToken().catch(() => undefined);
      services.firstRead.start(scorecardPage);
    }
    // The first render replaces index.html's outline: it waits for the first screen's chunk (fetched
    // since the page opened, see index.html), which then renders at once, without a spinner between
    // the outline and the screen. A chunk that fails here fails again on screen, with «Повторить».
    const firstScreen = scorecard ? Scorecard.load().catch(() => null) : null;
    await Promise.all([firstScreen, stylesheets()]);
    root.render(<App services={services} />);
    stopFollowing();
  } catch (error) {
    root.render(<FatalError error={error} />);
  }
}

void start();
