// Photos of the pages' own posts: which posts carry one, the pictures themselves, and how they travel
// through wall.get, wall.getById, reposts and the app's `execute` projection.
import { describe, expect, it } from 'vitest';
import { LANDMARKS, PALETTE_COUNT, landmarkPicture } from '../../../src/demo/landmarks';
import { postPhoto } from '../../../src/demo/photos';
import { quizQuestionOf } from '../../../src/demo/quiz-posts';
import { generateWorld } from '../../../src/demo/world';
import type { DemoPost, DemoWorld } from '../../../src/demo/world';
import { zipColumns } from '../../../src/vk/pick';
import type { ResponsePick } from '../../../src/vk/pick';
import { buildExecuteScript } from '../../../src/vk/vkscript';
import { NOW, ok, ownPosts, rig } from './helpers';

const world = generateWorld({ seed: 1, now: NOW });
const HEAD = world.headId;
const LIBRARY = 219000015;
const MUSEUM = 219000017;

interface WirePhoto {
  id: number;
  owner_id: number;
  album_id: number;
  post_id: number;
  date: number;
  sizes: { type: string; width: number; height: number; url: string }[];
}
interface WirePost {
  id: number;
  attachments: { type: string; photo: WirePhoto }[];
  copy_history?: WirePost[];
}

const news = (w: DemoWorld, groupId: number): DemoPost[] =>
  ownPosts(w, groupId).filter((p) => p.kind === 'regular');

function share(w: DemoWorld, groupId: number): number {
  const posts = news(w, groupId);
  return posts.filter((p) => postPhoto(w, p) !== null).length / posts.length;
}

describe('which posts carry a photo', () => {
  it('a share of news posts: the head page most, culture pages next, the rest least', () => {
    expect(share(world, HEAD)).toBeGreaterThan(0.3);
    expect(share(world, HEAD)).toBeLessThan(0.6);
    expect(share(world, LIBRARY)).toBeGreaterThan(0.2);
    expect(share(world, world.special.compliant)).toBeGreaterThan(0.05);
    expect(share(world, world.special.compliant)).toBeLessThan(0.35);
  });

  it('"guess the place" quiz posts show their landmark; other quiz posts, reposts and posts by users none', () => {
    const quizzes = [...ownPosts(world, LIBRARY), ...ownPosts(world, MUSEUM)].filter(
      (p) => p.kind === 'quiz',
    );
    const withPlace = quizzes.filter((p) => quizQuestionOf(world, p)?.landmark);
    expect(withPlace.length).toBeGreaterThanOrEqual(4);
    for (const post of quizzes)
      expect(postPhoto(world, post)?.landmark ?? null).toBe(quizQuestionOf(world, post)?.landmark ?? null);
    const reposts = (world.walls.get(HEAD) ?? []).filter((p) => p.copyOf !== null);
    const byUsers = (world.walls.get(219000008) ?? []).filter((p) => p.fromId > 0);
    expect(reposts.length).toBeGreaterThan(0);
    expect(byUsers.length).toBeGreaterThan(0);
    for (const post of [...reposts, ...byUsers]) expect(postPhoto(world, post)).toBeNull();
  });

  it('is deterministic, differs between seeds, and a post keeps its photo as time moves on', () => {
    const again = generateWorld({ seed: 1, now: NOW });
    const later = generateWorld({ seed: 1, now: NOW + 30 * 86400 });
    const other = generateWorld({ seed: 2, now: NOW });
    const photos = (w: DemoWorld, ids: ReadonlySet<number>) =>
      news(w, HEAD)
        .filter((p) => ids.has(p.id))
        .map((p) => [p.id, postPhoto(w, p)]);
    // Posts both windows have (the later window starts later).
    const both = new Set(news(later, HEAD).map((p) => p.id));
    const ids = new Set(
      news(world, HEAD)
        .map((p) => p.id)
        .filter((id) => both.has(id)),
    );
    expect(ids.size).toBeGreaterThan(20);
    expect(photos(again, ids)).toEqual(photos(world, ids));
    expect(photos(later, ids)).toEqual(photos(world, ids));
    const all = new Set(news(world, HEAD).map((p) => p.id));
    expect(photos(other, all)).not.toEqual(photos(world, all));
  });

  it('the pictures: every landmark in every palette, small self-contained SVGs', () => {
    const seen = new Set(
      [...world.walls.values()].flat().flatMap((p) => {
        const photo = postPhoto(world, p);
        return photo ? [photo.landmark] : [];
      }),
    );
    expect([...seen].sort()).toEqual([...LANDMARKS].sort());
    const urls = new Set<string>();
    for (const landmark of LANDMARKS) {
      for (let palette = 0; palette < PALETTE_COUNT; palette++) {
        const url = landmarkPicture(landmark, palette);
        urls.add(url);
        expect(url.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true);
        expect(url.length).toBeLessThan(2048);
        const svg = decodeURIComponent(url.slice(url.indexOf(',') + 1));
        expect(svg).toMatch(/^<svg xmlns='http:\/\/www\.w3\.org\/2000\/svg' viewBox='0 0 120 80'>.*<\/svg>$/);
        expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
      }
    }
    expect(urls.size).toBe(LANDMARKS.length * PALETTE_COUNT);
  });
});

describe('photos over the API', () => {
  it('wall.get and wall.getById return them as photo attachments; copy_history carries the original’s', async () => {
    const r = rig({ world });
    const wall = ok(await r.call('wall.get', { owner_id: -HEAD, count: 100 })) as { items: WirePost[] };
    const withPhoto = wall.items.filter((p) => p.attachments.length > 0);
    expect(withPhoto.length).toBeGreaterThan(20);
    for (const item of wall.items) {
      const post = world.walls.get(HEAD)?.find((p) => p.id === item.id);
      if (!post) throw new Error('unknown post');
      const photo = postPhoto(world, post);
      expect(item.attachments.length).toBe(photo ? 1 : 0);
      if (!photo) continue;
      const [attachment] = item.attachments;
      expect(attachment?.type).toBe('photo');
      expect(attachment?.photo).toMatchObject({
        id: photo.id,
        owner_id: -HEAD,
        album_id: -7,
        post_id: post.id,
        date: post.date,
      });
      expect(attachment?.photo.sizes.map((s) => [s.type, s.width])).toEqual([
        ['s', 75],
        ['m', 130],
        ['x', 604],
        ['y', 807],
      ]);
      expect(new Set(attachment?.photo.sizes.map((s) => s.url))).toEqual(
        new Set([landmarkPicture(photo.landmark, photo.palette)]),
      );
    }
    const sample = withPhoto.slice(0, 3).map((p) => `${-HEAD}_${p.id}`);
    const byId = ok(await r.call('wall.getById', { posts: sample.join(',') })) as { items: WirePost[] };
    expect(byId.items.map((p) => p.attachments)).toEqual(withPhoto.slice(0, 3).map((p) => p.attachments));

    // A page's repost of a head-page post with a photo: the photo is the original's, in copy_history.
    const repost = [...world.walls.values()].flat().find((p) => {
      const origin = p.copyOf && world.walls.get(-p.copyOf.ownerId)?.find((o) => o.id === p.copyOf?.id);
      return origin && postPhoto(world, origin) !== null;
    });
    if (!repost) throw new Error('no repost of a post with a photo');
    const shared = ok(await r.call('wall.getById', { posts: `${repost.ownerId}_${repost.id}` })) as {
      items: WirePost[];
    };
    expect(shared.items[0]?.attachments).toEqual([]);
    expect(shared.items[0]?.copy_history?.[0]?.attachments[0]?.photo.owner_id).toBe(repost.copyOf?.ownerId);
  });

  it('attachments pass through the app’s execute projection (items@.attachments) unchanged', async () => {
    const r = rig({ world });
    const params = { owner_id: -MUSEUM, count: 100 };
    const pick: ResponsePick = { count: true, items: ['id', 'attachments'] };
    const script = buildExecuteScript([{ method: 'wall.get', params, pick }]);
    const body = await r.call('execute', { code: script });
    expect('execute_errors' in body).toBe(false);
    const [projected] = ok(body) as unknown[];
    const zipped = zipColumns(projected, pick) as { items: { id: number; attachments: unknown[] }[] };
    const direct = ok(await r.call('wall.get', params)) as { items: WirePost[] };
    expect(zipped.items).toEqual(direct.items.map((p) => ({ id: p.id, attachments: p.attachments })));
    expect(zipped.items.filter((p) => p.attachments.length > 0).length).toBeGreaterThan(3);
  });
});
