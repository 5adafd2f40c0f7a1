import { describe, expect, it, vi } from 'vitest';
import {
  dateOf,
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

describe('localDateTime agrees with Intl around offset changes', () => {
  const reference = (unix: number, timeZone: string) => {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    }).formatToParts(new Date(unix * 1000));
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    return {
      year: get('year'),
      month: get('month'),
      day: get('day'),
      hour: get('hour'),
      minute: get('minute'),
      second: get('second'),
    };
  };
  // Moscow's 2011 and 2014 changes, Berlin's and New York's DST, Lord Howe's half-hour DST, Kathmandu's
  // +5:45, Chatham's +12:45/+13:45: every 7 minutes and 13 seconds over two days around each change.
  it.each([
    ['Europe/Moscow', '2011-03-26T12:00:00'],
    ['Europe/Moscow', '2014-10-25T12:00:00'],
    ['Europe/Berlin', '2026-03-28T12:00:00'],
    ['Europe/Berlin', '2026-10-24T12:00:00'],
    ['America/New_York', '2026-11-01T00:00:00'],
    ['Australia/Lord_Howe', '2026-04-04T00:00:00'],
    ['Australia/Lord_Howe', '2026-10-03T00:00:00'],
    ['Asia/Kathmandu', '2026-12-06T00:00:00'],
    ['Pacific/Chatham', '2026-04-04T00:00:00'],
  ])('%s from %s', (zone, from) => {
    const start = utc(from);
    for (let unix = start; unix < start + 2 * 86_400; unix += 433) {
      expect(localDateTime(unix, zone), `${zone} ${unix}`).toEqual(reference(unix, zone));
    }
  });

  it('agrees for Moscow and UTC at a random time of every tenth day from 2014-10-26 to 2036', () => {
    let seed = 11;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31) * 86_400;
    for (let day = utc('2014-10-25T22:00:00'); day < utc('2036-01-01T00:00:00'); day += 10 * 86_400) {
      const unix = Math.floor(day + random());
      for (const zone of ['Europe/Moscow', 'UTC'])
        expect(localDateTime(unix, zone), `${zone} ${unix}`).toEqual(reference(unix, zone));
    }
  });

  it('drops fractions of a second as Intl does', () => {
    const at = utc('2026-12-06T08:59:59') + 0.75;
    expect(localDateTime(at, 'Europe/Moscow')).toEqual(reference(at, 'Europe/Moscow'));
    expect(localDateTime(at, 'Europe/Moscow').second).toBe(59);
  });
});

describe('dateOf', () => {
  it("gives the zone's local date, which differs from UTC's across midnight", () => {
    // 2025-12-10 22:30 UTC: already the 11th in Moscow and in Yekaterinburg, still the 10th in UTC.
    const t = Date.UTC(2025, 11, 10, 22, 30) / 1000;
    expect(dateOf(t, 'Europe/Moscow')).toBe('2025-12-11');
    expect(dateOf(t, 'Asia/Yekaterinburg')).toBe('2025-12-11');
    expect(dateOf(t, 'UTC')).toBe('2025-12-10');
    expect(dateOf(Date.UTC(2025, 11, 31, 20, 59, 59) / 1000, 'Europe/Moscow')).toBe('2025-12-31');
    expect(dateOf(Date.UTC(2025, 11, 31, 21) / 1000, 'Europe/Moscow')).toBe('2026-01-01');
  });
});

describe('the default zone without Intl', () => {
  it('reads Moscow since 2014 and validates it without building an Intl formatter', async () => {
    vi.resetModules();
    const Original = Intl.DateTimeFormat;
    let built = 0;
    Intl.DateTimeFormat = class extends Original {
      constructor(...args: ConstructorParameters<typeof Original>) {
        super(...args);
        built++;
      }
    } as typeof Intl.DateTimeFormat;
    try {
      const time = await import('../../../src/core/time');
      expect(time.localDateTime(utc('2026-12-06T21:30:00'), 'Europe/Moscow')).toMatchObject({
        day: 7,
        hour: 0,
      });
      expect(time.monthBounds('2026-12', 'Europe/Moscow').startsAt).toBe(utc('2026-11-30T21:00:00'));
      expect(time.isValidTimeZone('Europe/Moscow')).toBe(true);
      expect(built).toBe(0);
      // Before Moscow's last change, and in other zones, Intl answers.
      expect(time.localDateTime(utc('2014-06-01T12:00:00'), 'Europe/Moscow').hour).toBe(16);
      expect(built).toBe(1);
    } finally {
      Intl.DateTimeFormat = Original;
    }
  });
});
