// The district's people: a pool of users whose profiles are a pure function of (seed, id), so nothing
// is stored per user. Members, likers, commenters and managers are all drawn from this pool.
import { hashInts } from './prng';
import type { Rng } from './prng';
import { FEMALE_NAMES, LAST_NAMES, MALE_NAMES, feminize } from './texts';

export const POOL_BASE = 500000001;
export const POOL_STRIDE = 7;
export const POOL_SIZE = 24000;

/** The demo viewer: administrator of the head page and of some subordinate pages. */
export const DEMO_VIEWER_ID = POOL_BASE;
/** The head of the district, linked from the head page's links block as a user profile. */
export const GLAVA_ID = POOL_BASE + POOL_STRIDE;
export const GLAVA_SCREEN_NAME = 'morozov_glava';

export interface Person {
  id: number;
  firstName: string;
  lastName: string;
  /** 1 female, 2 male (VK's sex). */
  sex: 1 | 2;
  deactivated: 'deleted' | 'banned' | null;
  /** A closed profile (is_closed). */
  closed: boolean;
  hasPhoto: boolean;
  screenName: string;
}

export function poolUserId(index: number): number {
  return POOL_BASE + index * POOL_STRIDE;
}

/** The pool index of a user id, or null when the id is not a user of the demo world. */
export function poolIndex(id: number): number | null {
  const offset = id - POOL_BASE;
  if (!Number.isInteger(offset) || offset < 0 || offset % POOL_STRIDE !== 0) return null;
  const index = offset / POOL_STRIDE;
  return index < POOL_SIZE ? index : null;
}

/**
 * Users beyond the pool: only worlds with the giveaway bench page know them (userOf in crowd.ts checks
 * that), so the pool and everything drawn from it stay exactly as they are for every other world.
 */
export const EXTENDED_BASE = 600000001;
export const EXTENDED_SIZE = 40000;

export function extendedUserId(index: number): number {
  return EXTENDED_BASE + index;
}

/** The index of a user beyond the pool, or null. */
export function extendedIndex(id: number): number | null {
  const index = id - EXTENDED_BASE;
  return Number.isInteger(index) && index >= 0 && index < EXTENDED_SIZE ? index : null;
}

/** Every fourth user beyond the pool has a short address of their own (the rest are `id<n>`). */
export function extendedScreenName(index: number): string {
  return index % 4 === 1 ? `lsn_fan${index}` : `id${extendedUserId(index)}`;
}

/** The user beyond the pool with that short address (`lsn_fan<n>`), or null. */
export function extendedByScreenName(name: string): number | null {
  const m = /^lsn_fan(\d{1,6})$/.exec(name.toLowerCase());
  if (!m) return null;
  const index = Number(m[1]);
  return extendedIndex(extendedUserId(index)) !== null && extendedScreenName(index) === `lsn_fan${index}`
    ? extendedUserId(index)
    : null;
}

/** Tag of the per-person hash (hashInts takes numbers only). */
const PERSON_STREAM = 0x70657273;

const NAMED: Record<number, Pick<Person, 'firstName' | 'lastName' | 'sex' | 'screenName'>> = {
  [DEMO_VIEWER_ID]: { firstName: 'Ирина', lastName: 'Соколова', sex: 1, screenName: `id${DEMO_VIEWER_ID}` },
  [GLAVA_ID]: { firstName: 'Андрей', lastName: 'Морозов', sex: 2, screenName: GLAVA_SCREEN_NAME },
};

/** The profile of a pool user or a user beyond the pool; null for other ids. */
export function person(seed: number, id: number): Person | null {
  const extended = extendedIndex(id);
  // Users beyond the pool hash with indices after the pool's, so no two users share a profile.
  const index = poolIndex(id) ?? (extended === null ? null : POOL_SIZE + extended);
  if (index === null) return null;
  const named = NAMED[id];
  if (named) return { id, ...named, deactivated: null, closed: false, hasPhoto: true };
  const h = hashInts(seed, PERSON_STREAM, index, 0);
  const sex: 1 | 2 = h & 1 ? 1 : 2;
  const names = sex === 1 ? FEMALE_NAMES : MALE_NAMES;
  const first = names[(h >>> 1) % names.length] ?? 'Анна';
  const last = LAST_NAMES[(h >>> 8) % LAST_NAMES.length] ?? 'Иванов';
  const roll = (h >>> 20) % 1000;
  const deactivated = roll < 25 ? 'deleted' : roll < 35 ? 'banned' : null;
  return {
    id,
    firstName: deactivated === 'deleted' ? 'DELETED' : first,
    lastName: deactivated === 'deleted' ? '' : sex === 1 ? feminize(last) : last,
    sex,
    deactivated,
    closed: roll >= 35 && roll < 150,
    hasPhoto: deactivated === null && roll < 800,
    screenName: extended === null ? `id${id}` : extendedScreenName(extended),
  };
}

/** True for a pool user who can act (like, comment, manage): not deleted, not banned. */
export function isActiveUser(seed: number, id: number): boolean {
  const p = person(seed, id);
  return p !== null && p.deactivated === null;
}

const PALETTE = ['#4a76a8', '#5181b8', '#3f8ae0', '#2a9d8f', '#e76f51', '#8e6bbf', '#d4a017', '#4bb34b'];

/** A small SVG avatar as a data URI: a coloured square with initials (no network needed). */
export function avatarUri(label: string, colorKey: number, size: number): string {
  const initials = label
    .replace(/[«»"№]/g, ' ')
    .split(/\s+/)
    .filter((w) => /^[А-ЯЁA-Z]/.test(w))
    .slice(0, 2)
    .map((w) => w[0])
    .join('');
  const fill = PALETTE[colorKey % PALETTE.length] ?? '#4a76a8';
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 100 100">` +
    `<rect width="100" height="100" fill="${fill}"/><text x="50" y="62" font-size="36" text-anchor="middle" ` +
    `fill="#fff" font-family="Arial,sans-serif">${initials || '•'}</text></svg>`;
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

export const NO_PHOTO_USER = 'https://vk.com/images/camera_100.png';
export const DEACTIVATED_PHOTO = 'https://vk.com/images/deactivated_100.png';
export const NO_PHOTO_GROUP = 'https://vk.com/images/community_100.png';

export function personPhoto(p: Person, size: 50 | 100 | 200): string {
  if (p.deactivated !== null) return DEACTIVATED_PHOTO;
  if (!p.hasPhoto) return NO_PHOTO_USER;
  return avatarUri(`${p.firstName} ${p.lastName}`, p.id, size);
}

/** A random active pool user other than the two named ones (managers, authors of posts by others). */
export function randomActiveUser(seed: number, rng: Rng): number {
  for (;;) {
    const id = poolUserId(rng.int(2, POOL_SIZE - 1));
    if (isActiveUser(seed, id)) return id;
  }
}
