import { describe, expect, it } from 'vitest';
import { clockTime, remainingText } from '../../../../src/features/supervisor/text';

describe('remainingText', () => {
  it.each([
    [1, 'Ещё 1 страница загружается…'],
    [2, 'Ещё 2 страницы загружаются…'],
    [5, 'Ещё 5 страниц загружаются…'],
    [11, 'Ещё 11 страниц загружаются…'],
    // Russian agrees the verb with the last digit: «21 страница загружается».
    [21, 'Ещё 21 страница загружается…'],
    [1700, 'Ещё 1 700 страниц загружаются…'],
  ])('%i → %s', (n, text) => {
    // Intl writes a narrow no-break space between thousands.
    expect(remainingText(n).replace(/\s/g, ' ')).toBe(text);
  });
});

describe('clockTime', () => {
  const now = Date.parse('2026-11-18T15:00:00+03:00') / 1000;
  const at = (iso: string) => Date.parse(iso) / 1000;

  it('says the time alone for today, with the day otherwise', () => {
    expect(clockTime(at('2026-11-18T14:05:00+03:00'), now, 'в', 'Europe/Moscow')).toBe('в 14:05');
    expect(clockTime(at('2026-11-18T14:05:00+03:00'), now, 'на', 'Europe/Moscow')).toBe('на 14:05');
    expect(clockTime(at('2026-11-17T09:30:00+03:00'), now, 'в', 'Europe/Moscow')).toBe('17 ноября в 09:30');
    expect(clockTime(at('2026-11-17T09:30:00+03:00'), now, 'на', 'Europe/Moscow')).toBe(
      'на 17 ноября, 09:30',
    );
  });

  it("reads the day in the viewer's zone", () => {
    // 23:30 in Moscow on the 17th is already the 18th in Omsk.
    expect(clockTime(at('2026-11-17T23:30:00+03:00'), now, 'в', 'Asia/Omsk')).toBe('в 02:30');
  });
});
