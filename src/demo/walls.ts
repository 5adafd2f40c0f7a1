// The posting model: each page's wall, generated day by day on the absolute calendar (see world.ts).
import {
  DAY,
  EPOCH_DAY,
  IDS_PER_DAY,
  MAX_COMMENTS,
  SCHEDULE_HORIZON_DAYS,
  VIEW_TAU,
  dayOf,
  dayStart,
  windowStartDay,
} from './calendar';
import { GIVEAWAY_BENCH_PAGE_ID } from './bench-page';
import { LEADERBOARD_BENCH_PAGE_ID } from './leaderboard-bench';
import { EDUCATION_ID, HEAD_ID, REGION_IDS } from './pages';
import { randomActiveUser } from './people';
import { Rng, hash32, hashInts, rngFor } from './prng';
import { quizPostText } from './quiz-posts';
import { replyPlan, visibleCommentCount } from './reply-habits';
import { GIVEAWAY_TEXT, PINNED_TEXT, POSTS, USER_WALL_POSTS } from './texts';
import type { DemoPage, DemoPost, DemoWorld, PostKind } from './world-types';

interface Draft {
  date: number;
  kind: PostKind;
  fromId: number;
}

/** Per-page constants of the posting model, computed once per world. */
interface Rhythmic {
  page: DemoPage;
  /** Bursty pages: the length of a burst cycle and its phase. */
  cycle: number;
  phase: number;
  /** Phase of the giveaway and quiz calendars. */
  events: number;
  quietInSummer: boolean;
  schedules: boolean;
  giveaways: boolean;
  quizzes: boolean;
  openWall: boolean;
  suggestions: boolean;
  zeroViews: boolean;
}

const NO_VIEWS = {
  views: 0,
  likes: 0,
  groupLiked: false,
  comments: 0,
  plannedComments: 0,
  reposts: 0,
} as const;

function rhythmic(seed: number, page: DemoPage): Rhythmic {
  const failing = page.special === 'failing';
  const cycle = failing ? 23 : 8 + (hash32(page.id, 'cycle') % 6);
  return {
    page,
    cycle,
    phase: hash32(page.id, 'phase') % cycle,
    events: hash32(seed, page.id, 'events'),
    quietInSummer:
      (page.kind === 'education' || page.kind === 'kindergarten') && page.special !== 'compliant',
    schedules: page.flags.includes('S'),
    giveaways: page.flags.includes('R'),
    quizzes: page.flags.includes('Q'),
    openWall: page.flags.includes('O'),
    suggestions: page.flags.includes('U'),
    zeroViews: page.flags.includes('Z'),
  };
}

/** How many own posts a page publishes on a day; `month` is 0-based (Moscow time). */
function postsOnDay(g: Rhythmic, day: number, month: number, rng: Rng): number {
  const dow = (day + 3) % 7; // 0 = Monday (1970-01-01 was a Thursday)
  const weekend = dow >= 5;
  const r = rng.float();
  let k: number;
  switch (g.page.rhythm) {
    case 'daily':
      k = 1 + (r < 0.4 ? 1 : 0) + (r < 0.08 ? 1 : 0);
      break;
    case 'steady':
      k = weekend ? (r < 0.35 ? 1 : 0) : r < 0.15 ? 0 : r < 0.85 ? 1 : 2;
      break;
    case 'weekdays':
      k = weekend ? 0 : r < 0.35 ? 0 : r < 0.88 ? 1 : 2;
      break;
    case 'bursty': {
      const failing = g.page.special === 'failing';
      const pos = (day + g.phase) % g.cycle;
      k = pos < 2 ? 2 + Math.floor(r * 3) : !failing && r < 0.05 ? 1 : 0;
      break;
    }
    case 'sparse':
      k = r < 0.22 ? 1 : 0;
      break;
    case 'rare':
      k = r < 0.06 ? 1 : 0;
      break;
  }
  // School holidays in July and August: schools and kindergartens go quieter (not the compliant page).
  if (g.quietInSummer && (month === 6 || month === 7)) k = rng.chance(0.5) ? k : 0;
  return k;
}

/** Tag of the per-page-day generator (hashInts needs numbers). */
const DAY_STREAM = 0x64617973;

function draftsOfDay(world: DemoWorld, g: Rhythmic, day: number, month: number, rng: Rng): Draft[] {
  const page = g.page;
  const start = dayStart(day);
  const k = postsOnDay(g, day, month, rng);
  const own = -page.id;
  const drafts: Draft[] = [];
  for (let j = 0; j < k; j++) {
    const hour = 8 + (12 * (j + rng.float())) / k;
    drafts.push({ date: start + Math.floor(hour * 3600), kind: 'regular', fromId: own });
  }
  if (g.giveaways && (day + g.events) % 28 === 0)
    drafts.push({ date: start + 12 * 3600 + 7 * 60, kind: 'giveaway', fromId: own });
  if (g.quizzes && (day + g.events) % 14 === 0)
    drafts.push({ date: start + 15 * 3600 + 30 * 60, kind: 'quiz', fromId: own });
  if (g.openWall && rng.chance(0.12)) {
    drafts.push({
      date: start + 9 * 3600 + rng.int(0, 11 * 3600),
      kind: 'user',
      fromId: randomActiveUser(world.seed, rng),
    });
  }
  return drafts.length > 1 ? drafts.sort((a, b) => a.date - b.date) : drafts;
}

/** Fills `walls` (group id → posts, oldest first); `world.walls` must not be read meanwhile. */
export function generateWalls(world: DemoWorld, walls: Map<number, DemoPost[]>): void {
  const { seed, now } = world;
  const first = windowStartDay(now);
  const today = dayOf(now);
  const leading = [...REGION_IDS, HEAD_ID, EDUCATION_ID] as number[];
  const order = [...leading, ...world.pages.map((p) => p.id).filter((id) => !leading.includes(id))]
    .map((id) => world.pageById.get(id))
    .filter(
      (p): p is DemoPage =>
        p !== undefined &&
        p.deactivated === null &&
        p.id !== GIVEAWAY_BENCH_PAGE_ID &&
        p.id !== LEADERBOARD_BENCH_PAGE_ID,
    )
    .map((p) => rhythmic(seed, p));
  const recent = new Map<number, DemoPost[]>();
  for (let day = first; day <= today + SCHEDULE_HORIZON_DAYS; day++) {
    const month = new Date(day * DAY * 1000).getUTCMonth();
    for (const g of order) {
      const page = g.page;
      const id = page.id;
      const schedules = g.schedules;
      if (day > today && !schedules) continue;
      const wall = walls.get(id) ?? [];
      let cursor = (day - EPOCH_DAY) * IDS_PER_DAY + 1;
      // One generator per page and day: drafts first, then every post, with the same number of draws
      // whatever `now` is, so a day's posts (and their ids) never change as time passes.
      const rng = new Rng(hashInts(seed, DAY_STREAM, id, day));
      const drafts = draftsOfDay(world, g, day, month, rng);
      for (let j = 0; j < drafts.length; j++) {
        const draft = drafts[j] as Draft;
        const post = makePost(world, page, draft, cursor, rng);
        const repostRoll = rng.float();
        // A broken counter: on the 'Z' page the first post of every twelfth day shows zero views.
        if (g.zeroViews && j === 0 && (day + g.events) % 12 === 0) Object.assign(post, NO_VIEWS);
        cursor += 1 + post.plannedComments;
        if (draft.date > now) {
          if (!schedules || draft.kind === 'user') continue;
          wall.push(postpone(post));
          continue;
        }
        if (draft.kind === 'regular' && repostRoll < page.repostShare) linkRepost(world, page, post, recent);
        wall.push(post);
        if (post.kind === 'regular') {
          const list = recent.get(id) ?? [];
          list.push(post);
          recent.set(id, list);
        }
      }
      if (g.suggestions && day > today - 5 && day <= today) addSuggestion(world, page, day, wall);
    }
  }
  for (const page of world.pages) finishWall(page, walls.get(page.id) ?? []);
}

function makePost(world: DemoWorld, page: DemoPage, draft: Draft, id: number, rng: Rng): DemoPost {
  const age = Math.max(0, world.now - draft.date);
  const grown = 1 - Math.exp(-age / VIEW_TAU);
  const byUser = draft.kind === 'user';
  const viral = rng.chance(0.03) ? 3 : 1;
  const finalViews = Math.round(
    page.membersCount * page.reach * rng.spread(0.35) * viral * (byUser ? 0.3 : 1),
  );
  let er =
    page.special === 'compliant' ? Math.max(3.4, page.er * rng.spread(0.12)) : page.er * rng.spread(0.45);
  const split =
    draft.kind === 'giveaway'
      ? [0.6, 0.25, 0.15]
      : draft.kind === 'quiz'
        ? [0.6, 0.35, 0.05]
        : [0.84, 0.1, 0.06];
  if (draft.kind === 'giveaway') er *= 3;
  if (draft.kind === 'quiz') er *= 1.8;
  const reactions = (finalViews * Math.min(er, 25)) / 100;
  const planned = page.commentsOpen ? Math.min(MAX_COMMENTS, Math.round(reactions * (split[1] ?? 0))) : 0;
  const groupLiked = !byUser && rng.chance(0.08);
  const likes = Math.round(reactions * (split[0] ?? 0) * grown) + (groupLiked ? 1 : 0);
  const templates = POSTS[page.kind] ?? POSTS['service'] ?? [];
  const text =
    draft.kind === 'giveaway'
      ? GIVEAWAY_TEXT
      : draft.kind === 'quiz'
        ? quizPostText(world.seed, page, draft.date)
        : byUser
          ? rng.pick(USER_WALL_POSTS)
          : rng.pick(templates);
  const post: DemoPost = {
    id,
    ownerId: -page.id,
    fromId: draft.fromId,
    date: draft.date,
    text: text.replaceAll('{org}', page.short),
    state: 'published',
    kind: draft.kind,
    pinned: false,
    ads: page.flags.includes('A') && !byUser && rng.chance(0.04),
    copyOf: null,
    views: Math.round(finalViews * grown),
    likes,
    groupLiked,
    comments: 0,
    plannedComments: planned,
    reposts: Math.round(reactions * (split[2] ?? 0) * grown),
    groupReposts: [],
  };
  post.comments = visibleCommentCount(replyPlan(page, post), world.now);
  return post;
}

function postpone(post: DemoPost): DemoPost {
  return {
    ...post,
    state: 'postponed',
    kind: post.kind === 'user' ? 'regular' : post.kind,
    views: 0,
    likes: 0,
    groupLiked: false,
    comments: 0,
    reposts: 0,
  };
}

/** Turns a fresh post into a repost of a recent post of a parent or regional page, when there is one. */
function linkRepost(world: DemoWorld, page: DemoPage, post: DemoPost, recent: Map<number, DemoPost[]>): void {
  const sources =
    page.id === HEAD_ID
      ? [...REGION_IDS]
      : page.kind === 'education' || page.kind === 'kindergarten'
        ? [EDUCATION_ID, HEAD_ID, REGION_IDS[1]]
        : [HEAD_ID, REGION_IDS[0], REGION_IDS[2]];
  const candidates: DemoPost[] = [];
  for (const source of sources) {
    if (source === page.id) continue;
    const list = recent.get(source) ?? [];
    for (let i = list.length - 1; i >= 0; i--) {
      const p = list[i];
      if (!p || p.date < post.date - 2 * DAY) break;
      if (p.date < post.date) candidates.push(p);
    }
  }
  if (candidates.length === 0) return;
  const origin = candidates[hash32(world.seed, post.ownerId, post.id) % candidates.length];
  if (!origin) return;
  post.kind = 'repost';
  post.copyOf = { ownerId: origin.ownerId, id: origin.id };
  post.text = hash32(post.id, 'repost-text') % 3 === 0 ? 'Делимся важной информацией.' : '';
  // A repost gathers fewer reactions than an original.
  post.views = Math.round(post.views * 0.6);
  post.likes = Math.round((post.likes - (post.groupLiked ? 1 : 0)) * 0.3);
  post.groupLiked = false;
  post.reposts = Math.round(post.reposts * 0.3);
  origin.groupReposts.push(-post.ownerId);
  origin.reposts += 1;
}

function addSuggestion(world: DemoWorld, page: DemoPage, day: number, wall: DemoPost[]): void {
  const rng = rngFor(world.seed, 'suggest', page.id, day);
  if (!rng.chance(0.35)) return;
  const date = dayStart(day) + rng.int(8 * 3600, 22 * 3600);
  if (date > world.now) return;
  wall.push(
    unseenPost({
      id: (day - EPOCH_DAY) * IDS_PER_DAY + 990,
      ownerId: -page.id,
      fromId: randomActiveUser(world.seed, rng),
      date,
      text: 'Предлагаю новость: в нашем дворе прошёл субботник, спасибо всем соседям!',
      state: 'suggested',
      kind: 'suggested',
    }),
  );
}

/** A post nobody has seen yet (a suggestion, one just made in the post box): no views, no reactions. */
export function unseenPost(
  post: Pick<DemoPost, 'id' | 'ownerId' | 'fromId' | 'date' | 'text' | 'state' | 'kind'>,
): DemoPost {
  return {
    ...post,
    pinned: false,
    ads: false,
    copyOf: null,
    views: 0,
    likes: 0,
    groupLiked: false,
    comments: 0,
    plannedComments: 0,
    reposts: 0,
    groupReposts: [],
  };
}

function finishWall(page: DemoPage, wall: DemoPost[]): void {
  // Days are generated in order; only a suggestion can land out of place.
  if (wall.some((p, i) => i > 0 && (wall[i - 1]?.date ?? 0) > p.date))
    wall.sort((a, b) => a.date - b.date || a.id - b.id);
  const own = wall.filter((p) => p.state === 'published' && p.fromId === -page.id && p.copyOf === null);
  if (page.flags.includes('N') && own.length > 6 && own[0]) {
    const pinned = own[0];
    pinned.pinned = true;
    pinned.kind = 'pinned';
    pinned.text = PINNED_TEXT.replace('{org}', page.short);
  }
}
