// Photos of the pages' own posts: "guess the place" quiz posts show their landmark, and a share of the
// news posts carry a picture (the head page's most often). A pure function of the seed and the post,
// drawn from its own hash, so adding photos moved no other number of the world.
import { LANDMARKS, PALETTE_COUNT, landmarkPicture } from './landmarks';
import type { Landmark } from './landmarks';
import { hash32 } from './prng';
import { quizQuestionOf } from './quiz-posts';
import type { DemoPost, DemoWorld } from './world-types';

export interface DemoPhoto {
  /** The photo's id in the owner's wall album: unique per owner (derived from the post id). */
  id: number;
  landmark: Landmark;
  palette: number;
}

/** VK's wall album (photos uploaded with a post). */
export const WALL_ALBUM_ID = -7;
const PHOTO_ID_BASE = 457_000_000;

/** Per cent of news posts with a photo: the head page's, culture pages', the rest. */
const SHARE = { head: 45, culture: 35, other: 20 } as const;

export function postPhoto(world: DemoWorld, post: DemoPost): DemoPhoto | null {
  if (post.fromId !== post.ownerId || post.copyOf !== null) return null;
  const h = hash32(world.seed, 'photo', post.ownerId, post.id);
  const palette = (h >>> 16) % PALETTE_COUNT;
  if (post.kind === 'quiz') {
    const landmark = quizQuestionOf(world, post)?.landmark ?? null;
    return landmark ? { id: PHOTO_ID_BASE + post.id, landmark, palette } : null;
  }
  if (post.kind !== 'regular' && post.kind !== 'pinned') return null;
  const page = world.pageById.get(-post.ownerId);
  if (!page) return null;
  const share = page.id === world.headId ? SHARE.head : page.kind === 'culture' ? SHARE.culture : SHARE.other;
  if (h % 100 >= share) return null;
  const landmark = LANDMARKS[(h >>> 8) % LANDMARKS.length] ?? 'river';
  return { id: PHOTO_ID_BASE + post.id, landmark, palette };
}

/** The URL of the post's photo, or null (the simulated post window shows it). */
export function postPictureUrl(world: DemoWorld, post: DemoPost): string | null {
  const photo = postPhoto(world, post);
  return photo ? landmarkPicture(photo.landmark, photo.palette) : null;
}

/** The photo's sizes as VK lists them (3:2; one SVG serves every size). */
const SIZES = [
  { type: 's', width: 75, height: 50 },
  { type: 'm', width: 130, height: 87 },
  { type: 'x', width: 604, height: 403 },
  { type: 'y', width: 807, height: 538 },
] as const;

/** The `attachments` of a post as wall.get / wall.getById return them. */
export function postAttachments(world: DemoWorld, post: DemoPost): Record<string, unknown>[] {
  const photo = postPhoto(world, post);
  if (!photo) return [];
  const url = landmarkPicture(photo.landmark, photo.palette);
  return [
    {
      type: 'photo',
      photo: {
        album_id: WALL_ALBUM_ID,
        date: post.date,
        id: photo.id,
        owner_id: post.ownerId,
        access_key: hash32('photo-key', post.ownerId, photo.id).toString(16).padStart(8, '0'),
        post_id: post.id,
        sizes: SIZES.map((s) => ({ ...s, url })),
        text: '',
        // VK answers 100 for photos a community uploaded.
        user_id: 100,
        has_tags: false,
      },
    },
  ];
}
