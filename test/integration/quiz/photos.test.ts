// Photos for the questions: the largest size that fits a card, from the page's own posts' attachments.
import { describe, expect, it } from 'vitest';
import { pagePhotos } from '../../../src/data/quiz';
import { HEAD_ID } from '../../../src/demo/pages';
import { postPhoto } from '../../../src/demo/photos';
import { createVkApi } from '../../../src/vk/api-client';
import { VirtualClock } from '../../../src/vk/clock';
import type { VkTransport } from '../../../src/vk/transport';
import { demoServices } from '../demo-services';

const GROUP = 219000001;

/** A photos_photo as VK's schema describes it (album_id, date, id, owner_id, sizes). */
function photo(id: number, widths: number[]) {
  return {
    album_id: -7,
    date: 1_700_000_000,
    id,
    owner_id: -GROUP,
    sizes: widths.map((width, i) => ({
      type: 'smxyzw'[i] ?? 'w',
      width,
      height: Math.round(width * 0.75),
      url: `https://sun.userapi.com/p${id}_${width}.jpg`,
    })),
  };
}

const WALL = {
  count: 3,
  items: [
    {
      id: 10,
      date: 1_700_000_100,
      attachments: [
        { type: 'photo', photo: photo(1, [130, 604, 807, 1280]) },
        { type: 'link', link: { url: 'https://example.org', title: 'Ссылка' } },
      ],
    },
    { id: 11, date: 1_700_000_300, attachments: [{ type: 'photo', photo: photo(2, [1080, 2560]) }] },
    { id: 12, date: 1_700_000_200, attachments: [{ type: 'photo', photo: photo(1, [130, 604]) }] },
  ],
};

describe('pagePhotos', () => {
  it('lists each photo once, newest post first, at the largest size up to 807 px', async () => {
    const seen: { method: string; params: Record<string, unknown> }[] = [];
    const transport: VkTransport = {
      call: async (method, params) => {
        seen.push({ method, params: params as Record<string, unknown> });
        return { response: WALL };
      },
    };
    const api = createVkApi({
      transport,
      clock: new VirtualClock(0),
      tokens: {
        getUserToken: async () => 'user',
        getCommunityToken: async () => 'community',
        forget: () => {},
      },
    });
    const photos = await pagePhotos(api, GROUP);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.method).toBe('wall.get');
    expect(photos).toEqual([
      { ref: `photo-${GROUP}_2`, url: 'https://sun.userapi.com/p2_1080.jpg' },
      { ref: `photo-${GROUP}_1`, url: 'https://sun.userapi.com/p1_604.jpg' },
    ]);
  });

  it("reads the demo head page's photos, newest first, in one request", async () => {
    const { services, bridge } = demoServices('role=admin');
    const photos = await pagePhotos(services.api, HEAD_ID);
    expect(services.api.stats().requests).toBe(1);
    expect(photos.length).toBeGreaterThan(0);
    const world = bridge.world;
    const byRef = new Map<string, { date: number }>(
      (world.walls.get(HEAD_ID) ?? []).flatMap((post) => {
        const photo = postPhoto(world, post);
        return photo ? [[`photo${post.ownerId}_${photo.id}`, post] as const] : [];
      }),
    );
    const dates = photos.map((p) => byRef.get(p.ref)?.date ?? 0);
    expect(dates.every((d) => d > 0)).toBe(true);
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    for (const p of photos) expect(p.url).toMatch(/^data:image\//);
  });
});
