// One demo session across page loads: VK Storage and the session journal (comments) live in one
// memory Web Storage, time on one virtual clock; each `open` is a fresh page load as another viewer
// (role=admin|editor|member|none, deny=wall), the way the e2e switches roles in one browser context.
import { createServices } from '../../../src/app/create-services';
import type { AppServices } from '../../../src/app/services';
import { quizDeps, type QuizDeps } from '../../../src/data/quiz';
import { createDemoBridge, type DemoBridge } from '../../../src/demo/fake-bridge';
import { createMemoryWebStorage } from '../../../src/demo/storage';
import { VirtualClock } from '../../../src/vk/clock';
import { DEMO_NOW, DEMO_NOW_ISO } from '../demo-services';

export interface QuizViewer {
  services: AppServices;
  bridge: DemoBridge;
  deps: QuizDeps;
  userId: number;
}

export function quizSession(groupId: number) {
  const clock = new VirtualClock(DEMO_NOW * 1000);
  const storage = createMemoryWebStorage();
  const open = (query: string): QuizViewer => {
    const bridge = createDemoBridge({
      search: `?demo=1&now=${encodeURIComponent(DEMO_NOW_ISO)}&group=${groupId}&${query}`,
      storage,
      clock,
    });
    const services = createServices({
      bridge,
      launchSearch: bridge.launchSearch(),
      clock,
      demoLabel: 'demo',
    });
    return { services, bridge, deps: quizDeps(services, groupId), userId: services.launch.userId };
  };
  return { clock, open, now: () => Math.floor(clock.now() / 1000) };
}
