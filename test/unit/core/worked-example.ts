// The worked examples of METHODOLOGY.md (one month, four pages) as data, and a generator of the
// wall.get items that produce them, shared by the core and the report CLI tests.

/** Frequency table: own posts per period; null = N/A (the page dropped out of the export). */
export const FREQUENCY_TABLE = [
  { id: 101, name: 'ministry page', weeks: [10, 3, 5, 8], met: true },
  { id: 102, name: 'institution 1', weeks: [3, 3, 3, 1], met: false },
  { id: 103, name: 'institution 2', weeks: [0, 0, 20, 0], met: false },
  { id: 104, name: 'institution 3', weeks: [3, 4, null, 5], met: false },
] as const;

/** ER table: totals over each page's last five posts. */
export const ER_TABLE = [
  { id: 101, likes: 200, comments: 15, reposts: 4, views: 1_000 },
  { id: 102, likes: 5, comments: 3, reposts: 8, views: 100 },
  { id: 103, likes: 0, comments: 0, reposts: 10, views: 560 },
  { id: 104, likes: 2_000, comments: 560, reposts: 78, views: 122_000 },
] as const;

export const EXAMPLE_MONTH = '2024-11';
/** After day 28: every period is over. */
export const EXAMPLE_NOW_ISO = '2024-11-30T12:00:00+03:00';
export const EXAMPLE_NOW = Date.parse(EXAMPLE_NOW_ISO) / 1000;

const PERIOD_FIRST_DAYS = [1, 8, 15, 22];

export interface WirePostLike {
  /** Required by VK's JSON schema (not sent by the live API); kept so fixtures validate. */
  inner_type: 'wall_wallpost';
  id: number;
  owner_id: number;
  from_id: number;
  date: number;
  text: string;
  is_pinned?: 0 | 1;
  post_type: string;
  copy_history?: unknown[];
  likes: { count: number; user_likes: 0 | 1; can_like: 0 | 1 };
  comments: { count: number };
  reposts: { count: number };
  views: { count: number };
}

/**
 * wall.get items for one page, in wall.get order (pinned first, then newest first). The newest
 * post carries the page's ER totals and the four before it nothing, so the last five sum to the
 * table; older posts carry absurd numbers, and an old pinned post, a fresh repost and a suggested
 * post are added as traps: any of them in the sample (or in a period) would change the result.
 */
export function examplePosts(groupId: number): WirePostLike[] {
  const weeks = FREQUENCY_TABLE.find((r) => r.id === groupId)?.weeks ?? [];
  const er = ER_TABLE.find((r) => r.id === groupId);
  const ownerId = -groupId;
  const dates: number[] = [];
  weeks.forEach((count, week) => {
    for (let i = 0; i < (count ?? 0); i += 1) {
      const day = (PERIOD_FIRST_DAYS[week] ?? 1) + (i % 7);
      const hour = 9 + Math.floor(i / 7);
      dates.push(
        Date.parse(`2024-11-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00+03:00`) /
          1000,
      );
    }
  });
  dates.sort((a, b) => b - a);
  const wirePost = (
    id: number,
    date: number,
    likes: number,
    comments: number,
    reposts: number,
    views: number,
  ) => ({
    inner_type: 'wall_wallpost' as const,
    id,
    owner_id: ownerId,
    from_id: ownerId,
    date,
    text: `post ${id}`,
    post_type: 'post',
    likes: { count: likes, user_likes: 0 as const, can_like: 1 as const },
    comments: { count: comments },
    reposts: { count: reposts },
    views: { count: views },
  });
  const own = dates.map((date, index) => {
    const id = 10_000 - index;
    if (index === 0 && er) return wirePost(id, date, er.likes, er.comments, er.reposts, er.views);
    if (index < 5) return wirePost(id, date, 0, 0, 0, 0);
    return wirePost(id, date, 9_999, 999, 99, 1);
  });
  const pinned = {
    ...wirePost(1, Date.parse('2023-01-10T10:00:00+03:00') / 1000, 50_000, 0, 0, 1),
    is_pinned: 1 as const,
  };
  // Newer than every own post and inside period 4: counted anywhere, it would show.
  const lateInPeriod4 = Date.parse('2024-11-28T22:00:00+03:00') / 1000;
  const repost = {
    ...wirePost(20_000, lateInPeriod4, 70_000, 0, 0, 1),
    post_type: 'copy',
    copy_history: [
      {
        inner_type: 'wall_wallpost',
        id: 5,
        owner_id: -999,
        from_id: -999,
        date: lateInPeriod4 - 60,
        post_type: 'post',
        text: 'x',
      },
    ],
  };
  const suggested = { ...wirePost(20_001, lateInPeriod4 + 60, 80_000, 0, 0, 1), post_type: 'suggest' };
  return [pinned, suggested, repost, ...own];
}

/** groups.getById objects of the four pages (all requirements visible and met). */
export function exampleGroups() {
  return FREQUENCY_TABLE.map((row) => ({
    id: row.id,
    name: row.name,
    screen_name: `club${row.id}`,
    is_closed: 0,
    type: 'page',
    photo_100: `https://sun9-1.userapi.com/${row.id}.jpg`,
    members_count: 2000,
    cover: { enabled: 1 },
    has_photo: 1,
    description: `Official page of the ${row.name}`,
    wall: 2,
  }));
}

/** The snapshot the report CLI reads; page 104's third period is N/A. */
export function exampleSnapshot() {
  return {
    groups: exampleGroups(),
    walls: Object.fromEntries(FREQUENCY_TABLE.map((row) => [String(row.id), examplePosts(row.id)])),
    categories: { '101': 'active', '102': 'active', '103': 'active' },
    unavailablePeriods: { '104': [3] },
  };
}
