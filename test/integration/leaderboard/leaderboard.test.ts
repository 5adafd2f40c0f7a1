// The leaderboard's data layer over the demo: the board equals one computed independently from VK's
// raw lists; a refresh re-reads only the post that changed; the widget installs and shows the same top;
// a subscriber can load the board.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_POINTS,
  parseRules,
  peopleText,
  scoreLeaderboard,
  WIDGET_ROWS_MAX,
  widgetRows,
  widgetUpdatedText,
} from '../../../src/core/leaderboard';
import {
  createLeaderboardSettingsStore,
  gatherLeaderboard,
  installWidget,
  loadLeaderboard,
  widgetCodeOf,
  type LeaderboardSettings,
} from '../../../src/data/leaderboard';
import { isMember, likersOf, managerRole } from '../../../src/demo/crowd';
import { isActiveUser } from '../../../src/demo/people';
import { publishedPost, setLike } from '../../../src/demo/session';
import { widgetView } from '../../../src/demo/widget-window';
import { LEADERBOARD_BENCH_PAGE_ID } from '../../../src/demo/world';
import { createCommunityStorage } from '../../../src/vk/storage';
import { leaderboardServices } from './helpers';
import { rawBoard } from './raw-score';

const GYM = 219000006;
/** The rating period of DEMO_NOW (2026-11-18): 15–21 November, Moscow time. */
const PERIOD = {
  from: Date.parse('2026-11-15T00:00:00+03:00') / 1000,
  to: Date.parse('2026-11-21T23:59:59+03:00') / 1000,
};

describe('gathering the board', () => {
  it('scores exactly what VK’s raw lists give, on a district page and on the bench page', async () => {
    for (const [groupId, bench] of [
      [GYM, false],
      [LEADERBOARD_BENCH_PAGE_ID, true],
    ] as const) {
      const { services, bridge } = leaderboardServices(`role=admin&group=${groupId}`, { bench });
      const { input } = await gatherLeaderboard(services.api, { groupId, period: PERIOD, canManage: true });
      expect(input.posts.length).toBeGreaterThan(0);
      if (bench) expect(input.posts).toHaveLength(30);
      const entries = scoreLeaderboard(input, DEFAULT_POINTS);
      expect(entries.length).toBeGreaterThan(bench ? 1000 : 10);
      expect(entries).toEqual(await rawBoard(bridge, groupId, PERIOD));
    }
  });

  it('re-reads only the post whose counters moved: one new like costs at most 3 requests', async () => {
    const { services, bridge } = leaderboardServices(`role=admin&group=${LEADERBOARD_BENCH_PAGE_ID}`, {
      bench: true,
    });
    const groupId = LEADERBOARD_BENCH_PAGE_ID;
    const first = await gatherLeaderboard(services.api, { groupId, period: PERIOD, canManage: true });
    const before = scoreLeaderboard(first.input, DEFAULT_POINTS);
    const world = bridge.world;
    const ref = first.input.posts[3]?.ref ?? '';
    const post = publishedPost(world, -groupId, Number(ref.split('_')[1]));
    if (!post) throw new Error('no post');
    // A subscriber on the board who has not liked this post yet.
    const fan = before.find(
      (e) =>
        !likersOf(world, post).includes(e.userId) &&
        isMember(world, groupId, e.userId) &&
        managerRole(world, groupId, e.userId) === null &&
        isActiveUser(world.seed, e.userId),
    );
    if (!fan) throw new Error('no fan');
    setLike(world, post, fan.userId, true);

    const requests = services.api.stats().requests;
    const again = await gatherLeaderboard(services.api, {
      groupId,
      period: PERIOD,
      canManage: true,
      cache: first.cache,
    });
    expect(again.stats).toEqual({ postsRecounted: 1, postsReused: 29 });
    expect(services.api.stats().requests - requests).toBeLessThanOrEqual(3);
    const after = scoreLeaderboard(again.input, DEFAULT_POINTS);
    expect(after.find((e) => e.userId === fan.userId)).toEqual(
      expect.objectContaining({ likes: fan.likes + 1, points: fan.points + DEFAULT_POINTS.like }),
    );
    expect(after).toEqual(await rawBoard(bridge, groupId, PERIOD));
  });
});

describe('the widget', () => {
  it('installs through VK’s preview; the demo’s evaluated widget shows the scoring’s top', async () => {
    const { services, bridge, clock } = leaderboardServices(`role=admin&group=${GYM}`);
    const settings = createLeaderboardSettingsStore(createCommunityStorage(services.api, GYM));
    // The page's own points: the widget's link must carry them to subscribers.
    const rules = {
      points: { like: 2, comment: 3, repost: 5 },
      period: 'rating-period' as const,
      custom: null,
    };
    await settings.save({ ...(await settings.get()), ...rules });
    const board = await loadLeaderboard(services, GYM, { canManage: true, shown: 10, settings });
    expect(board.rulesFrom).toBe('settings');
    const result = await installWidget(
      {
        bridge,
        tokens: services.tokens,
        clock,
        settings,
        groupId: GYM,
        appId: services.launch.appId,
        appInstalled: true,
      },
      board,
    );
    expect(result.status).toBe('installed');
    const recorded = bridge.world.state.widgets.get(GYM);
    expect(recorded?.type).toBe('table');
    // The refresher builds with the same function: an unchanged board is no update. The code sent
    // says when (the time is not part of the content the refresher compares).
    const code = widgetCodeOf(board, services.launch.appId, GYM);
    expect(recorded?.code).toBe(code.at(clock.now()));
    expect(result.status === 'installed' && result.code).toBe(code.content);
    expect(bridge.world.state.installed.has(GYM)).toBe(true);
    const view = widgetView(bridge.widgetOf(GYM));
    expect(view.head.map((h) => h.text)).toEqual(['Место', 'Подписчик', 'Очки']);
    // The scoring's top as the core lays it out: people, and a big tie folded into one row.
    const top = widgetRows(board.entries, WIDGET_ROWS_MAX);
    expect(view.rows.length).toBeGreaterThan(0);
    expect(view.rows.map((r) => r.map((c) => c.text))).toEqual(
      top.map((row) =>
        row.kind === 'tie'
          ? [row.place, `${peopleText(row.count)} с равными очками`, String(row.points)]
          : [
              row.place,
              board.names.get(row.entry.userId) ?? `id${row.entry.userId}`,
              String(row.entry.points),
            ],
      ),
    );
    const saved: LeaderboardSettings = await settings.get();
    expect(saved.widget).toEqual({ installed: true, lastCode: code.content, updatedAt: clock.now() });

    // «Вся таблица» opens the app's table with the page's rules in the route.
    const { more_url: more = '', more: moreText } = bridge.widgetOf(GYM) as {
      more_url?: string;
      more?: string;
    };
    expect(moreText).toBe(
      `Вся таблица · ${widgetUpdatedText(Math.floor(clock.now() / 1000), board.timeZone)}`,
    );
    expect(more).toBe(`https://vk.com/app${services.launch.appId}_-${GYM}#/leaderboard/r/2-3-5-rating`);
    const linked = parseRules(more.split('#/leaderboard/r/')[1] ?? '');
    expect(linked).toEqual(rules);

    // A subscriber cannot read the settings; with the link's rules they score the widget's table.
    const member = leaderboardServices(`role=member&group=${GYM}`).services;
    await expect(
      createLeaderboardSettingsStore(createCommunityStorage(member.api, GYM)).get(),
    ).rejects.toThrow();
    const theirs = await loadLeaderboard(member, GYM, { canManage: false, rules: linked });
    expect(theirs.rulesFrom).toBe('link');
    expect(theirs.settings.points).toEqual(rules.points);
    const shown = (e: { userId: number; points: number }) => [e.userId, e.points];
    expect(theirs.entries.slice(0, 10).map(shown)).toEqual(board.entries.slice(0, 10).map(shown));
    const defaults = await loadLeaderboard(member, GYM, { canManage: false });
    expect(defaults.rulesFrom).toBe('defaults');
    expect(defaults.settings.points).toEqual(DEFAULT_POINTS);
  });
});

describe('a subscriber', () => {
  it('loads the board; managers are only the public contacts', async () => {
    const { services, bridge } = leaderboardServices(`role=member&group=${GYM}`);
    const viewer = services.launch.userId;
    expect(managerRole(bridge.world, GYM, viewer)).toBeNull();
    const board = await loadLeaderboard(services, GYM, { canManage: false, viewerId: viewer });
    expect(board.managersComplete).toBe(false);
    expect(board.settings.points).toEqual(DEFAULT_POINTS);
    expect(board.entries.length).toBeGreaterThan(10);
    expect(board.names.get(board.entries[0]?.userId ?? 0)).toMatch(/\S/);
    // The page's administrators are listed as contacts and stay off the board.
    const admins = bridge.world.pageById.get(GYM)?.managers.filter((m) => m.role === 'creator') ?? [];
    for (const m of admins) expect(board.entries.some((e) => e.userId === m.id)).toBe(false);
  });
});
