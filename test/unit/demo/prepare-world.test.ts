// The world index.html's boot script has the demo build ahead (prepareDemoWorld): the bridge for the
// same address starts from it, once, and answers exactly as a world built on demand.
import { describe, expect, it } from 'vitest';
import { createDemoBridge, prepareDemoWorld, type DemoBridge } from '../../../src/demo/fake-bridge';
import { MemoryStorage } from './session-helpers';

const SEARCH = '?demo=1&now=2025-06-10T12:00:00%2B03:00';

function open(search = SEARCH): DemoBridge {
  return createDemoBridge({ search, storage: new MemoryStorage() });
}

/** The lists of likers drawn so far (memoised by the crowd under `likes:<post>`). */
function drawnLikers(bridge: DemoBridge): number {
  return [...bridge.world.cache.keys()].filter((key) => key.startsWith('likes:')).length;
}

async function headWall(bridge: DemoBridge): Promise<unknown> {
  const token = bridge.api.userToken(bridge.world.viewerId, ['wall', 'groups', 'stats']);
  return bridge.api.request('wall.get', {
    owner_id: -bridge.world.headId,
    count: 100,
    v: '5.199',
    access_token: token,
  });
}

describe('a demo world prepared ahead', () => {
  it('is the world the bridge for the same address starts from, and only the first such bridge', () => {
    prepareDemoWorld(SEARCH);
    const first = open();
    const second = open();
    expect(drawnLikers(first)).toBeGreaterThan(10);
    expect(drawnLikers(second)).toBe(0);
    expect(first.world).not.toBe(second.world);
  });

  it('is not taken by a bridge for another address', () => {
    prepareDemoWorld(SEARCH);
    expect(drawnLikers(open(`${SEARCH}&role=editor`))).toBe(0);
    expect(drawnLikers(open())).toBeGreaterThan(10);
  });

  it('answers the first read exactly as a world built on demand', async () => {
    prepareDemoWorld(SEARCH);
    const ahead = open();
    const onDemand = open();
    const answer = await headWall(ahead);
    expect((answer as { response: { items: unknown[] } }).response.items.length).toBeGreaterThan(10);
    expect(answer).toEqual(await headWall(onDemand));
  });
});
