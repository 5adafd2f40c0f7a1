import { describe, expect, it } from 'vitest';

import {
  compareNames,
  filterRows,
  letterPercent,
  rowVerdict,
  sortRows,
  summarizeChildren,
  unavailableText,
  type SupervisorRow,
} from '../../../../src/core/pages/supervisor-table';
import { computeScorecard } from '../../../../src/core/scorecard';
import { msk, page, postsAt } from '../helpers';
import { child, EXAMPLE_ROWS, unavailable } from './children';

const names = (rows: SupervisorRow[]) => rows.map((row) => row.name);

describe('summarizeChildren', () => {
  it('reproduces the worked example', () => {
    const summary = summarizeChildren(EXAMPLE_ROWS);
    expect(summary).toMatchObject({ pages: 4, unavailable: 0, assessed: 4, met: 1, percent: 25 });
    expect(summary.er).toMatchObject({ reactions: 2_883, views: 123_660, percent: 2.33, achievement: 77.67 });
    expect(summary.text).toBe(
      'Количество групп для оценки — 4. Выполнили показатель — 1. Степень выполнения — 25%',
    );
    // 0.5 × 25 + 0.3 × 77.67 + 0.2 × 100 = 55.80.
    expect(summary.reachAchievement).toBe(100);
    expect(summary.rating.total).toBe(55.8);
    expect(summary.rating.complete).toBe(true);
  });

  it("names the day the month's «выполнили» becomes final while its last period runs", () => {
    const midMonth = (id: number): SupervisorRow => ({
      ...(EXAMPLE_ROWS[0] as SupervisorRow & { state: 'ok' }),
      id,
      scorecard: computeScorecard({
        page: page({ id }),
        posts: postsAt('2024-11-02T09:00', 3, { ownerId: -id }),
        category: 'active',
        reach: { kind: 'unavailable', reason: 'not-requested' },
        posWidgetsDeclared: true,
        now: msk('2024-11-25T12:00'),
      }),
    });
    // 25 November: the fourth period (22–28) runs; the month is final after its last day.
    expect(summarizeChildren([midMonth(1), ...EXAMPLE_ROWS]).monthFinalAfter).toBe('2024-11-28');
    // 30 November: every period is over (days 29–30 belong to none).
    expect(summarizeChildren(EXAMPLE_ROWS).monthFinalAfter).toBeNull();
    // Nothing read: nothing to say about the month.
    expect(summarizeChildren([unavailable(5, 'Удалённая школа', 'deleted')]).monthFinalAfter).toBeNull();
  });

  it('subtracts the mean deduction of the pages', () => {
    const rows = [
      ...EXAMPLE_ROWS.slice(0, 3),
      child({
        id: 9,
        name: 'Без обложки',
        weeks: [3, 3, 3, 3],
        er: { reactions: 3, views: 100 },
        noCover: true,
      }),
    ];
    const summary = summarizeChildren(rows);
    expect(summary.meanMissingRequirements).toBe(0.25);
    expect(summary.rating.deduction.points).toBe(1.25);
  });

  it('counts an unavailable page with a threshold as assessed and not met', () => {
    const rows = [
      ...EXAMPLE_ROWS,
      unavailable(5, 'Удалённая школа', 'deleted'),
      unavailable(6, 'Закрытая визитка', 'private', 'card'),
    ];
    const summary = summarizeChildren(rows);
    expect(summary).toMatchObject({ pages: 6, unavailable: 2, assessed: 5, met: 1, percent: 20 });
    expect(summary.er.pages).toBe(4);
    // The same statuses the rows show: the deleted page fails, the private card has no verdict.
    expect(summary.verdicts).toEqual({ ok: 1, risk: 0, fail: 4, unknown: 1 });
    expect(summarizeChildren(rows, { unavailableCountsAsNotMet: false })).toMatchObject({
      assessed: 4,
      percent: 25,
    });
  });

  it('leaves business cards out of the frequency count', () => {
    const card = child({
      id: 7,
      name: 'Визитка',
      weeks: [1, 0, 0, 0],
      er: { reactions: 1, views: 10 },
      category: 'card',
    });
    expect(summarizeChildren([card, ...EXAMPLE_ROWS])).toMatchObject({ pages: 5, assessed: 4, met: 1 });
  });

  it('has no numbers for an empty set', () => {
    const summary = summarizeChildren([]);
    expect(summary).toMatchObject({ assessed: 0, met: 0, percent: null, reachAchievement: null });
    expect(summary.rating.total).toBeNull();
    expect(summary.text).toBe(
      'Количество групп для оценки — 0. Выполнили показатель — 0. Степень выполнения — нет данных',
    );
  });

  it('follows the methodology options', () => {
    const summary = summarizeChildren(EXAMPLE_ROWS, {
      methodology: { weights: { frequency: 1, er: 0, reach: 0 } },
    });
    expect(summary.rating.total).toBe(25);
  });
});

describe('letterPercent', () => {
  it.each([
    [25, '25%'],
    [33.33, '33,33%'],
    [null, 'нет данных'],
  ])('%s → %s', (value, text) => {
    expect(letterPercent(value)).toBe(text);
  });
});

describe('unavailableText', () => {
  it.each([
    ['private', null, 'Закрытое сообщество: записи видны только участникам'],
    ['deleted', null, 'Сообщество удалено'],
    ['banned', null, 'Сообщество заблокировано ВКонтакте'],
    ['error', 'network', 'Не удалось загрузить: нет связи с ВКонтакте'],
    ['error', 'access', 'Нет доступа к данным сообщества'],
    ['error', 'rate-limit', 'ВКонтакте ограничил число запросов: обновите позже'],
    ['error', 'api', 'ВКонтакте вернул ошибку: обновите позже'],
  ] as const)('%s/%s', (status, errorKind, text) => {
    expect(unavailableText({ status, errorKind })).toBe(text);
  });
});

describe('sorting and filtering', () => {
  const rows = [...EXAMPLE_ROWS, unavailable(5, 'Ёлочка', 'deleted'), unavailable(6, 'Аист', 'banned')];

  it('puts the worst first: failing pages without a rating, then the lowest rating', () => {
    const ratings = EXAMPLE_ROWS.map((row) => (row.state === 'ok' ? row.scorecard.rating.total : null));
    expect(ratings.every((r) => r !== null)).toBe(true);
    const sorted = sortRows(rows, 'worst');
    expect(names(sorted).slice(0, 2)).toEqual(['Аист', 'Ёлочка']);
    const sortedRatings = sorted
      .slice(2)
      .map((row) => (row.state === 'ok' ? row.scorecard.rating.total : null));
    expect(sortedRatings).toEqual([...sortedRatings].sort((a, b) => (a ?? 0) - (b ?? 0)));
  });

  it('breaks rating ties by name', () => {
    const a = child({ id: 1, name: 'Б', weeks: [3, 3, 3, 3], er: { reactions: 3, views: 100 } });
    const b = child({ id: 2, name: 'А', weeks: [3, 3, 3, 3], er: { reactions: 3, views: 100 } });
    expect(names(sortRows([a, b], 'worst'))).toEqual(['А', 'Б']);
  });

  it('sorts by rating, highest first, unavailable last', () => {
    const sorted = sortRows(rows, 'rating');
    expect(names(sorted).slice(-2)).toEqual(['Аист', 'Ёлочка']);
    expect(sorted[0]?.name).toBe('Министерство');
  });

  it('sorts by name in Russian order with ё as е and numbers as numbers', () => {
    const named = ['Школа 10', 'Ёлочка', 'Школа 2', 'Дом', 'Елань'].map((name, i) =>
      unavailable(i, name, 'deleted'),
    );
    expect(names(sortRows(named, 'name'))).toEqual(['Дом', 'Елань', 'Ёлочка', 'Школа 2', 'Школа 10']);
    expect(compareNames('ёж', 'еж')).toBe(0);
  });

  it('keeps equal rows in their order', () => {
    const twins = [unavailable(1, 'Сад', 'deleted'), unavailable(2, 'Сад', 'banned')];
    expect(sortRows(twins, 'name').map((row) => row.id)).toEqual([1, 2]);
  });

  it('filters by the rows’ verdicts', () => {
    expect(rows.map((row) => rowVerdict(row).status)).toEqual(['ok', 'fail', 'fail', 'fail', 'fail', 'fail']);
    expect(names(filterRows(rows, { status: 'fail' }))).not.toContain('Министерство');
    expect(names(filterRows(rows, { status: 'ok' }))).toEqual(['Министерство']);
    expect(filterRows(rows, { status: 'risk' })).toEqual([]);
  });

  it('gives a private page or a failed read no verdict, a deleted or banned one a failing one', () => {
    expect(rowVerdict(unavailable(7, 'Сад', 'private')).status).toBe('unknown');
    expect(rowVerdict(unavailable(8, 'Сад', 'error')).status).toBe('unknown');
    expect(rowVerdict(unavailable(9, 'Сад', 'deleted')).reasons).toEqual([
      { kind: 'page-gone', state: 'deleted' },
    ]);
    expect(rowVerdict(unavailable(10, 'Сад', 'banned', 'card')).indicators.frequency).toBe('not-assessed');
  });

  it('searches names and screen names ignoring case and ё', () => {
    expect(names(filterRows(rows, { query: '  ЕЛОЧ ' }))).toEqual(['Ёлочка']);
    expect(names(filterRows(rows, { query: 'page103' }))).toEqual(['Учреждение 2']);
    expect(names(filterRows(rows, { query: 'учреждение', status: 'fail' }))).toHaveLength(3);
    expect(filterRows(rows, {})).toHaveLength(6);
  });
});

describe('the set’s rating in the middle of the month', () => {
  it('counts the pages that have lost no period so far, not only months already met', () => {
    // 10 November: period 1 is over, period 2 runs. Page A met period 1 (3 posts); page B missed it.
    const now = msk('2024-11-10T12:00');
    const row = (id: number, posts: number): SupervisorRow => ({
      id,
      screenName: null,
      name: `Страница ${id}`,
      photo: null,
      category: 'active',
      state: 'ok',
      flags: [],
      monitoring: null,
      scorecard: computeScorecard({
        page: page({ id }),
        posts: postsAt('2024-11-02T09:00', posts, { ownerId: -id, likes: 5 }),
        category: 'active',
        reach: { kind: 'stats', reach: 300, reachSubscribers: null },
        posWidgetsDeclared: true,
        now,
      }),
    });
    const summary = summarizeChildren([row(1, 3), row(2, 1)]);
    // The letter's «выполнили» counts whole months: none yet.
    expect(summary.met).toBe(0);
    // The rating: 1 of 2 pages intact → 50; ER 20 / 400 = 5 % → 100; reach 100.
    // 0.5 × 50 + 0.3 × 100 + 0.2 × 100 = 75.
    expect(summary.rating.total).toBe(75);
  });
});
