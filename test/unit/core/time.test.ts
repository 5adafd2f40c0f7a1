import { describe, expect, it } from 'vitest';
import {
  isValidTimeZone,
  localDateTime,
  monthBounds,
  monthOf,
  parseMonth,
  startOfLocalDay,
} from '../../../src/core/time';
import { msk, utc } from './helpers';

describe('time', () => {
  it.each([
    { at: utc('2024-11-30T20:59:59'), zone: 'Europe/Moscow', month: '2024-11' },
    { at: utc('2024-11-30T21:00:00'), zone: 'Europe/Moscow', month: '2024-12' },
    { at: utc('2024-11-30T21:00:00'), zone: 'UTC', month: '2024-11' },
    { at: utc('2024-12-31T19:00:00'), zone: 'Asia/Yekaterinburg', month: '2025-01' },
  ])('monthOf($at, $zone) = $month', ({ at, zone, month }) => {
    expect(monthOf(at, zone)).toBe(month);
  });

  it.each([
    ['2024-11', { year: 2024, month: 11 }],
    ['2024-01', { year: 2024, month: 1 }],
    ['2024-13', null],
    ['2024-00', null],
    ['2024-1', null],
    ['nov', null],
  ] as const)('parseMonth(%s)', (text, parsed) => {
    expect(parseMonth(text)).toEqual(parsed);
  });

  it('finds local midnight, including across a year end', () => {
    expect(startOfLocalDay(2024, 11, 8, 'Europe/Moscow')).toBe(msk('2024-11-08'));
    expect(startOfLocalDay(2024, 12, 32, 'Europe/Moscow')).toBe(msk('2025-01-01'));
    expect(monthBounds('2024-12', 'Europe/Moscow')).toEqual({
      startsAt: msk('2024-12-01'),
      endsAt: msk('2025-01-01'),
    });
  });

  it('reads wall-clock time in a zone', () => {
    expect(localDateTime(utc('2024-11-07T23:30'), 'Europe/Moscow')).toEqual({
      year: 2024,
      month: 11,
      day: 8,
      hour: 2,
      minute: 30,
      second: 0,
    });
  });

  it('validates zones', () => {
    expect(isValidTimeZone('Europe/Moscow')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});
