import { describe, expect, it } from 'vitest';
import { countOf, formatDayMonth, formatPercent, formatWait, plural } from '../../../src/shared/format';

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

describe('formatWait', () => {
  it('says minutes, then hours and minutes, then days and hours, then days', () => {
    const nb = (s: string) => s.replace(/\u00a0/g, ' ');
    expect(nb(formatWait(0))).toBe('0 мин');
    expect(nb(formatWait(59))).toBe('59 мин');
    expect(nb(formatWait(60))).toBe('1 ч');
    expect(nb(formatWait(125))).toBe('2 ч 5 мин');
    expect(nb(formatWait(24 * 60 - 1))).toBe('23 ч 59 мин');
    expect(nb(formatWait(24 * 60))).toBe('1 день');
    expect(nb(formatWait(27 * 60 + 59))).toBe('1 день 3 ч');
    expect(nb(formatWait(2 * 24 * 60 + 60))).toBe('2 дня 1 ч');
    expect(nb(formatWait(5 * 24 * 60 + 600))).toBe('5 дней');
    expect(nb(formatWait(21 * 24 * 60))).toBe('21 день');
  });
});
