import { describe, expect, it } from 'vitest';

import {
  compareNames,
  filterRows,
  letterPercent,
  isFailing,
  sortRows,
  summarizeChildren,
  unavailableText,
  type SupervisorRow,
} from '../../../../src/core/pages/supervisor-table';
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

  it('puts the worst first: unavailable, then the lowest rating', () => {
    const ratings = EXAMPLE_ROWS.map((row) => (row.state === 'ok' ? row.scorecard.rating.total : null));
    expect(ratings.every((r) => r !== null)).toBe(true);
    const sorted = sortRows(rows, 'worst');
    expect(names(sorted).slice(0, 2)).toEqual(['Аист', 'Ёлочка']);
    const sortedRatings = sorted
      .slice(2)
      .map((row) => (row.state === 'ok' ? row.scorecard.rating.total : null));
    expect(sortedRatings).toEqual([...sortedRatings].sort((a, b) => (a ?? 0) - (b ?? 0)));
  });

  it('breaks rating ties by unmet frequency, then by name', () => {
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

  it('filters failing pages', () => {
    expect(rows.map(isFailing)).toEqual([false, true, true, true, true, true]);
    expect(names(filterRows(rows, { onlyFailing: true }))).not.toContain('Министерство');
  });

  it('searches names and screen names ignoring case and ё', () => {
    expect(names(filterRows(rows, { query: '  ЕЛОЧ ' }))).toEqual(['Ёлочка']);
    expect(names(filterRows(rows, { query: 'page103' }))).toEqual(['Учреждение 2']);
    expect(names(filterRows(rows, { query: 'учреждение', onlyFailing: true }))).toHaveLength(3);
    expect(filterRows(rows, {})).toHaveLength(6);
  });
});
