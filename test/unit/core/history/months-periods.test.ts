import { describe, expect, it } from 'vitest';
import { historyMonths, shiftMonth } from '../../../../src/core/history/months';
import { computePeriodHistory } from '../../../../src/core/history/periods';
import { msk, post, utc } from '../helpers';

describe('history months', () => {
  it('shifts months across years', () => {
    expect(shiftMonth('2026-01', -3)).toBe('2025-10');
    expect(shiftMonth('2025-11', 2)).toBe('2026-01');
    expect(shiftMonth('2026-12', 0)).toBe('2026-12');
  });

  it('takes three whole months and the current one, in the page zone', () => {
    expect(historyMonths(msk('2026-11-18T15:00'), 'Europe/Moscow')).toEqual([
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
    // 20:00 UTC on 30 November is 23:00 in Moscow but 01:00 on 1 December in Yekaterinburg.
    const now = utc('2026-11-30T20:00');
    expect(historyMonths(now, 'Europe/Moscow').at(-1)).toBe('2026-11');
    expect(historyMonths(now, 'Asia/Yekaterinburg')).toEqual(['2026-09', '2026-10', '2026-11', '2026-12']);
  });
});

describe('computePeriodHistory', () => {
  const now = msk('2026-11-18T15:00');
  const at = (local: string, n: number) => Array.from({ length: n }, () => post({ date: msk(local) }));
  const posts = [
    // October: 3, 2, 0, 5 (+ a repost in period 2, which never counts) and a post on the 30th.
    ...at('2026-10-02T10:00', 3),
    ...at('2026-10-09T10:00', 2),
    post({ date: msk('2026-10-10T10:00'), own: false }),
    ...at('2026-10-25T10:00', 5),
    ...at('2026-10-30T10:00', 1),
    // November so far: 3, 1, 1 (period 3 runs), nothing yet in period 4.
    ...at('2026-11-03T10:00', 3),
    ...at('2026-11-10T10:00', 1),
    ...at('2026-11-16T10:00', 1),
  ];

  it('counts each month period by period against the threshold, the current month partial', () => {
    const result = computePeriodHistory(posts, { category: 'active', months: ['2026-10', '2026-11'], now });
    const view = result.map((m) => ({
      month: m.month,
      partial: m.partial,
      periods: m.frequency.periods.map((p) => [p.published, p.status]),
    }));
    expect(view).toEqual([
      {
        month: '2026-10',
        partial: false,
        periods: [
          [3, 'met'],
          [2, 'missed'],
          [0, 'missed'],
          [5, 'met'],
        ],
      },
      {
        month: '2026-11',
        partial: true,
        periods: [
          [3, 'met'],
          [1, 'missed'],
          [1, 'in-progress'],
          [0, 'upcoming'],
        ],
      },
    ]);
    expect(result[0]!.frequency.threshold).toBe(3);
  });

  it('follows the category: a flagship page needs 5 per period', () => {
    const [october] = computePeriodHistory(posts, { category: 'flagship', months: ['2026-10'], now });
    expect(october!.frequency.periods.map((p) => p.status)).toEqual(['missed', 'missed', 'missed', 'met']);
  });
});
