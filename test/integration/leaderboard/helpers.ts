// Demo services for the leaderboard tests: a district page or the leaderboard bench page, as an admin
// or a subscriber, on a virtual clock.
import { createServices } from '../../../src/app/create-services';
import { createDemoBridge } from '../../../src/demo/fake-bridge';
import { createMemoryWebStorage } from '../../../src/demo/storage';
import { generateWorld } from '../../../src/demo/world';
import { VirtualClock } from '../../../src/vk/clock';
import { DEMO_NOW, DEMO_NOW_ISO } from '../demo-services';

export function leaderboardServices(query: string, options: { bench?: boolean } = {}) {
  const clock = new VirtualClock(DEMO_NOW * 1000);
  const bridge = createDemoBridge({
    search: `?demo=1&now=${encodeURIComponent(DEMO_NOW_ISO)}&${query}`,
    storage: createMemoryWebStorage(),
    clock,
    ...(options.bench ? { world: generateWorld({ seed: 1, now: DEMO_NOW, leaderboardBench: true }) } : {}),
  });
  const services = createServices({ bridge, launchSearch: bridge.launchSearch(), clock, demoLabel: 'demo' });
  return { services, bridge, clock };
}
