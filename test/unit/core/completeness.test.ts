import { describe, expect, it } from 'vitest';
import {
  flagsCell,
  flagsFor,
  flagText,
  pageStateFlag,
  scorecardFlags,
  type DataFlag,
} from '../../../src/core/completeness';
import { rowFlags, withMonitoringEr, type AvailableRow } from '../../../src/core/pages/supervisor-table';
import { computeScorecard, type ScorecardInput } from '../../../src/core/scorecard';
import type { MonitoringEr } from '../../../src/core/monitoring';
import { msk, page, postsAt } from './helpers';

const NOW = msk('2024-11-20T12:00');

/** Six own posts with views, exact reach: nothing missing. */
function input(over: Partial<ScorecardInput> = {}): ScorecardInput {
  return {
    page: page(),
    posts: postsAt('2024-11-10T10:00', 6, { likes: 3 }),
    category: 'active',
    reach: { kind: 'stats', reach: 300, reachSubscribers: null },
    posWidgetsDeclared: true,
    now: NOW,
    ...over,
  };
}

const kinds = (flags: readonly DataFlag[]) => flags.map((flag) => flag.kind);

describe('scorecardFlags', () => {
  it('has no flag when everything was read', () => {
    expect(scorecardFlags(computeScorecard(input()), { postsComplete: true })).toEqual([]);
  });

  it('flags a closed page on every figure but the requirements', () => {
    const flags = scorecardFlags(computeScorecard(input({ page: page({ status: 'private' }) })), {
      postsComplete: true,
    });
    expect(kinds(flags)).toEqual(['private-page']);
    expect(flagsFor(flags, 'er')).toHaveLength(1);
    expect(flagsFor(flags, 'requirements')).toEqual([]);
  });

  it('flags posts beyond what was fetched on frequency, reach and the rating', () => {
    const flags = scorecardFlags(computeScorecard(input()), { postsComplete: false });
    expect(kinds(flags)).toEqual(['posts-truncated']);
    expect(kinds(flagsFor(flags, 'frequency'))).toEqual(['posts-truncated']);
    expect(flagsFor(flags, 'er')).toEqual([]);
  });

  it('flags estimated reach with the reason stats were not used', () => {
    const card = computeScorecard(input({ reach: { kind: 'unavailable', reason: 'no-rights' } }));
    const flags = scorecardFlags(card, { postsComplete: true });
    expect(flags).toEqual([{ kind: 'reach-estimated', reason: 'no-rights' }]);
    expect(flagText(flags[0]!).explanation).toMatch(/^Нет доступа к статистике сообщества/);
    expect(kinds(flagsFor(flags, 'rating'))).toEqual(['reach-estimated']);
  });

  it('flags a short ER sample with its size', () => {
    const flags = scorecardFlags(
      computeScorecard(input({ posts: postsAt('2024-11-10T10:00', 3, { likes: 1 }) })),
      {
        postsComplete: true,
      },
    );
    expect(flags).toEqual([{ kind: 'er-sample-short', posts: 3, sampleSize: 5 }]);
    expect(flagText(flags[0]!).label).toBe('ER по 3 из 5 постов');
  });

  it('flags sampled posts without views', () => {
    const posts = [...postsAt('2024-11-10T10:00', 4), ...postsAt('2024-11-12T10:00', 2, { views: null })];
    const flags = scorecardFlags(computeScorecard(input({ posts })), { postsComplete: true });
    expect(flags).toEqual([{ kind: 'views-missing', posts: 2 }]);
    expect(flagText(flags[0]!).explanation).toContain('у 2 постов');
  });

  it('flags capped reaction lists only on the monitoring-grade ER', () => {
    const flags = scorecardFlags(computeScorecard(input()), {
      postsComplete: true,
      monitoringListsComplete: false,
    });
    expect(kinds(flagsFor(flags, 'er-monitoring'))).toEqual(['lists-capped']);
    expect(flagsFor(flags, 'er')).toEqual([]);
    expect(flagsFor(flags, 'rating')).toEqual([]);
  });

  it('flags an unknown «Госорганизация» mark on the requirements', () => {
    const card = computeScorecard(input({ page: page({ isGovernmentOrganization: null }) }));
    const flags = scorecardFlags(card, { postsComplete: true });
    expect(kinds(flagsFor(flags, 'requirements'))).toEqual(['gov-mark-unknown']);
  });
});

describe('page states and table cells', () => {
  it.each([
    ['private', 'private-page'],
    ['deleted', 'deleted-page'],
    ['banned', 'banned-page'],
  ] as const)('a %s page without figures gets %s', (status, kind) => {
    expect(pageStateFlag(status)?.kind).toBe(kind);
  });

  it('a failed read is not a data flag (the row says it failed)', () => {
    expect(pageStateFlag('error')).toBeNull();
  });

  it('joins labels for the export, «полные» without flags', () => {
    expect(flagsCell([])).toBe('полные');
    expect(flagsCell([{ kind: 'posts-truncated' }, { kind: 'gov-mark-unknown' }])).toBe(
      'не все посты загружены; отметка «Госорганизация» неизвестна',
    );
  });
});

describe('withMonitoringEr', () => {
  const card = computeScorecard(input({ posts: postsAt('2024-11-10T10:00', 6, { likes: 6 }) }));
  const row: AvailableRow = {
    id: 1,
    name: 'Школа',
    screenName: 'school1',
    photo: null,
    category: 'active',
    state: 'ok',
    scorecard: card,
    flags: [],
    monitoring: null,
  };
  // Five posts × 6 likes ÷ 500 views = 6 %: ER achievement 100. The monitoring keeps 6 of the 30
  // reactions: 1.2 % → achievement 40.
  const monitoring: MonitoringEr = {
    reactions: 6,
    views: 500,
    percent: 1.2,
    achievement: 40,
    differences: [{ kind: 'inactive-likes', count: 24 }],
    unchecked: [],
    topTenShare: 1,
    managersShare: null,
    complete: true,
  };

  it('counts the monitoring-grade ER in the rating', () => {
    const refined = withMonitoringEr(row, monitoring);
    const er = (r: AvailableRow) => r.scorecard.rating.components[1];
    expect(er(row).score).toBe(100);
    expect(er(refined).score).toBe(40);
    // ER weighs 30 %: (100 − 40) × 0.3 = 18 points fewer.
    expect(row.scorecard.rating.total! - refined.scorecard.rating.total!).toBeCloseTo(18, 2);
    expect(refined.monitoring).toBe(monitoring);
    expect(rowFlags(refined)).toEqual([]);
  });

  it('adds the capped-lists flag once', () => {
    const capped = withMonitoringEr(row, { ...monitoring, complete: false });
    expect(kinds(rowFlags(capped))).toEqual(['lists-capped']);
    expect(kinds(rowFlags(withMonitoringEr(capped, { ...monitoring, complete: false })))).toEqual([
      'lists-capped',
    ]);
  });
});
