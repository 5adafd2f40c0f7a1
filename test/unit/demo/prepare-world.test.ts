// The bridge index.html's boot script has the demo build ahead (prepareDemoBridge): the app's bridge
// for the same address and storage is that one, once, and answers exactly as one built on demand.
import { describe, expect, it } from 'vitest';
import { likersOf } from '../../../src/demo/crowd';
import { demoBridgeFor, prepareDemoBridge, type DemoBridge } from '../../../src/demo/fake-bridge';
import { setLike } from '../../../src/demo/session';
import type { WebStorage } from '../../../src/demo/storage';
import { ownPosts } from './helpers';
import { MemoryStorage } from './session-helpers';

const SEARCH = '?demo=1&now=2025-06-10T12:00:00%2B03:00';

function open(storage: WebStorage, search = SEARCH): DemoBridge {
  return demoBridgeFor({ search, storage });
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

describe('a demo bridge prepared ahead', () => {
  it('is the bridge the app gets for the same address, and only the first time', () => {
    const storage = new MemoryStorage();
    prepareDemoBridge(SEARCH, storage);
    const first = open(storage);
    const second = open(storage);
    expect(drawnLikers(first)).toBeGreaterThan(10);
    expect(drawnLikers(second)).toBe(0);
    expect(first.world).not.toBe(second.world);
  });

  it('is not the bridge for another address or another storage, and is dropped then', () => {
    const storage = new MemoryStorage();
    prepareDemoBridge(SEARCH, storage);
    expect(drawnLikers(open(storage, `${SEARCH}&role=editor`))).toBe(0);
    expect(drawnLikers(open(storage))).toBe(0);
    prepareDemoBridge(SEARCH, storage);
    expect(drawnLikers(open(new MemoryStorage()))).toBe(0);
  });

  it('replays the session kept in its storage', () => {
    const storage = new MemoryStorage();
    const before = open(storage);
    const viewer = before.world.viewerId;
    const post = ownPosts(before.world, before.world.headId)
      .filter((p) => !likersOf(before.world, p).includes(viewer))
      .at(-1)!;
    expect(setLike(before.world, post, viewer, true)).toBe(true);
    prepareDemoBridge(SEARCH, storage);
    const after = open(storage);
    expect(drawnLikers(after)).toBeGreaterThan(10);
    expect(after.world.state.likes.size).toBe(1);
  });

  it('answers the first read exactly as a bridge built on demand', async () => {
    const storage = new MemoryStorage();
    prepareDemoBridge(SEARCH, storage);
    const ahead = open(storage);
    const onDemand = open(new MemoryStorage());
    const answer = await headWall(ahead);
    expect((answer as { response: { items: unknown[] } }).response.items.length).toBeGreaterThan(10);
    expect(answer).toEqual(await headWall(onDemand));
  });
});
