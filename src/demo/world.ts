// The demo world: a fictional municipal district on a simulated VK. generateWorld() is a pure function
// of (seed, now). Posts are generated day by day on an absolute calendar (day d of page p always gets
// the same posts, ids and texts), and `now` only decides what has happened yet: a later `now` shows the
// same past plus newer posts, and views/likes/comments that kept arriving. Lists that can be long
// (members, likers, comments) are derived lazily in crowd.ts.
import type { Category } from '../core/types';
import { GIVEAWAY_BENCH_PAGE_ID, benchPage, benchPost } from './bench-page';
import { extraPageSpecs } from './extra-pages';
import { LEADERBOARD_BENCH_PAGE_ID, leaderboardBenchPage, leaderboardBenchWall } from './leaderboard-bench';
import { ACTIVITY, EDUCATION_ID, HEAD_ID, PAGE_SPECS } from './pages';
import type { PageSpec, SpecialRole } from './pages';
import { DEMO_VIEWER_ID, GLAVA_SCREEN_NAME, randomActiveUser } from './people';
import { rngFor } from './prng';
import type { Rng } from './prng';
import { generateWalls } from './walls';
import type { DemoLink, DemoManager, DemoPage, DemoPost, DemoWorld } from './world-types';

export type * from './world-types';
export * from './calendar';

export interface WorldOptions {
  seed: number;
  /** Unix seconds. */
  now: number;
  /** Synthetic subordinate pages appended after the hand-made ones (extra-pages.ts); default 0. */
  extraPages?: number;
  /** Adds the giveaway bench page (bench-page.ts): 50,000 members, a giveaway post with 5,000 comments. */
  giveawayBench?: boolean;
  /** Adds the leaderboard bench page (leaderboard-bench.ts): 20,000 members, 30 posts in the period. */
  leaderboardBench?: boolean;
}

export { GIVEAWAY_BENCH_PAGE_ID, GIVEAWAY_BENCH_POST_REF } from './bench-page';
export { LEADERBOARD_BENCH_PAGE_ID } from './leaderboard-bench';

export function generateWorld({
  seed,
  now,
  extraPages = 0,
  giveawayBench = false,
  leaderboardBench = false,
}: WorldOptions): DemoWorld {
  if (!Number.isFinite(seed) || !Number.isFinite(now))
    throw new RangeError('seed and now must be finite numbers');
  if (!Number.isInteger(extraPages) || extraPages < 0)
    throw new RangeError('extraPages must be a non-negative integer');
  now = Math.floor(now);
  const pages = PAGE_SPECS.map((spec) => makePage(seed, spec));
  const pageById = new Map(pages.map((p) => [p.id, p]));
  // Links first, over the hand-made pages only: synthetic pages leave every links block unchanged.
  addLinks(pages, pageById);
  const special = {} as Record<SpecialRole, number>;
  for (const p of pages) if (p.special) special[p.special] = p.id;
  for (const spec of extraPageSpecs(extraPages)) {
    const page = makePage(seed, spec);
    pages.push(page);
    pageById.set(page.id, page);
  }
  if (giveawayBench) {
    const bench = benchPage(seed);
    pages.push(bench);
    pageById.set(bench.id, bench);
  }
  if (leaderboardBench) {
    const bench = leaderboardBenchPage(seed);
    pages.push(bench);
    pageById.set(bench.id, bench);
  }
  const categories: Record<number, Category> = {};
  for (const p of pages) if (p.category) categories[p.id] = p.category;
  const childIds = pages.filter((p) => p.district && p.id !== HEAD_ID).map((p) => p.id);
  const base: Omit<DemoWorld, 'walls'> = {
    seed,
    now,
    headId: HEAD_ID,
    viewerId: DEMO_VIEWER_ID,
    pages,
    pageById,
    categories,
    special,
    childIds,
    state: {
      comments: new Map(),
      joined: new Map(),
      left: new Map(),
      likes: new Map(),
      reposts: new Map(),
      widgets: new Map(),
      installed: new Set<number>(),
      nextId: new Map(),
      record: null,
    },
    cache: new Map(),
  };
  // The walls are built on first use: start-up (the browser generates the world before the first
  // render) only pays for the pages. The result does not depend on when that happens.
  let walls: Map<number, DemoPost[]> | null = null;
  const world = Object.defineProperty(base, 'walls', {
    enumerable: true,
    get: () => {
      if (walls === null) {
        walls = new Map(pages.map((p) => [p.id, []]));
        generateWalls(world, walls);
        // The bench page's wall is its one post; its long lists come later, on first use (crowd.ts).
        if (giveawayBench) walls.set(GIVEAWAY_BENCH_PAGE_ID, [benchPost(world)]);
        if (leaderboardBench) walls.set(LEADERBOARD_BENCH_PAGE_ID, leaderboardBenchWall(world));
      }
      return walls;
    },
  }) as DemoWorld;
  return world;
}

function makePage(seed: number, spec: PageSpec): DemoPage {
  const rng = rngFor(seed, 'page', spec.id);
  const has = (flag: string) => spec.flags.includes(flag);
  const district = spec.category !== null;
  const members = Math.round(spec.members * (0.9 + 0.2 * rng.float()));
  const screenName = spec.screenName ?? `club${spec.id}`;
  const description = has('D')
    ? ''
    : `${spec.name} — официальная страница. Новости, объявления, ответы на вопросы жителей. ` +
      `Адрес: Приозёрский край, г. Лесногорск. Телефон: +7 (000) 000-${String(spec.id % 100).padStart(2, '0')}-00.`;
  return {
    id: spec.id,
    name: spec.name,
    screenName,
    short: spec.short,
    type: spec.type,
    kind: spec.kind,
    district,
    category: spec.category,
    special: spec.special ?? null,
    description,
    activity:
      spec.type === 'group'
        ? spec.special === 'private'
          ? 'Частная группа'
          : 'Открытая группа'
        : ACTIVITY[spec.kind],
    site: district && !has('D') ? `https://lesnogorsk-okrug.example/${screenName}` : '',
    membersCount: district ? Math.min(15000, Math.max(150, members)) : members,
    hasPhoto: !has('P'),
    hasCover: !has('C') && rng.chance(spec.special === 'compliant' || spec.id === HEAD_ID ? 1 : 0.8),
    isClosed: spec.special === 'private' ? 2 : 0,
    deactivated: spec.special === 'deleted' ? 'deleted' : null,
    verified: spec.id === HEAD_ID || !district,
    gov: has('G') ? null : true,
    wall: has('O') ? 1 : spec.special === 'failing' ? 3 : 2,
    commentsOpen: spec.special !== 'failing',
    managers: district ? makeManagers(seed, spec, rng) : [],
    links: [],
    rhythm: spec.rhythm,
    er: spec.er,
    reach: spec.reach,
    repostShare: spec.reposts,
    flags: spec.flags,
  };
}

function makeManagers(seed: number, spec: PageSpec, rng: Rng): DemoManager[] {
  const managers: DemoManager[] = [{ id: randomActiveUser(seed, rng), role: 'creator' }];
  if (spec.flags.includes('V')) managers.push({ id: DEMO_VIEWER_ID, role: 'administrator' });
  if (spec.flags.includes('E')) managers.push({ id: DEMO_VIEWER_ID, role: 'editor' });
  else managers.push({ id: randomActiveUser(seed, rng), role: 'editor' });
  managers.push({ id: randomActiveUser(seed, rng), role: 'moderator' });
  return managers;
}

/** The links block of the head page (most subordinate pages, a site, a user) and of the education office. */
function addLinks(pages: DemoPage[], byId: Map<number, DemoPage>): void {
  const head = byId.get(HEAD_ID);
  const education = byId.get(EDUCATION_ID);
  if (!head || !education) return;
  const url = (p: DemoPage, i: number) =>
    i % 5 === 1 || p.screenName === `club${p.id}`
      ? `https://vk.com/club${p.id}`
      : i % 5 === 3 && p.type === 'page'
        ? `https://vk.com/public${p.id}`
        : `https://vk.com/${p.screenName}`;
  const link = (p: DemoPage, i: number): DemoLink => ({
    id: i + 1,
    url: url(p, i),
    name: p.name,
    desc: p.activity,
    groupId: p.id,
  });
  const listed = pages.filter((p) => p.district && p.id !== HEAD_ID && p.flags.includes('L'));
  head.links = listed.map(link);
  head.links.push(
    {
      id: head.links.length + 1,
      url: 'https://lesnogorsk-okrug.example/',
      name: 'Официальный сайт округа',
      desc: 'lesnogorsk-okrug.example',
      groupId: null,
    },
    {
      id: head.links.length + 2,
      url: `https://vk.com/${GLAVA_SCREEN_NAME}`,
      name: 'Глава округа',
      desc: 'Андрей Морозов',
      groupId: null,
    },
  );
  const schools = pages.filter(
    (p) => p.district && (p.kind === 'education' || p.kind === 'kindergarten') && p.id !== EDUCATION_ID,
  );
  education.links = schools.map((p, i) => ({ ...link(p, i * 5), id: i + 1 }));
}
