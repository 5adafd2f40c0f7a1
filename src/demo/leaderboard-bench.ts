// The leaderboard bench page (generateWorld({leaderboardBench: true})): one synthetic page of rating
// size, 20,000 members and 30 own posts in the current rating period (days 1–7, 8–14, 15–21, 22–end of
// the Moscow-time month of `now`), each with 500 likes, 50 reposts and 40 comments (threads, short and
// repeated comments, non-members, deleted accounts, the community's replies), plus five older posts
// (one pinned) that the period must leave out. Only pool users take part, so the pool and every other
// page stay exactly as they are. Lists are built lazily (crowd.ts memoizes them).
import { DAY, dayOf, dayStart } from './calendar';
import { DEMO_VIEWER_ID, POOL_SIZE, person, poolIndex, poolUserId, randomActiveUser } from './people';
import { rngFor } from './prng';
import type { Rng } from './prng';
import { COMMENTS, COMMUNITY_REPLIES } from './texts';
import type { DemoComment, DemoManager, DemoPage, DemoPost, DemoWorld } from './world-types';

export const LEADERBOARD_BENCH_PAGE_ID = 219900002;
export const LB_BENCH_MEMBERS = 20000;
export const LB_BENCH_POSTS = 30;
export const LB_BENCH_LIKES = 500;
export const LB_BENCH_REPOSTS = 50;
export const LB_BENCH_COMMENTS = 40;
/** Older own posts, before the period (the first of them pinned). */
export const LB_BENCH_OLDER_POSTS = 5;

/** In-period post i (0 = oldest) has id 100·(i+1): its comments take the next 40 ids. */
const postIdOf = (i: number) => 100 * (i + 1);

export function isLeaderboardBenchPost(post: DemoPost): boolean {
  return post.ownerId === -LEADERBOARD_BENCH_PAGE_ID;
}

/** The first second of the rating period containing `now` (Moscow time; days 29–31 join the fourth). */
export function benchPeriodStart(now: number): number {
  const day = dayOf(now);
  const dayOfMonth = new Date(day * DAY * 1000).getUTCDate();
  const first = dayOfMonth <= 7 ? 1 : dayOfMonth <= 14 ? 8 : dayOfMonth <= 21 ? 15 : 22;
  return dayStart(day - (dayOfMonth - first));
}

function managersOf(seed: number): DemoManager[] {
  const rng = rngFor(seed, 'lb-bench-managers');
  return [
    { id: randomActiveUser(seed, rng), role: 'creator' },
    { id: DEMO_VIEWER_ID, role: 'administrator' },
    { id: randomActiveUser(seed, rng), role: 'editor' },
    { id: randomActiveUser(seed, rng), role: 'moderator' },
  ];
}

export function leaderboardBenchPage(seed: number): DemoPage {
  return {
    id: LEADERBOARD_BENCH_PAGE_ID,
    name: 'Лесногорск: рейтинг активных жителей',
    screenName: 'lesnogorsk_reyting',
    short: 'странице рейтинга Лесногорска',
    type: 'page',
    kind: 'culture',
    district: false,
    category: null,
    special: null,
    description: 'Рейтинг самых активных подписчиков. Страница для нагрузочной проверки таблицы лидеров.',
    activity: 'Культура',
    site: '',
    membersCount: LB_BENCH_MEMBERS,
    hasPhoto: true,
    hasCover: true,
    isClosed: 0,
    deactivated: null,
    verified: false,
    gov: true,
    wall: 2,
    commentsOpen: true,
    managers: managersOf(seed),
    links: [],
    rhythm: 'rare',
    er: 4,
    reach: 0.3,
    repostShare: 0,
    flags: '',
  };
}

function post(id: number, date: number, pinned: boolean, active: boolean): DemoPost {
  return {
    id,
    ownerId: -LEADERBOARD_BENCH_PAGE_ID,
    fromId: -LEADERBOARD_BENCH_PAGE_ID,
    date,
    text: `Новости Лесногорска: выпуск № ${id / 10}. Ставьте лайки, делитесь и комментируйте!`,
    state: 'published',
    kind: pinned ? 'pinned' : 'regular',
    pinned,
    ads: false,
    copyOf: null,
    views: active ? 9000 : 4000,
    likes: active ? LB_BENCH_LIKES : 0,
    groupLiked: false,
    comments: active ? LB_BENCH_COMMENTS : 0,
    plannedComments: active ? LB_BENCH_COMMENTS : 0,
    reposts: active ? LB_BENCH_REPOSTS : 0,
    groupReposts: [],
  };
}

/** The wall, oldest first: five older posts (the oldest pinned), then 30 evenly over the period so far. */
export function leaderboardBenchWall(world: DemoWorld): DemoPost[] {
  const start = benchPeriodStart(world.now);
  const span = Math.max(0, world.now - start - 60);
  const older = Array.from({ length: LB_BENCH_OLDER_POSTS }, (_, j) =>
    post(10 * (j + 1), start - (LB_BENCH_OLDER_POSTS - j) * DAY + 10 * 3600, j === 0, false),
  );
  const current = Array.from({ length: LB_BENCH_POSTS }, (_, i) =>
    post(postIdOf(i), start + Math.floor((span * (i + 0.5)) / LB_BENCH_POSTS), false, true),
  );
  return [...older, ...current];
}

/** Members, ascending: the managers plus a seeded sample of the pool. */
export function leaderboardBenchMembers(seed: number): Int32Array {
  const forced = new Set(managersOf(seed).map((m) => m.id));
  const rng = rngFor(seed, 'lb-bench-members');
  let need = LB_BENCH_MEMBERS - forced.size;
  let left = POOL_SIZE - forced.size;
  const out = [...forced];
  for (let i = 0; i < POOL_SIZE && need > 0; i++) {
    const id = poolUserId(i);
    if (forced.has(id)) continue;
    if (rng.float() * left < need) {
      out.push(id);
      need--;
    }
    left--;
  }
  return Int32Array.from(out).sort();
}

/** Pool users who are not members (the outsiders who like and comment too). */
function outsiders(members: Int32Array): Int32Array {
  const inside = new Uint8Array(POOL_SIZE);
  for (const id of members) inside[poolIndex(id) ?? 0] = 1;
  const out: number[] = [];
  for (let i = 0; i < POOL_SIZE; i++) if (!inside[i]) out.push(poolUserId(i));
  return Int32Array.from(out);
}

/** `n` distinct users: members mostly, `outsideShare` of them outsiders. */
function distinctUsers(rng: Rng, members: Int32Array, n: number, outsideShare: number): number[] {
  const others = outsiders(members);
  const taken = new Set<number>();
  while (taken.size < n) {
    const from = rng.chance(outsideShare) && others.length > 0 ? others : members;
    taken.add(from[Math.floor(rng.float() * from.length)] ?? DEMO_VIEWER_ID);
  }
  return [...taken];
}

/** Who liked the post, newest first: 500 users, 8% outsiders; deleted and banned ones among them. */
export function leaderboardBenchLikers(seed: number, members: Int32Array, p: DemoPost): number[] {
  if (p.likes === 0) return [];
  return distinctUsers(rngFor(seed, 'lb-bench-likers', p.id), members, p.likes, 0.08);
}

/** Who reposted: 50 users, most of whom liked the post too. */
export function leaderboardBenchReposters(
  seed: number,
  members: Int32Array,
  p: DemoPost,
  likers: readonly number[],
): number[] {
  if (p.reposts === 0) return [];
  const rng = rngFor(seed, 'lb-bench-reposters', p.id);
  const out = new Set(likers.slice(0, p.reposts - 10));
  while (out.size < p.reposts) out.add(members[Math.floor(rng.float() * members.length)] ?? DEMO_VIEWER_ID);
  return [...out];
}

const SHORT = ['Да', 'ок', '👍', '+', 'Ура', ' 👍 ', 'Класс'];

function deletedPoolUser(seed: number, rng: Rng): number {
  for (let i = 0; i < 1000; i++) {
    const id = poolUserId(rng.int(2, POOL_SIZE - 1));
    if (person(seed, id)?.deactivated === 'deleted') return id;
  }
  return poolUserId(2);
}

/**
 * The post's 40 comments, oldest first: members' comments, some short («ок», «👍»), some repeating the
 * author's earlier comment (exactly, or in another case or spacing), thread replies, outsiders, deleted
 * accounts and the community's own replies.
 */
export function leaderboardBenchComments(world: DemoWorld, p: DemoPost, members: Int32Array): DemoComment[] {
  if (p.comments === 0) return [];
  const seed = world.seed;
  const rng = rngFor(seed, 'lb-bench-comments', p.id);
  const others = outsiders(members);
  const span = Math.max(0, world.now - p.date - 1);
  const all: DemoComment[] = [];
  for (let k = 0; k < p.comments; k++) {
    const r = rng.float();
    const earlier = all.length > 0 ? rng.pick(all) : undefined;
    const target = earlier && rng.chance(r < 0.05 ? 0.9 : 0.25) ? earlier : undefined;
    let fromId: number;
    let text: string;
    if (r < 0.05) {
      fromId = p.ownerId;
      text = rng.pick(COMMUNITY_REPLIES);
    } else {
      const again = earlier && earlier.fromId > 0 && rng.chance(0.2) ? earlier : undefined;
      fromId = again
        ? again.fromId
        : r < 0.09
          ? deletedPoolUser(seed, rng)
          : r < 0.17
            ? (others[Math.floor(rng.float() * others.length)] ?? DEMO_VIEWER_ID)
            : (members[Math.floor(rng.float() * members.length)] ?? DEMO_VIEWER_ID);
      const roll = rng.float();
      text = again
        ? roll < 0.5
          ? again.text
          : roll < 0.75
            ? again.text.toUpperCase()
            : `  ${again.text} `
        : roll < 0.15
          ? rng.pick(SHORT)
          : rng.pick(COMMENTS);
    }
    all.push({
      id: p.id + 1 + k,
      ownerId: p.ownerId,
      postId: p.id,
      fromId,
      date: p.date + 1 + Math.floor((span * (k + 0.5)) / p.comments),
      text,
      threadId: target ? (target.threadId ?? target.id) : null,
      replyToUser: target ? target.fromId : null,
      replyToComment: target ? target.id : null,
      likes: rng.int(0, 3),
    });
  }
  return all;
}
