// Lazily derived lists of the demo world: members, likers, reposters, comments, daily statistics.
// Each is a deterministic function of the world (seed, now) and is memoized in world.cache, so only
// what the app asks for is ever built. Counts always agree with the post and page objects.
import {
  GIVEAWAY_BENCH_PAGE_ID,
  benchComments,
  benchLikers,
  benchMembers,
  benchReposters,
  isBenchPost,
} from './bench-page';
import {
  LEADERBOARD_BENCH_PAGE_ID,
  isLeaderboardBenchPost,
  leaderboardBenchComments,
  leaderboardBenchLikers,
  leaderboardBenchMembers,
  leaderboardBenchReposters,
} from './leaderboard-bench';
import {
  GLAVA_ID,
  GLAVA_SCREEN_NAME,
  extendedByScreenName,
  extendedIndex,
  person,
  poolIndex,
  poolUserId,
  POOL_SIZE,
} from './people';
import type { Person } from './people';
import { Rng, rngFor } from './prng';
import { discussionComments } from './discussion';
import { answersQuestions, replyPlan, visibleAsked } from './reply-habits';
import { QUIZ_COMMUNITY_REPLIES, quizCommentText, quizQuestionOf } from './quiz-posts';
import { COMMENTS, COMMUNITY_REPLIES } from './texts';
import { commentDate, dayOf, dayStart, windowStartDay } from './calendar';
import type { DemoComment, DemoPage, DemoPost, DemoWorld, ManagerRole } from './world-types';

function memo<T>(world: DemoWorld, key: string, make: () => T): T {
  if (world.cache.has(key)) return world.cache.get(key) as T;
  const value = make();
  world.cache.set(key, value);
  return value;
}

/** Pages outside the district list only part of their (large) audience: the pool is finite. */
function listedMembers(page: DemoPage, forced: number): number {
  return (
    (page.district ? page.membersCount : Math.min(page.membersCount, Math.floor(POOL_SIZE * 0.6))) - forced
  );
}

/** Members at generation, ascending: the managers plus a seeded sample of the pool. */
function baseMembers(world: DemoWorld, page: DemoPage): Int32Array {
  return memo(world, `members:${page.id}`, () => {
    if (page.id === GIVEAWAY_BENCH_PAGE_ID) return benchMembers(world.seed);
    if (page.id === LEADERBOARD_BENCH_PAGE_ID) return leaderboardBenchMembers(world.seed);
    const forced = new Set(page.managers.map((m) => m.id));
    const forcedIdx = new Set([...forced].map((id) => poolIndex(id)).filter((i): i is number => i !== null));
    const rng = rngFor(world.seed, 'members', page.id);
    let need = Math.max(0, listedMembers(page, forced.size));
    let left = POOL_SIZE - forcedIdx.size;
    const out: number[] = [];
    for (let i = 0; i < POOL_SIZE && need > 0; i++) {
      if (forcedIdx.has(i)) continue;
      if (rng.float() * left < need) {
        out.push(poolUserId(i));
        need--;
      }
      left--;
    }
    for (const id of forced) out.push(id);
    return Int32Array.from(out).sort();
  });
}

/** All members, ascending, with the users who joined or left during the session. */
export function membersOf(world: DemoWorld, groupId: number): Int32Array {
  const page = world.pageById.get(groupId);
  if (!page) return new Int32Array();
  const base = baseMembers(world, page);
  const joined = world.state.joined.get(groupId);
  const left = world.state.left.get(groupId);
  if ((!joined || joined.size === 0) && (!left || left.size === 0)) return base;
  const kept = left && left.size > 0 ? base.filter((id) => !left.has(id)) : base;
  return Int32Array.from(new Set([...kept, ...(joined ?? [])])).sort();
}

export function isMember(world: DemoWorld, groupId: number, userId: number): boolean {
  const page = world.pageById.get(groupId);
  if (!page) return false;
  if (world.state.joined.get(groupId)?.has(userId)) return true;
  if (world.state.left.get(groupId)?.has(userId)) return false;
  const list = baseMembers(world, page);
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = list[mid] ?? 0;
    if (v === userId) return true;
    if (v < userId) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** members_count as groups.getById shows it (users who joined or left during the session included). */
export function membersCount(world: DemoWorld, groupId: number): number {
  const page = world.pageById.get(groupId);
  if (!page) return 0;
  return (
    page.membersCount +
    (world.state.joined.get(groupId)?.size ?? 0) -
    (world.state.left.get(groupId)?.size ?? 0)
  );
}

export function managerRole(world: DemoWorld, groupId: number, userId: number): ManagerRole | null {
  return world.pageById.get(groupId)?.managers.find((m) => m.id === userId)?.role ?? null;
}

/** A user of the world: pool users, and users beyond the pool when the world has the bench page. */
export function userOf(world: DemoWorld, id: number): Person | null {
  if (extendedIndex(id) !== null && !world.pageById.has(GIVEAWAY_BENCH_PAGE_ID)) return null;
  return person(world.seed, id);
}

/** The user with that short address (`id<n>`, the head of the district's, the bench page's users). */
export function userByScreenName(world: DemoWorld, name: string): number | null {
  const m = /^id(\d+)$/.exec(name);
  if (m) return userOf(world, Number(m[1])) ? Number(m[1]) : null;
  if (name.toLowerCase() === GLAVA_SCREEN_NAME) return GLAVA_ID;
  const extended = extendedByScreenName(name);
  return extended !== null && userOf(world, extended) ? extended : null;
}

/** How many of a page's members are its regulars, and how often a draw picks one of them. */
const REGULARS = 12;
const REGULAR_SHARE = 0.3;

/**
 * The page's regulars: a seeded dozen of its members (not its managers), most active first. Real pages
 * have a handful of people who like and comment on nearly every post and a long tail who act once or
 * twice; drawing a share of every post's actors from these, weighted towards the first, gives the demo
 * that shape (a clear top of the leaderboard, a giveaway's regulars among many one-time participants).
 */
function regularsOf(world: DemoWorld, page: DemoPage): number[] {
  return memo(world, `regulars:${page.id}`, () => {
    const members = baseMembers(world, page);
    const managers = new Set(page.managers.map((m) => m.id));
    const rng = rngFor(world.seed, 'regulars', page.id);
    const out = new Set<number>();
    for (let guard = REGULARS * 20; out.size < Math.min(REGULARS, members.length) && guard > 0; guard--) {
      const id = members[Math.floor(rng.float() * members.length)] ?? 0;
      if (id > 0 && !managers.has(id)) out.add(id);
    }
    return [...out];
  });
}

/**
 * Draws distinct users: a share from the page's regulars (the first of them far more often: the cube
 * of a uniform number), the rest mostly members of the page, some outsiders (open pages only).
 */
function drawUsers(
  world: DemoWorld,
  page: DemoPage,
  rng: Rng,
  n: number,
  taken: Set<number>,
  prefer: readonly number[] = [],
): number[] {
  const members = baseMembers(world, page);
  const regulars = regularsOf(world, page);
  const out: number[] = [];
  let guard = n * 20 + 100;
  while (out.length < n && guard-- > 0) {
    let id: number;
    const r = rng.float();
    if (prefer.length > 0 && r < 0.6) id = prefer[Math.floor(rng.float() * prefer.length)] ?? 0;
    else if (regulars.length > 0 && rng.float() < REGULAR_SHARE)
      id = regulars[Math.floor(rng.float() ** 3 * regulars.length)] ?? 0;
    else if (page.isClosed !== 0 || r < 0.88 || members.length === 0)
      id = members[Math.floor(rng.float() * members.length)] ?? 0;
    else id = poolUserId(Math.floor(rng.float() * POOL_SIZE));
    if (id === 0 || taken.has(id)) continue;
    taken.add(id);
    out.push(id);
  }
  return out;
}

export function postKey(post: DemoPost): string {
  return `${post.ownerId}_${post.id}`;
}

/** Who liked the post as generated, newest first; the community's own like (a negative id) is the oldest. */
function generatedLikers(world: DemoWorld, post: DemoPost): number[] {
  return memo(world, `likes:${postKey(post)}`, () => {
    const page = world.pageById.get(-post.ownerId);
    if (!page) return [];
    if (isBenchPost(post)) return benchLikers(world.seed, baseMembers(world, page));
    if (isLeaderboardBenchPost(post))
      return leaderboardBenchLikers(world.seed, baseMembers(world, page), post);
    const users = post.likes - (post.groupLiked ? 1 : 0);
    const list = drawUsers(
      world,
      page,
      rngFor(world.seed, 'likers', post.ownerId, post.id),
      users,
      new Set(),
    );
    if (post.groupLiked) list.push(post.ownerId);
    return list;
  });
}

/** Who liked the post, newest first: likes given during the session, then the generated ones still kept. */
export function likersOf(world: DemoWorld, post: DemoPost): number[] {
  const base = generatedLikers(world, post);
  const changes = world.state.likes.get(postKey(post));
  if (!changes || changes.size === 0) return base;
  const inBase = new Set(base);
  const added: number[] = [];
  const withdrawn = new Set<number>();
  for (const [id, liked] of changes) {
    if (liked && !inBase.has(id)) added.push(id);
    if (!liked) withdrawn.add(id);
  }
  return [...added.reverse(), ...(withdrawn.size > 0 ? base.filter((id) => !withdrawn.has(id)) : base)];
}

/**
 * Draws ahead who liked and reposted a page's newest published posts: a post's wire object says
 * whether its reader liked or reposted it, so the first read of a page (wall.get's first page) draws
 * these lists for each post it gets. Memoised, and each list comes from its own generator, so drawing
 * them early changes nothing.
 */
export function drawAhead(world: DemoWorld, pageId: number, posts: number): void {
  const wall = world.walls.get(pageId) ?? [];
  const draw = (post: DemoPost) => {
    generatedLikers(world, post);
    generatedReposters(world, post);
  };
  // VK's order: the pinned post first, then the newest.
  wall.filter((post) => post.pinned && post.state === 'published').forEach(draw);
  let left = posts;
  for (let i = wall.length - 1; i >= 0 && left > 0; i--) {
    const post = wall[i]!;
    if (post.state !== 'published' || post.pinned) continue;
    draw(post);
    left--;
  }
}

/** likes.count: the generated likes plus the session's. */
export function likeCount(world: DemoWorld, post: DemoPost): number {
  const changes = world.state.likes.get(postKey(post));
  return !changes || changes.size === 0 ? post.likes : likersOf(world, post).length;
}

/** Who reposted the post as generated: users (most of whom also liked it), then the pages. */
function generatedReposters(world: DemoWorld, post: DemoPost): number[] {
  return memo(world, `copies:${postKey(post)}`, () => {
    const page = world.pageById.get(-post.ownerId);
    if (!page) return [];
    if (isBenchPost(post))
      return benchReposters(world.seed, baseMembers(world, page), generatedLikers(world, post));
    if (isLeaderboardBenchPost(post))
      return leaderboardBenchReposters(
        world.seed,
        baseMembers(world, page),
        post,
        generatedLikers(world, post),
      );
    const likers = generatedLikers(world, post).filter((id) => id > 0);
    const users = Math.max(0, post.reposts - post.groupReposts.length);
    const list = drawUsers(
      world,
      page,
      rngFor(world.seed, 'copies', post.ownerId, post.id),
      users,
      new Set(),
      likers,
    );
    return [...list, ...post.groupReposts.map((g) => -g)];
  });
}

/** Who reposted the post: the session's reposts (newest first), then the generated ones. */
export function repostersOf(world: DemoWorld, post: DemoPost): number[] {
  const base = generatedReposters(world, post);
  const session = world.state.reposts.get(postKey(post));
  return !session || session.length === 0 ? base : [...[...session].reverse(), ...base];
}

/** reposts.count: the generated reposts plus the session's. */
export function repostCount(world: DemoWorld, post: DemoPost): number {
  return post.reposts + (world.state.reposts.get(postKey(post))?.length ?? 0);
}

function mention(world: DemoWorld, id: number): string {
  return `[id${id}|${userOf(world, id)?.firstName ?? 'друг'}]`;
}

/**
 * A commenter's text; one draw from `rng` whatever the post (giveaway comments draw their friends too).
 * `k` and `target` (the comment replied to) shape the answers under quiz posts (quiz-posts.ts).
 */
function commentText(
  world: DemoWorld,
  page: DemoPage,
  post: DemoPost,
  rng: Rng,
  k: number,
  target: DemoComment | null,
): string {
  if (post.kind === 'giveaway') {
    const friends = drawUsers(world, page, rng, rng.pick([3, 3, 3, 2, 1]), new Set());
    return `Участвую! ${friends.map((id) => mention(world, id)).join(', ')}`;
  }
  const question = quizQuestionOf(world, post);
  if (question) {
    // VK starts a reply to a user with an automatic mention of them.
    const auto = target && target.fromId > 0 ? `${mention(world, target.fromId)}, ` : '';
    return quizCommentText(question, k, rng.float(), auto);
  }
  return rng.pick(COMMENTS);
}

/**
 * Comments generated for the post up to `now` (threads included), oldest first: giveaway and quiz
 * posts get entries and answers to the quiz, other posts a discussion the page answers (discussion.ts).
 */
function generatedComments(world: DemoWorld, post: DemoPost): DemoComment[] {
  return memo(world, `comments:${postKey(post)}`, () => {
    const page = world.pageById.get(-post.ownerId);
    if (!page) return [];
    if (isBenchPost(post)) return benchComments(world, post, baseMembers(world, page));
    if (isLeaderboardBenchPost(post)) return leaderboardBenchComments(world, post, baseMembers(world, page));
    const rng = rngFor(world.seed, 'comments', post.ownerId, post.id);
    if (answersQuestions(post)) {
      const plan = replyPlan(page, post);
      const authors = drawUsers(world, page, rng, visibleAsked(plan, world.now), new Set());
      return discussionComments(plan, world.now, rng, {
        authors,
        deletedUser: () => deletedUser(world, rng),
      });
    }
    const authors = drawUsers(world, page, rng, post.comments, new Set());
    const top: DemoComment[] = [];
    const all: DemoComment[] = [];
    for (let k = 0; k < post.comments; k++) {
      const r = rng.float();
      const byCommunity = r < 0.1;
      const deletedAuthor = !byCommunity && r < 0.14;
      let fromId = byCommunity ? post.ownerId : (authors[k] ?? authors[0] ?? poolUserId(2));
      if (deletedAuthor) fromId = deletedUser(world, rng);
      const target =
        top.length > 0 && (byCommunity ? rng.chance(0.8) : rng.chance(0.2)) ? rng.pick(all) : null;
      const comment: DemoComment = {
        id: post.id + 1 + k,
        ownerId: post.ownerId,
        postId: post.id,
        fromId,
        date: commentDate(post.date, k, post.plannedComments),
        text: byCommunity
          ? rng.pick(post.kind === 'quiz' ? QUIZ_COMMUNITY_REPLIES : COMMUNITY_REPLIES)
          : commentText(world, page, post, rng, k, target),
        threadId: target ? (target.threadId ?? target.id) : null,
        replyToUser: target ? target.fromId : null,
        replyToComment: target ? target.id : null,
        likes: rng.int(0, 3),
      };
      all.push(comment);
      if (!target) top.push(comment);
    }
    return all;
  });
}

function deletedUser(world: DemoWorld, rng: Rng): number {
  for (let i = 0; i < 1000; i++) {
    const id = poolUserId(rng.int(2, POOL_SIZE - 1));
    if (person(world.seed, id)?.deactivated === 'deleted') return id;
  }
  return poolUserId(2);
}

/** Every visible comment of the post (generated and created through the API), oldest first. */
export function commentsOf(world: DemoWorld, post: DemoPost): DemoComment[] {
  const created = world.state.comments.get(postKey(post)) ?? [];
  const generated = generatedComments(world, post);
  return created.length === 0 ? generated : [...generated, ...created];
}

export function commentCount(world: DemoWorld, post: DemoPost): number {
  return post.comments + (world.state.comments.get(postKey(post))?.length ?? 0);
}

export interface DayStats {
  reach: number;
  reachSubscribers: number;
  mobileReach: number;
  views: number;
  visitors: number;
  likes: number;
  comments: number;
  copies: number;
  subscribed: number;
  unsubscribed: number;
}

function postsPerDay(world: DemoWorld, groupId: number): Map<number, DemoPost[]> {
  return memo(world, `days:${groupId}`, () => {
    const map = new Map<number, DemoPost[]>();
    for (const p of world.walls.get(groupId) ?? []) {
      if (p.state !== 'published') continue;
      const d = dayOf(p.date);
      map.set(d, [...(map.get(d) ?? []), p]);
    }
    return map;
  });
}

/** Community statistics for one day (Moscow time); null before the world's window or after `now`. */
export function statsOfDay(world: DemoWorld, groupId: number, day: number): DayStats | null {
  const page = world.pageById.get(groupId);
  if (!page || day < windowStartDay(world.now) || dayStart(day) > world.now) return null;
  const rng = rngFor(world.seed, 'stats', groupId, day);
  const posts = postsPerDay(world, groupId).get(day) ?? [];
  const elapsed = Math.min(1, (world.now - dayStart(day)) / 86400);
  const base =
    page.membersCount *
    page.reach *
    0.45 *
    rng.spread(0.25) *
    (posts.length > 0 ? 1 + 0.25 * posts.length : 0.6);
  const reach = Math.round(base * elapsed);
  const sum = (f: (p: DemoPost) => number) => posts.reduce((s, p) => s + f(p), 0);
  return {
    reach,
    reachSubscribers: Math.round(reach * (0.55 + 0.25 * rng.float())),
    mobileReach: Math.round(reach * 0.78),
    views: Math.round(reach * 0.4 * rng.spread(0.2)),
    visitors: Math.round(reach * 0.15 * rng.spread(0.2)),
    likes: sum((p) => p.likes),
    comments: sum((p) => p.comments),
    copies: sum((p) => p.reposts),
    subscribed: Math.round(rng.float() * page.membersCount * 0.002 * elapsed),
    unsubscribed: Math.round(rng.float() * page.membersCount * 0.001 * elapsed),
  };
}
