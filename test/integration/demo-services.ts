// The app's services over the simulated VK on a virtual clock: what main.tsx builds in the browser,
// minus the browser. Integration tests and the benchmark start here.
import { createServices } from '../../src/app/create-services';
import type { AppServices } from '../../src/app/services';
import { createDemoBridge, type DemoBridge } from '../../src/demo/fake-bridge';
import { VirtualClock } from '../../src/vk/clock';

export const DEMO_NOW_ISO = '2026-11-18T15:00:00+03:00';
export const DEMO_NOW = Math.floor(Date.parse(DEMO_NOW_ISO) / 1000);

/** An in-memory Web Storage (the demo keeps VK Storage in localStorage). */
function memoryWebStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  const map = new Map<string, string>();
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

export function demoServices(query = ''): { services: AppServices; bridge: DemoBridge; clock: VirtualClock } {
  const clock = new VirtualClock(DEMO_NOW * 1000);
  const bridge = createDemoBridge({
    search: `?demo=1&now=${encodeURIComponent(DEMO_NOW_ISO)}&${query}`,
    storage: memoryWebStorage(),
    clock,
  });
  const services = createServices({ bridge, launchSearch: bridge.launchSearch(), clock, demoLabel: 'demo' });
  return { services, bridge, clock };
}
