// The report's verdict (docs/report-cli.md, docs/methodology.md "The verdict") over a crafted
// snapshot: one page per status, a business card, a deleted and a banned page, and a wall that holds
// one post twice. --now is the 24th at 12:00 Moscow: periods 1–3 are over, period 4 is running.
import { describe, expect, it } from 'vitest';
import { run, snapshotFile } from './run';

const NOW = '2024-11-24T12:00:00+03:00';
const ARGS = ['--snapshot', 'snap.json', '--now', NOW];
const FIRST_DAYS = ['01', '08', '15', '22'];

/** A wall.get item: own published post, `likes` per 100 views (5 → ER 5 %). */
function wirePost(
  groupId: number,
  id: number,
  date: string,
  { likes = 5, views = 100 as number | null } = {},
) {
  return {
    id,
    owner_id: -groupId,
    from_id: -groupId,
    date: Date.parse(`${date}:00+03:00`) / 1000,
    text: `post ${id}`,
    post_type: 'post',
    likes: { count: likes, user_likes: 0, can_like: 1 },
    comments: { count: 0 },
    reposts: { count: 0 },
    ...(views === null ? {} : { views: { count: views } }),
  };
}

/** `counts[i]` posts on the first day of period i + 1, hourly from 09:00; ids from groupId × 100. */
function wall(groupId: number, counts: readonly number[], over: { likes?: number } = {}) {
  let id = groupId * 100;
  return counts.flatMap((count, i) =>
    Array.from({ length: count }, (_, h) =>
      wirePost(groupId, ++id, `2024-11-${FIRST_DAYS[i]}T${String(9 + h).padStart(2, '0')}:00`, over),
    ),
  );
}

function group(id: number, name: string, over: Record<string, unknown> = {}) {
  return {
    id,
    name,
    screen_name: `club${id}`,
    is_closed: 0,
    type: 'page',
    photo_100: `https://sun9-1.userapi.com/${id}.jpg`,
    members_count: 1000,
    cover: { enabled: 1 },
    has_photo: 1,
    description: `Официальная страница: ${name}`,
    wall: 2,
    is_government_organization: 1,
    ...over,
  };
}

// 202's period 4 has posts 20210 and 20211; 20211 is in the wall twice (read across two pages).
const atRiskWall = wall(202, [3, 3, 3, 2]);
const duplicate = atRiskWall[atRiskWall.length - 1]!;

const SNAPSHOT = {
  groups: [
    group(201, 'Не выполняет'),
    group(202, 'В зоне риска'),
    group(203, 'Выполняет'),
    group(204, 'Визитка'),
    group(205, 'Удалена', { deactivated: 'deleted' }),
    group(206, 'Заблокирована', { deactivated: 'banned', cover: { enabled: 0 } }),
    group(207, 'Нет данных'),
  ],
  walls: {
    // 3 / 3 / 2: period 3 is over at 2 < 3 → frequency fail.
    '201': wall(201, [3, 3, 2]),
    // 3 / 3 / 3 and 2 in the running period 4 (the duplicate does not make it 3) → risk.
    '202': [...atRiskWall.slice(0, -1), duplicate, duplicate],
    // 3 / 3 / 3 / 3: period 4 met already → ok.
    '203': wall(203, [3, 3, 3, 3]),
    // One post, 1 like per 100 views: ER 1 % fails, a card does not.
    '204': wall(204, [1], { likes: 1 }),
    // Perfect walls, but the pages are gone.
    '205': wall(205, [3, 3, 3, 3]),
    '206': wall(206, [3, 3, 3, 3]),
    // Frequency on track, but the newest post came without views: ER unknown.
    '207': [...wall(207, [3, 3, 3, 3]), wirePost(207, 20_799, '2024-11-23T10:00', { views: null })],
  },
  categories: { '204': 'card' },
  posWidgets: { '201': true, '202': true, '203': true, '205': true, '206': true, '207': true },
};

describe('report: the verdict of every community', () => {
  const result = run(ARGS, snapshotFile(SNAPSHOT));
  const report = result.json();
  const byId = (id: number) => report.communities.find((c: { id: number }) => c.id === id);

  it('exits 0 with JSON only', () => {
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
  });

  it('prints {status, indicators} per page, the same rules as the app', () => {
    expect(report.communities.map((c: { id: number; verdict: unknown }) => [c.id, c.verdict])).toEqual([
      [
        201,
        { status: 'fail', indicators: { frequency: 'fail', er: 'ok', requirements: 'ok', reach: 'fail' } },
      ],
      [
        202,
        { status: 'risk', indicators: { frequency: 'risk', er: 'ok', requirements: 'ok', reach: 'fail' } },
      ],
      [203, { status: 'ok', indicators: { frequency: 'ok', er: 'ok', requirements: 'ok', reach: 'fail' } }],
      // No ПОС declaration for the card: requirements unknown, which never sets the status.
      [
        204,
        {
          status: 'ok',
          indicators: { frequency: 'not-assessed', er: 'fail', requirements: 'unknown', reach: 'fail' },
        },
      ],
      [
        205,
        {
          status: 'fail',
          indicators: { frequency: 'unknown', er: 'unknown', requirements: 'unknown', reach: 'unknown' },
        },
      ],
      [
        206,
        {
          status: 'fail',
          indicators: { frequency: 'unknown', er: 'unknown', requirements: 'unknown', reach: 'unknown' },
        },
      ],
      [
        207,
        {
          status: 'unknown',
          indicators: { frequency: 'ok', er: 'unknown', requirements: 'ok', reach: 'fail' },
        },
      ],
    ]);
  });

  it('counts the statuses in summary.verdict', () => {
    // ok: 203, 204; risk: 202; fail: 201, 205, 206; unknown: 207.
    expect(report.summary.verdict).toEqual({ ok: 2, risk: 1, fail: 3, unknown: 1 });
  });

  it('counts a post that is twice in a wall once, in frequency and in the ER sample', () => {
    const page = byId(202);
    expect(page.frequency.periods).toEqual([3, 3, 3, 2]);
    expect(page.frequency.statuses).toEqual(['met', 'met', 'met', 'in-progress']);
    // The last five: 20211, 20210, 20209, 20208, 20207 — 20211 once: 25 / 500 = 5 %.
    expect(page.er.postIds).toEqual([20_211, 20_210, 20_209, 20_208, 20_207]);
    expect(page.er).toMatchObject({ reactions: 25, views: 500, percent: 5 });
  });

  it.each([
    { id: 205, kind: 'deleted-page', label: 'сообщество удалено' },
    { id: 206, kind: 'banned-page', label: 'сообщество заблокировано' },
  ])(
    'gives page $id rating null, no deduction, no actions and only the $kind flag',
    ({ id, kind, label }) => {
      const page = byId(id);
      expect(page.status).toBe(kind === 'deleted-page' ? 'deleted' : 'banned');
      expect(page.rating).toBeNull();
      // 206 has no cover: nothing is deducted from a page that is gone.
      expect(page.requirements).toMatchObject({ missingCount: 0, deductedCount: 0 });
      expect(page.actions).toEqual([]);
      expect(page.dataFlags).toEqual([{ kind, label }]);
      expect(page.er.percent).toBeNull();
      expect(page.frequency).toMatchObject({ periods: [0, 0, 0, 0], assessed: true, met: false });
    },
  );

  it('keeps a rating object for every readable page', () => {
    for (const id of [201, 202, 203, 204, 207]) expect(typeof byId(id).rating.total).toBe('number');
  });

  it('orders every page’s actions by impact, largest first', () => {
    for (const community of report.communities as Array<{ actions: Array<{ impact: number }> }>) {
      const impacts = community.actions.map((a) => a.impact);
      expect(impacts).toEqual([...impacts].sort((a, b) => b - a));
    }
    // 202: period 4 (2 of 3) met would lift the projected frequency from 3 of 4 to 4 of 4.
    // ER 5 % → 100; reach 100 / 1,000 = 10 % → 33.33. Projection: 0.5 × 75 + 30 + 6.67 = 74.17;
    // with period 4 met 0.5 × 100 + 30 + 6.67 = 86.67: + 12.5. Reach at target: + 0.2 × 66.67 = 13.33.
    expect(byId(202).actions.map((a: { kind: string; impact: number }) => [a.kind, a.impact])).toEqual([
      ['raise-reach', 13.33],
      ['post-more', 12.5],
      // posts in bursts on the 1st, 8th, 15th and 22nd: a week of silence between them, advice only
      ['spread-posts', 0],
    ]);
  });
});
