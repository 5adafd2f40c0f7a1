import { describe, expect, it } from 'vitest';
import { countOf, formatDayMonth, formatPercent, plural } from '../../../src/shared/format';

const POSTS = ['пост', 'поста', 'постов'] as const;

describe('plural', () => {
  it.each([
    [0, 'постов'],
    [1, 'пост'],
    [2, 'поста'],
    [4, 'поста'],
    [5, 'постов'],
    [11, 'постов'],
    [12, 'постов'],
    [14, 'постов'],
    [21, 'пост'],
    [22, 'поста'],
    [101, 'пост'],
    [111, 'постов'],
    [1002, 'поста'],
  ])('%i → %s', (n, form) => {
    expect(plural(n, POSTS)).toBe(form);
  });
});

describe('formatting', () => {
  it('prints counts with Russian digit grouping', () => {
    expect(countOf(12345, POSTS)).toBe('12\u00a0345 постов');
  });

  it('prints the core’s rounded percents with a decimal comma, and null as no data', () => {
    expect(formatPercent(2.33)).toBe('2,33\u00a0%');
    expect(formatPercent(100)).toBe('100,00\u00a0%');
    expect(formatPercent(null)).toBe('нет данных');
  });

  it('prints a calendar date as day and month in the genitive', () => {
    expect(formatDayMonth('2026-11-14')).toBe('14 ноября');
    expect(formatDayMonth('2026-03-01')).toBe('1 марта');
  });
});
