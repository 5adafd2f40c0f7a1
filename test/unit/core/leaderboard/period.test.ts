import { describe, expect, it } from 'vitest';
import { customPeriod, inPeriod, monthPeriodAt, ratingPeriodAt } from '../../../../src/core/leaderboard';

const MOSCOW = 'Europe/Moscow'; // UTC+3
const VLADIVOSTOK = 'Asia/Vladivostok'; // UTC+10

const unix = (iso: string) => Date.parse(iso) / 1000;
const iso = (seconds: number) => new Date(seconds * 1000).toISOString();

describe('ratingPeriodAt', () => {
  it.each([
    ['2024-11-01T12:00:00+03:00', 1, '2024-10-31T21:00:00.000Z', '2024-11-07T20:59:59.000Z'],
    ['2024-11-07T23:59:59+03:00', 1, '2024-10-31T21:00:00.000Z', '2024-11-07T20:59:59.000Z'],
    ['2024-11-08T00:00:00+03:00', 2, '2024-11-07T21:00:00.000Z', '2024-11-14T20:59:59.000Z'],
    ['2024-11-21T10:00:00+03:00', 3, '2024-11-14T21:00:00.000Z', '2024-11-21T20:59:59.000Z'],
    ['2024-11-22T00:00:00+03:00', 4, '2024-11-21T21:00:00.000Z', '2024-11-30T20:59:59.000Z'],
  ])('%s in Moscow is period %i', (now, index, from, to) => {
    const period = ratingPeriodAt(unix(now), MOSCOW);
    expect(period.index).toBe(index);
    expect(iso(period.from)).toBe(from);
    expect(iso(period.to)).toBe(to);
  });

  it.each([
    ['2024-01-29T08:00:00+03:00', '2024-01-31T20:59:59.000Z'],
    ['2024-01-31T23:00:00+03:00', '2024-01-31T20:59:59.000Z'],
    ['2024-04-30T12:00:00+03:00', '2024-04-30T20:59:59.000Z'],
    ['2024-02-29T12:00:00+03:00', '2024-02-29T20:59:59.000Z'],
    ['2023-02-28T12:00:00+03:00', '2023-02-28T20:59:59.000Z'],
    ['2024-12-31T23:59:59+03:00', '2024-12-31T20:59:59.000Z'],
  ])('days 29–31 extend the fourth period to the month’s end: %s', (now, to) => {
    const period = ratingPeriodAt(unix(now), MOSCOW);
    expect(period.index).toBe(4);
    expect(iso(period.from).slice(8, 10)).toBe('21'); // local day 22 begins at 21:00 UTC of day 21
    expect(iso(period.to)).toBe(to);
  });

  it('puts one instant in different periods in UTC+3 and UTC+10', () => {
    // 2024-11-07 16:00 UTC: still the 7th (19:00) in Moscow, already the 8th (02:00) in Vladivostok.
    const now = unix('2024-11-07T16:00:00Z');
    const moscow = ratingPeriodAt(now, MOSCOW);
    const vladivostok = ratingPeriodAt(now, VLADIVOSTOK);
    expect(moscow.index).toBe(1);
    expect(vladivostok.index).toBe(2);
    expect(iso(vladivostok.from)).toBe('2024-11-07T14:00:00.000Z');
    expect(iso(vladivostok.to)).toBe('2024-11-14T13:59:59.000Z');
    expect(inPeriod(unix('2024-11-07T14:00:00Z'), vladivostok)).toBe(true);
    expect(inPeriod(unix('2024-11-07T13:59:59Z'), vladivostok)).toBe(false);
  });

  it('follows the month across the year boundary in the page’s zone', () => {
    // 2024-12-31 20:00 UTC is already January 1st in Vladivostok.
    const period = ratingPeriodAt(unix('2024-12-31T20:00:00Z'), VLADIVOSTOK);
    expect(period.index).toBe(1);
    expect(iso(period.from)).toBe('2024-12-31T14:00:00.000Z');
  });

  it('tiles the month: the periods touch and together make the month', () => {
    const starts = ['01', '08', '15', '22'].map((day) =>
      ratingPeriodAt(unix(`2024-03-${day}T12:00:00+10:00`), VLADIVOSTOK),
    );
    const month = monthPeriodAt(unix('2024-03-15T12:00:00+10:00'), VLADIVOSTOK);
    expect(starts[0]?.from).toBe(month.from);
    expect(starts[3]?.to).toBe(month.to);
    for (let i = 1; i < 4; i++) expect(starts[i]?.from).toBe((starts[i - 1]?.to ?? 0) + 1);
  });
});

describe('monthPeriodAt', () => {
  it('is the calendar month in the zone', () => {
    const period = monthPeriodAt(unix('2024-02-10T00:00:00+03:00'), MOSCOW);
    expect(iso(period.from)).toBe('2024-01-31T21:00:00.000Z');
    expect(iso(period.to)).toBe('2024-02-29T20:59:59.000Z');
  });

  it('differs by zone at the boundary', () => {
    const now = unix('2024-04-30T18:00:00Z'); // 21:00 on April 30 in Moscow, 04:00 on May 1 in Vladivostok
    expect(iso(monthPeriodAt(now, MOSCOW).from)).toBe('2024-03-31T21:00:00.000Z');
    expect(iso(monthPeriodAt(now, VLADIVOSTOK).from)).toBe('2024-04-30T14:00:00.000Z');
  });

  it('handles a DST zone (the month of a change is not a whole number of days)', () => {
    const period = monthPeriodAt(unix('2024-03-15T12:00:00Z'), 'Europe/Berlin');
    expect(iso(period.from)).toBe('2024-02-29T23:00:00.000Z');
    expect(iso(period.to)).toBe('2024-03-31T21:59:59.000Z');
  });
});

describe('customPeriod', () => {
  it('covers whole local days, both inclusive', () => {
    const period = customPeriod('2024-11-01', '2024-11-03', VLADIVOSTOK);
    expect(period && iso(period.from)).toBe('2024-10-31T14:00:00.000Z');
    expect(period && iso(period.to)).toBe('2024-11-03T13:59:59.000Z');
    expect(customPeriod('2024-11-05', '2024-11-05', MOSCOW)).toEqual({
      from: unix('2024-11-04T21:00:00Z'),
      to: unix('2024-11-05T20:59:59Z'),
    });
  });

  it.each([
    ['2024-11-05', '2024-11-04'],
    ['2024-02-30', '2024-03-01'],
    ['2024-13-01', '2024-12-01'],
    ['01.11.2024', '2024-11-03'],
    ['', '2024-11-03'],
  ])('refuses %s … %s', (from, to) => {
    expect(customPeriod(from, to, MOSCOW)).toBeNull();
  });
});
