import { describe, expect, it } from 'vitest';
import { datesText, dayMonthText, dayRangeText, joinRussian } from '../../../../src/core/plan';

describe('dates in words', () => {
  it('names a day with its month in the genitive', () => {
    expect(dayMonthText('2026-01-01')).toBe('1 января');
    expect(dayMonthText('2025-05-09')).toBe('9 мая');
  });

  it('names a range once within a month, in full across months and years', () => {
    expect(dayRangeText('2025-12-15', '2025-12-21')).toBe('15–21 декабря');
    expect(dayRangeText('2025-12-28', '2025-12-28')).toBe('28 декабря');
    // A plan's range never crosses a month (periods lie within one); other ranges may.
    expect(dayRangeText('2025-11-29', '2025-12-05')).toBe('29 ноября – 5 декабря');
    expect(dayRangeText('2025-12-29', '2026-01-04')).toBe('29 декабря – 4 января');
  });

  it('lists dates with each month named once', () => {
    expect(datesText(['2025-12-11'])).toBe('11 декабря');
    expect(datesText(['2025-12-11', '2025-12-13', '2025-12-15'])).toBe('11, 13 и 15 декабря');
    expect(datesText(['2025-11-29', '2025-11-30', '2025-12-01'])).toBe('29 и 30 ноября, 1 декабря');
  });

  it('joins a Russian list', () => {
    expect(joinRussian([])).toBe('');
    expect(joinRussian(['a'])).toBe('a');
    expect(joinRussian(['a', 'b'])).toBe('a и b');
    expect(joinRussian(['a', 'b', 'c'])).toBe('a, b и c');
  });
});
