// The app's services over the simulated VK on a virtual clock: what main.tsx builds in the browser,
// minus the browser. Integration tests and the benchmark start here.
import { createServices } from '../../src/app/create-services';
import type { AppServices } from '../../src/shared/services';
import { createDemoBridge, type DemoBridge } from '../../src/demo/fake-bridge';
import { VirtualClock } from '../../src/vk/clock';
import { createMemoryWebStorage } from '../../src/demo/storage';

export const DEMO_NOW_ISO = '2026-11-18T15:00:00+03:00';
export const DEMO_NOW = Math.floor(Date.parse(DEMO_NOW_ISO) / 1000);

/** Services over a fresh demo world; VK Storage in memory (in the browser the demo uses localStorage). */
export function demoServices(query = ''): { services: AppServices; bridge: DemoBridge; clock: VirtualClock } {
  const clock = new VirtualClock(DEMO_NOW * 1000);
  const bridge = createDemoBridge({
    search: `?demo=1&now=${encodeURIComponent(DEMO_NOW_ISO)}&${query}`,
    storage: createMemoryWebStorage(),
    clock,
  });
  const services = createServices({ bridge, launchSearch: bridge.launchSearch(), clock, demoLabel: 'demo' });
  return { services, bridge, clock };
}
