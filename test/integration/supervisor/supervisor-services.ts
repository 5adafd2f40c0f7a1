// demoServices (../demo-services.ts) over a world of any size: the hand-made district plus
// `extraPages` synthetic subordinate pages. The viewer is the demo supervisor on the head page.
import { createServices } from '../../../src/app/create-services';
import type { SessionState, SupervisorSession } from '../../../src/features/supervisor/session';
import type { AppServices } from '../../../src/shared/services';
import { createDemoBridge, type DemoBridge } from '../../../src/demo/fake-bridge';
import { generateWorld } from '../../../src/demo/world';
import { VirtualClock } from '../../../src/vk/clock';
import { DEMO_NOW, DEMO_NOW_ISO } from '../demo-services';

export interface SupervisorServices {
  services: AppServices;
  bridge: DemoBridge;
  clock: VirtualClock;
}

export function supervisorServices({ extraPages = 0, query = '' } = {}): SupervisorServices {
  const clock = new VirtualClock(DEMO_NOW * 1000);
  const map = new Map<string, string>();
  const bridge = createDemoBridge({
    search: `?demo=1&role=admin&now=${encodeURIComponent(DEMO_NOW_ISO)}&${query}`,
    storage: {
      getItem: (key) => map.get(key) ?? null,
      setItem: (key, value) => void map.set(key, value),
      removeItem: (key) => void map.delete(key),
    },
    clock,
    world: generateWorld({ seed: 1, now: DEMO_NOW, extraPages }),
  });
  const services = createServices({ bridge, launchSearch: bridge.launchSearch(), clock, demoLabel: 'demo' });
  return { services, bridge, clock };
}

/** The first `n` children of the head page, with enough synthetic pages to have them. */
export function childrenWorld(n: number, query = ''): SupervisorServices & { ids: number[] } {
  const handMade = generateWorld({ seed: 1, now: DEMO_NOW }).childIds.length;
  const env = supervisorServices({ extraPages: Math.max(0, n - handMade), query });
  return { ...env, ids: env.bridge.world.childIds.slice(0, n) };
}

/** Resolves when the session's state satisfies the predicate. */
export function until(
  session: SupervisorSession,
  ok: (state: SessionState) => boolean,
): Promise<SessionState> {
  return new Promise((resolve) => {
    const check = () => {
      if (ok(session.getState())) {
        unsubscribe();
        resolve(session.getState());
      }
    };
    const unsubscribe = session.subscribe(check);
    check();
  });
}
