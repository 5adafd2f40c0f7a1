// The giveaway bench page (generateWorld({giveawayBench: true})): one synthetic page of giveaway size,
// 50,000 members and one published giveaway post with 5,000 comments, 20,000 likes and 50 reposts, to
// measure the giveaway's data layer. 50,000 members do not fit in the people pool, so the page also
// uses the users beyond it (people.ts, EXTENDED_*). Every list is built lazily (crowd.ts memoizes it)
// and quickly: sequential sampling and partial Fisher–Yates shuffles over typed arrays.
import { dayOf, dayStart } from './calendar';
import {
  DEMO_VIEWER_ID,
  EXTENDED_SIZE,
  POOL_SIZE,
  extendedUserId,
  isActiveUser,
  person,
  poolUserId,
} from './people';
import { rngFor } from './prng';
import type { Rng } from './prng';
import { COMMUNITY_REPLIES, GIVEAWAY_TEXT } from './texts';
import type { DemoComment, DemoPage, DemoPost, DemoWorld } from './world-types';

export const GIVEAWAY_BENCH_PAGE_ID = 219900001;
export const GIVEAWAY_BENCH_POST_ID = 1;
/** The bench giveaway post as `<owner_id>_<post_id>`. */
export const GIVEAWAY_BENCH_POST_REF = `-${GIVEAWAY_BENCH_PAGE_ID}_${GIVEAWAY_BENCH_POST_ID}`;
export const BENCH_MEMBERS = 50000;
export const BENCH_COMMENTS = 5000;
export const BENCH_LIKES = 20000;
export const BENCH_REPOSTS = 50;

/** Members from the pool (besides the demo viewer); the rest are users beyond the pool. */
const POOL_MEMBERS = 12003;
/** Users beyond the pool with index below this are members; the others are outsiders. */
const EXTENDED_MEMBERS = BENCH_MEMBERS - POOL_MEMBERS - 1;
/** Likes by non-members (likes need no subscription). */
const OUTSIDE_LIKES = 1200;

export function isBenchPost(post: DemoPost): boolean {
  return post.ownerId === -GIVEAWAY_BENCH_PAGE_ID && post.id === GIVEAWAY_BENCH_POST_ID;
}

function activeExtendedMember(seed: number, rng: Rng): number {
  for (;;) {
    const id = extendedUserId(rng.int(0, EXTENDED_MEMBERS - 1));
    if (isActiveUser(seed, id)) return id;
  }
}

export function benchPage(seed: number): DemoPage {
  const rng = rngFor(seed, 'bench-page');
  return {
    id: GIVEAWAY_BENCH_PAGE_ID,
    name: 'Лесногорск: конкурсы и розыгрыши',
    screenName: 'lesnogorsk_konkurs',
    short: 'странице конкурсов Лесногорска',
    type: 'page',
    kind: 'culture',
    district: false,
    category: null,
    special: null,
    description: 'Конкурсы и розыгрыши призов для жителей Лесногорска. Страница для нагрузочной проверки.',
    activity: 'Культура',
    site: '',
    membersCount: BENCH_MEMBERS,
    hasPhoto: true,
    hasCover: true,
    isClosed: 0,
    deactivated: null,
    verified: false,
    gov: true,
    wall: 2,
    commentsOpen: true,
    managers: [
      { id: activeExtendedMember(seed, rng), role: 'creator' },
      { id: DEMO_VIEWER_ID, role: 'administrator' },
      { id: activeExtendedMember(seed, rng), role: 'editor' },
      { id: activeExtendedMember(seed, rng), role: 'moderator' },
    ],
    links: [],
    rhythm: 'rare',
    er: 4,
    reach: 0.3,
    repostShare: 0,
    flags: '',
  };
}

/** The page's only post: a giveaway published three days before `now`, with every reaction in. */
export function benchPost(world: DemoWorld): DemoPost {
  return {
    id: GIVEAWAY_BENCH_POST_ID,
    ownerId: -GIVEAWAY_BENCH_PAGE_ID,
    fromId: -GIVEAWAY_BENCH_PAGE_ID,
    date: dayStart(dayOf(world.now) - 3) + 12 * 3600 + 7 * 60,
    text: GIVEAWAY_TEXT.replaceAll('{org}', 'нашу страницу'),
    state: 'published',
    kind: 'giveaway',
    pinned: false,
    ads: false,
    copyOf: null,
    views: 184000,
    likes: BENCH_LIKES,
    groupLiked: false,
    comments: BENCH_COMMENTS,
    plannedComments: BENCH_COMMENTS,
    reposts: BENCH_REPOSTS,
    groupReposts: [],
  };
}

/** Members, ascending: the demo viewer, a sample of the pool, then the first users beyond the pool. */
export function benchMembers(seed: number): Int32Array {
  const out = new Int32Array(BENCH_MEMBERS);
  out[0] = DEMO_VIEWER_ID;
  let n = 1;
  const rng = rngFor(seed, 'bench-members');
  let need = POOL_MEMBERS;
  let left = POOL_SIZE - 1;
  for (let i = 1; i < POOL_SIZE && need > 0; i++, left--) {
    if (rng.float() * left < need) {
      out[n++] = poolUserId(i);
      need--;
    }
  }
  for (let i = 0; i < EXTENDED_MEMBERS; i++) out[n++] = extendedUserId(i);
  return out;
}

/** Moves `take` random elements of `a` to its front (a partial Fisher–Yates shuffle). */
function shuffleFront(a: Int32Array, take: number, rng: Rng): void {
  for (let i = 0; i < take && i < a.length - 1; i++) {
    const j = i + Math.floor(rng.float() * (a.length - i));
    const t = a[i] ?? 0;
    a[i] = a[j] ?? 0;
    a[j] = t;
  }
}

/** Who liked the post, newest first: mostly members, some outsiders; deleted and banned ones included. */
export function benchLikers(seed: number, members: Int32Array): number[] {
  const rng = rngFor(seed, 'bench-likers');
  const inside = Int32Array.from(members);
  shuffleFront(inside, BENCH_LIKES - OUTSIDE_LIKES, rng);
  const outsiders = new Int32Array(EXTENDED_SIZE - EXTENDED_MEMBERS);
  for (let i = 0; i < outsiders.length; i++) outsiders[i] = extendedUserId(EXTENDED_MEMBERS + i);
  shuffleFront(outsiders, OUTSIDE_LIKES, rng);
  const all = new Int32Array(BENCH_LIKES);
  all.set(inside.subarray(0, BENCH_LIKES - OUTSIDE_LIKES));
  all.set(outsiders.subarray(0, OUTSIDE_LIKES), BENCH_LIKES - OUTSIDE_LIKES);
  shuffleFront(all, BENCH_LIKES, rng);
  return Array.from(all);
}

/** Who reposted: most of them liked the post too. */
export function benchReposters(seed: number, members: Int32Array, likers: readonly number[]): number[] {
  const rng = rngFor(seed, 'bench-reposters');
  const liked = new Set(likers);
  const out = likers.slice(0, BENCH_REPOSTS - 5);
  while (out.length < BENCH_REPOSTS) {
    const id = members[Math.floor(rng.float() * members.length)] ?? DEMO_VIEWER_ID;
    if (!liked.has(id) && !out.includes(id)) out.push(id);
  }
  return out;
}

const OPENINGS = ['Участвую!', 'Хочу выиграть!', 'Участвую, спасибо за конкурс!', 'Я в деле!', 'Участвую 🙂'];

function nameOf(seed: number, id: number): string {
  return person(seed, id)?.firstName ?? 'друг';
}

/** One tag of a friend, in the ways people write them: mostly `[id|Имя]`, some `@name`, `*name`. */
function tag(seed: number, author: number, friend: number, rng: Rng): string {
  const roll = rng.float();
  const screen = person(seed, friend)?.screenName ?? `id${friend}`;
  if (roll < 0.7) return `[id${friend}|${nameOf(seed, friend)}]`;
  if (roll < 0.82) return `@${screen}`;
  if (roll < 0.87) return `*${screen}`;
  if (roll < 0.91) return `@id${friend}`;
  // Tags that do not count: the author themself, a community.
  if (roll < 0.95) return `[id${author}|${nameOf(seed, author)}]`;
  return `[club${GIVEAWAY_BENCH_PAGE_ID}|Конкурсы Лесногорска]`;
}

/**
 * The post's comments, oldest first: participants tagging friends, repeat comments by the same people,
 * thread replies (most begin with VK's automatic mention of the user replied to), the community's own
 * replies, and authors from outside the page.
 */
export function benchComments(world: DemoWorld, post: DemoPost, members: Int32Array): DemoComment[] {
  const seed = world.seed;
  const rng = rngFor(seed, 'bench-comments');
  const randomMember = () => members[Math.floor(rng.float() * members.length)] ?? DEMO_VIEWER_ID;
  const outsider = () => extendedUserId(EXTENDED_MEMBERS + rng.int(0, EXTENDED_SIZE - EXTENDED_MEMBERS - 1));
  const span = Math.max(0, world.now - post.date - 60);
  const all: DemoComment[] = [];
  /** One of the last 300 comments. */
  const recent = () =>
    all.length > 0 ? all[all.length - 1 - Math.floor(rng.float() * Math.min(300, all.length))] : undefined;
  for (let k = 0; k < BENCH_COMMENTS; k++) {
    const r = rng.float();
    const byCommunity = r < 0.02;
    const target =
      all.length > 0 && (byCommunity ? rng.chance(0.9) : rng.chance(0.15)) ? recent() : undefined;
    // Some people comment again (the conditions count the union of a user's comments).
    const again = recent();
    let fromId: number;
    if (byCommunity) fromId = post.ownerId;
    else if (again && again.fromId > 0 && rng.chance(0.15)) fromId = again.fromId;
    else fromId = rng.chance(0.92) ? randomMember() : outsider();
    if (target && fromId === target.fromId) fromId = randomMember();
    let text: string;
    if (byCommunity) text = rng.pick(COMMUNITY_REPLIES);
    else {
      const friends = rng.pick([0, 1, 2, 3, 3, 3, 3, 4, 5]);
      const tags: string[] = [];
      for (let f = 0; f < friends; f++)
        tags.push(tag(seed, fromId, rng.chance(0.9) ? randomMember() : outsider(), rng));
      const auto =
        target && target.fromId > 0 && rng.chance(0.8)
          ? `[id${target.fromId}|${nameOf(seed, target.fromId)}], `
          : '';
      text = `${auto}${rng.pick(OPENINGS)}${tags.length > 0 ? ` ${tags.join(', ')}` : ''}`;
    }
    all.push({
      id: post.id + 1 + k,
      ownerId: post.ownerId,
      postId: post.id,
      fromId,
      date: post.date + 60 + Math.floor((span * (k + 0.5)) / BENCH_COMMENTS),
      text,
      threadId: target ? (target.threadId ?? target.id) : null,
      replyToUser: target ? target.fromId : null,
      replyToComment: target ? target.id : null,
      likes: rng.int(0, 4),
    });
  }
  return all;
}
