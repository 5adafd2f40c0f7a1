// Russian numbers and dates by hand: hand-checked cases, then the same output as Intl's ru-RU (the
// reference the app used to call, and which Chromium and Node agree on) across many values.
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../../src/demo/prng';
import { ruDayMonth, ruMonthYear, ruNumber, ruTime } from '../../../../src/core/text/ru-format';

const NBSP = '\u00a0';

describe('ruNumber', () => {
  it('groups from four digits with a no-break space and writes a decimal comma', () => {
    expect(ruNumber(999)).toBe('999');
    expect(ruNumber(5717)).toBe(`5${NBSP}717`);
    expect(ruNumber(1_234_567)).toBe(`1${NBSP}234${NBSP}567`);
    expect(ruNumber(-1234)).toBe(`-1${NBSP}234`);
    expect(ruNumber(12.5, 2)).toBe('12,5');
    expect(ruNumber(0, 2, 2)).toBe('0,00');
    expect(ruNumber(12345.6, 2, 2)).toBe(`12${NBSP}345,60`);
  });

  it('rounds halves of the written number away from zero, as Intl does', () => {
    expect(ruNumber(2.5)).toBe('3');
    expect(ruNumber(0.5)).toBe('1');
    // 2.335 is 2.33499… in binary; Intl rounds the shortest decimal, "2.335", so «2,34».
    expect(ruNumber(2.335, 2)).toBe('2,34');
    expect(ruNumber(-1.005, 2, 2)).toBe('-1,01');
    expect(ruNumber(9.995, 2)).toBe('10');
    expect(ruNumber(-0.4)).toBe('-0');
    expect(ruNumber(0.1 + 0.2, 2)).toBe('0,3');
    expect(ruNumber(1e-7, 2)).toBe('0');
    expect(ruNumber(1e21)).toBe(['1', ...Array<string>(7).fill('000')].join(NBSP));
  });

  it('writes what Intl ru-RU writes for integers, decimals and fixed decimals', () => {
    const int = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 0 });
    const number = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 2 });
    const fixed = new Intl.NumberFormat('ru-RU', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    const random = mulberry32(7);
    const values = [0, -0, 1, 10, 100, 1000, 0.005, 0.015, 1.005, 1.115, 99.995, NaN, Infinity, -Infinity];
    for (let i = 0; i < 3000; i++) {
      const scale = 10 ** Math.floor(random() * 9 - 2);
      const raw = (random() - 0.3) * scale;
      // Some with three decimals ending in 5 (the ties), some as they come.
      values.push(i % 3 === 0 ? Math.round(raw * 1000) / 1000 : raw);
    }
    for (const v of values) {
      expect(ruNumber(v), String(v)).toBe(int.format(v));
      expect(ruNumber(v, 2), String(v)).toBe(number.format(v));
      expect(ruNumber(v, 2, 2), String(v)).toBe(fixed.format(v));
    }
  });
});

describe('Russian dates', () => {
  it('names the day and month, the month and year, and the time', () => {
    expect(ruDayMonth(1, 5)).toBe('5 января');
    expect(ruDayMonth(12, 31)).toBe('31 декабря');
    expect(ruMonthYear(2026, 11)).toBe('ноябрь 2026 г.');
    expect(ruTime(9, 7)).toBe('09:07');
  });

  it('writes what Intl ru-RU writes for every month', () => {
    const dayMonth = new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', timeZone: 'UTC' });
    const monthYear = new Intl.DateTimeFormat('ru-RU', { month: 'long', year: 'numeric', timeZone: 'UTC' });
    for (let month = 1; month <= 12; month++) {
      const date = new Date(Date.UTC(2026, month - 1, 17));
      expect(ruDayMonth(month, 17)).toBe(dayMonth.format(date));
      expect(ruMonthYear(2026, month)).toBe(monthYear.format(date));
    }
  });
});
