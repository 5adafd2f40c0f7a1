// readWallFrom (src/data/page-snapshot.ts) over a wall that moves while it is read: a post published
// between two requests shifts every older post one place down, so the next page repeats the last
// post of the previous one. Each post must come out once, and the completeness must still hold.
import { describe, expect, it } from 'vitest';
import { fetchWallPage, readWallFrom } from '../../../src/data/page-snapshot';
import { setupApi } from '../vk/helpers';

const GROUP = 42;
const HOUR = 3600;
const BASE_DATE = 1_700_000_000;

/** A post of the wall: post `id` is `id` hours after BASE_DATE (a higher id is newer). */
function wirePost(id: number) {
  return {
    id,
    owner_id: -GROUP,
    from_id: -GROUP,
    date: BASE_DATE + id * HOUR,
    post_type: 'post',
    text: '',
    likes: { count: 0 },
    comments: { count: 0 },
    reposts: { count: 0 },
    views: { count: 10 },
  };
}

/**
 * wall.get over posts 1…`initial` (newest first); after `growAfter` answers, `published` new posts
 * appear at the top, as if the admin posted between two requests.
 */
function movingWall(initial: number, { growAfter = 1, published = 1 } = {}) {
  let answers = 0;
  const offsets: number[] = [];
  const handler = (params: Record<string, string>) => {
    const newest = answers >= growAfter ? initial + published : initial;
    answers += 1;
    const offset = Number(params['offset'] ?? 0);
    const count = Number(params['count'] ?? 20);
    offsets.push(offset);
    const items = [];
    for (let id = newest - offset; id > Math.max(0, newest - offset - count); id -= 1)
      items.push(wirePost(id));
    return { count: newest, items };
  };
  return { handler, offsets };
}

describe('readWallFrom: a wall that moves between pages', () => {
  it('skips the repeated post, keeps the first copy, and still reads the oldest one', async () => {
    // 200 posts; after the first page (200…101) post 201 appears, so offset 100 returns 101…2: 101
    // again. That makes 200 wall positions read, the old total: only the latest total (201) sends
    // the reader on to offset 200, where post 1 now is.
    const wall = movingWall(200);
    const { api } = setupApi({ 'wall.get': wall.handler });
    const first = await fetchWallPage(api, GROUP, 0);
    const progress: Array<[number, number]> = [];
    const read = await readWallFrom(api, GROUP, first, 0, {
      onPage: (n, total) => progress.push([n, total]),
    });

    const ids = read.posts.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(Array.from({ length: 200 }, (_, i) => 200 - i));
    expect(wall.offsets).toEqual([0, 100, 200]);
    expect(read.complete).toBe(true);
    // Wall positions read, of the wall's latest total.
    expect(progress).toEqual([
      [100, 200],
      [200, 201],
      [201, 201],
    ]);
  });

  it('counts a page made only of repeats as read positions, not as new posts', async () => {
    // 100 new posts appear after the first page: offset 100 returns the first page again.
    const wall = movingWall(150, { published: 100 });
    const { api } = setupApi({ 'wall.get': wall.handler });
    const read = await readWallFrom(api, GROUP, await fetchWallPage(api, GROUP, 0), 0);
    const ids = read.posts.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    // 150…51 from the first page, then 50…1 at offset 200 (offset 100 repeated 150…51).
    expect(ids).toEqual(Array.from({ length: 150 }, (_, i) => 150 - i));
    expect(wall.offsets).toEqual([0, 100, 200]);
    expect(read.complete).toBe(true);
  });

  it('stops once the month is covered and says so, repeats or not', async () => {
    // Read from post 120's date: the first page (250…151) and the second (151…52, one repeat)
    // reach below it, so nothing more is read and the month is complete.
    const wall = movingWall(250);
    const { api } = setupApi({ 'wall.get': wall.handler });
    const read = await readWallFrom(api, GROUP, await fetchWallPage(api, GROUP, 0), BASE_DATE + 120 * HOUR);
    expect(wall.offsets).toEqual([0, 100]);
    expect(read.posts).toHaveLength(199);
    expect(read.complete).toBe(true);
  });

  it('stays incomplete when the page limit cuts the month short', async () => {
    const wall = movingWall(250);
    const { api } = setupApi({ 'wall.get': wall.handler });
    const read = await readWallFrom(api, GROUP, await fetchWallPage(api, GROUP, 0), 0, { maxPages: 2 });
    // 250…151 and 151…52: 199 distinct posts of 251, the oldest read (52) still after the start.
    expect(read.posts).toHaveLength(199);
    expect(read.complete).toBe(false);
  });
});
