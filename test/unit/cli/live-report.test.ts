// Live mode's pure parts: which listed pages are read, and how unreadable pages enter the report.
import { describe, expect, it } from 'vitest';
import { buildLiveReport } from '../../../src/cli/live/live-report';
import type { ListedPage } from '../../../src/cli/live/page-list';
import { selectPages } from '../../../src/cli/live/select-pages';
import type { ChildResult } from '../../../src/data/supervisor/types';
import { VkNetworkError } from '../../../src/vk/errors';
import { toPageInfo } from '../../../src/vk/mappers';

const NOW = Date.parse('2024-11-20T12:00:00Z') / 1000;
const ARGS = { month: '2024-11', timeZone: 'Europe/Moscow', now: NOW };

describe('selectPages', () => {
  it('keeps the first row of each community and names every other row with its line', () => {
    const listed: ListedPage[] = [
      { line: 2, raw: 'club1', ref: { kind: 'group', id: 1 }, category: 'flagship' },
      { line: 3, raw: 'gone', ref: { kind: 'screen', name: 'gone' }, category: null },
      { line: 4, raw: 'first', ref: { kind: 'screen', name: 'first' }, category: 'card' },
    ];
    const page = { id: 1, name: 'One', screenName: 'first', deactivated: null };
    const { entries, warnings } = selectPages(listed, [
      { raw: 'club1', status: 'ok', page },
      { raw: 'gone', status: 'skipped', reason: 'Такой страницы ВКонтакте нет' },
      { raw: 'first', status: 'ok', page },
    ]);
    expect(entries).toEqual([{ id: 1, name: 'One', category: 'flagship' }]);
    expect(warnings).toEqual([
      'line 3 (gone): skipped, Такой страницы ВКонтакте нет',
      'line 4 (first): skipped, the same page as line 2',
    ]);
  });
});

describe('buildLiveReport', () => {
  const page = toPageInfo({ id: 7, name: 'Seven', screen_name: 'seven', members_count: 100 });
  const results: ChildResult[] = [
    {
      id: 7,
      status: 'ok',
      fetchedAt: NOW,
      snapshot: {
        page,
        posts: [],
        reach: { kind: 'unavailable', reason: 'not-requested' },
        postponed: 'not-requested',
        postsComplete: true,
      },
    },
    {
      id: 8,
      status: 'unavailable',
      reason: 'error',
      error: new VkNetworkError({ method: 'wall.get', reason: 'offline' }),
      fetchedAt: NOW,
    },
    { id: 9, status: 'unavailable', reason: 'private', fetchedAt: NOW },
  ];
  const entries = [
    { id: 7, name: 'Seven', category: 'active' as const },
    { id: 8, name: 'Eight', category: 'flagship' as const },
    { id: 9, name: 'Nine', category: 'card' as const },
  ];

  it('keeps unreadable pages with their status and null figures', () => {
    const report = buildLiveReport(results, entries, ARGS);
    expect(report.communities.map((c) => [c.id, c.status])).toEqual([
      [7, 'ok'],
      [8, 'error'],
      [9, 'private'],
    ]);
    expect(report.communities[1]).toMatchObject({
      name: 'Eight',
      unavailable: 'Не удалось загрузить: нет связи с ВКонтакте',
      er: { percent: null, achievement: null },
      frequency: { periods: [0, 0, 0, 0], met: false, assessed: true },
      rating: null,
    });
    expect(report.communities[2]).toMatchObject({ frequency: { assessed: false } });
  });

  it('gives every page the verdict the supervisor table shows: private and failed reads unknown, deleted fail', () => {
    const deleted: ChildResult = { id: 10, status: 'unavailable', reason: 'deleted', fetchedAt: NOW };
    const report = buildLiveReport(
      [...results, deleted],
      [...entries, { id: 10, name: 'Ten', category: 'active' }],
      ARGS,
    );
    const unknown = { frequency: 'unknown', er: 'unknown', requirements: 'unknown', reach: 'unknown' };
    expect(report.communities.map((c) => [c.id, c.verdict])).toEqual([
      // Read, no post yet on the 20th: periods 1 and 2 missed (0 < 3), ER and reach without figures;
      // groups.getById gave no cover, avatar or description.
      [
        7,
        {
          status: 'fail',
          indicators: { frequency: 'fail', er: 'unknown', requirements: 'fail', reach: 'unknown' },
        },
      ],
      [8, { status: 'unknown', indicators: unknown }],
      [9, { status: 'unknown', indicators: { ...unknown, frequency: 'not-assessed' } }],
      [10, { status: 'fail', indicators: unknown }],
    ]);
    expect(report.summary.verdict).toEqual({ ok: 0, risk: 0, fail: 2, unknown: 2 });
    expect(report.communities[3]).toMatchObject({
      status: 'deleted',
      rating: null,
      dataFlags: [{ kind: 'deleted-page', label: 'сообщество удалено' }],
    });
  });

  it('counts them as the supervisor table does: assessed and not met unless a business card', () => {
    const { summary } = buildLiveReport(results, entries, ARGS);
    expect(summary).toMatchObject({
      communities: 3,
      unavailable: 2,
      frequency: { assessed: 2, met: 0, percent: 0 },
    });
  });
});
