import { describe, expect, it } from 'vitest';
import { localInputToUnix, unixToLocalInput } from '../../../src/shared/local-time';

const unixOf = (iso: string) => Date.parse(iso) / 1000;

describe('localInputToUnix', () => {
  it("reads the wall-clock time in the page's zone, not the device's", () => {
    expect(localInputToUnix('2026-11-25T12:00', 'Europe/Moscow')).toBe(unixOf('2026-11-25T12:00:00+03:00'));
    expect(localInputToUnix('2026-11-25T12:00', 'Asia/Omsk')).toBe(unixOf('2026-11-25T12:00:00+06:00'));
    expect(localInputToUnix('2026-11-25T12:00', 'Europe/Kaliningrad')).toBe(
      unixOf('2026-11-25T12:00:00+02:00'),
    );
  });

  it('settles the offset across a DST change', () => {
    // Berlin switches to summer time on 2026-03-29 at 02:00.
    expect(localInputToUnix('2026-03-29T12:00', 'Europe/Berlin')).toBe(unixOf('2026-03-29T12:00:00+02:00'));
    expect(localInputToUnix('2026-03-28T12:00', 'Europe/Berlin')).toBe(unixOf('2026-03-28T12:00:00+01:00'));
  });

  it('accepts seconds and refuses malformed or impossible values', () => {
    expect(localInputToUnix('2026-11-25T12:00:30', 'UTC')).toBe(unixOf('2026-11-25T12:00:30Z'));
    expect(localInputToUnix('', 'UTC')).toBeNull();
    expect(localInputToUnix('25.11.2026 12:00', 'UTC')).toBeNull();
    expect(localInputToUnix('2026-11-31T12:00', 'UTC')).toBeNull();
    expect(localInputToUnix('2026-13-01T12:00', 'UTC')).toBeNull();
    expect(localInputToUnix('2026-11-01T24:00', 'UTC')).toBeNull();
  });
});

describe('unixToLocalInput', () => {
  it('round-trips through the zone', () => {
    const unix = unixOf('2026-11-18T15:00:00+03:00');
    expect(unixToLocalInput(unix, 'Europe/Moscow')).toBe('2026-11-18T15:00');
    expect(unixToLocalInput(unix, 'Asia/Vladivostok')).toBe('2026-11-18T22:00');
    expect(localInputToUnix(unixToLocalInput(unix, 'Asia/Vladivostok'), 'Asia/Vladivostok')).toBe(unix);
  });
});
