// Builders for hand-computed cases. Moscow has been UTC+3 all year since 2014, so `msk()` is exact.

import type { PageInfo, Post } from '../../../src/core/types';

/** Unix seconds of a Moscow wall-clock time, e.g. msk('2024-11-07T23:30'). */
export function msk(local: string): number {
  const ms = Date.parse(`${local}${local.length === 10 ? 'T00:00' : ''}+03:00`);
  if (Number.isNaN(ms)) throw new Error(`msk(): bad date "${local}"`);
  return ms / 1000;
}

/** Unix seconds of a UTC time, e.g. utc('2024-11-07T23:30'). */
export function utc(iso: string): number {
  return Date.parse(`${iso}Z`) / 1000;
}

let nextId = 1000;

/** An own published post with 100 views and no reactions unless overridden. */
export function post(over: Partial<Post> = {}): Post {
  nextId += 1;
  return {
    id: nextId,
    ownerId: -1,
    date: msk('2024-11-01T12:00'),
    own: true,
    state: 'published',
    pinned: false,
    ads: false,
    likes: 0,
    comments: 0,
    reposts: 0,
    views: 100,
    text: '',
    ...over,
  };
}

/** `count` posts at `local` Moscow time plus i hours each. */
export function postsAt(local: string, count: number, over: Partial<Post> = {}): Post[] {
  return Array.from({ length: count }, (_, i) => post({ date: msk(local) + i * 3600, ...over }));
}

/** A page meeting every requirement the API can see. */
export function page(over: Partial<PageInfo> = {}): PageInfo {
  return {
    id: 1,
    name: 'МБОУ СОШ № 1',
    screenName: 'school1',
    photo: 'https://sun9-1.userapi.com/photo.jpg',
    status: 'ok',
    membersCount: 1000,
    hasCover: true,
    hasPhoto: true,
    description: 'Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 1»',
    wall: 'limited',
    isGovernmentOrganization: true,
    ...over,
  };
}
