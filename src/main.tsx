// Composition root: pick the VK world (real VK Bridge inside VK, the simulated VK otherwise), build
// the services, VKWebAppInit, render. The demo is loaded lazily so it never weighs on real launches.
import '@vkontakte/vkui/dist/cssm/styles/themes.css';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createServices, launchParamsToSearch, type ServicesInput } from './app/create-services';
import { FatalError } from './app/FatalError';
import { ChunkLoadError } from './shared/ScreenBoundary';
import { systemClock } from './vk/clock';
import { hasVkLaunchParams } from './vk/launch-params';
import { vkBridge } from './vk/vk-bridge';

async function chooseWorld(search: string): Promise<ServicesInput> {
  if (hasVkLaunchParams(search)) {
    return { bridge: vkBridge, launchSearch: search, clock: systemClock, demoLabel: null };
  }
  const demo = await import('./demo/fake-bridge').catch((err: unknown) => {
    throw new ChunkLoadError(err);
  });
  const bridge = demo.createDemoBridge({ search, storage: window.localStorage });
  const launchSearch = launchParamsToSearch(await bridge.send('VKWebAppGetLaunchParams'));
  // The demo's clock: it starts at the world's `now` (the ?now= switch) and runs in real time.
  return { bridge, launchSearch, clock: bridge.clock, demoLabel: demo.DEMO_LABEL };
}

async function start(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  try {
    const world = await chooseWorld(window.location.search);
    const services = createServices(world);
    void services.bridge.send('VKWebAppInit').catch(() => undefined);
    root.render(<App services={services} />);
  } catch (error) {
    root.render(<FatalError error={error} />);
  }
}

void start();
