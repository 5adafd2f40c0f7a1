// Flags that mean one thing only: --now and --month with a 4-digit year 1970–2100 and an offset
// within ±14:00, integer flags as plain decimal digits. Each wrong value exits 2 with a message.
import { describe, expect, it } from 'vitest';

import { parseDemoSnapshotArgs } from '../../../src/cli/demo-snapshot';
import { runLeaderboard } from '../../../src/cli/leaderboard';
import { parseNow, parsePlainInteger, parseReportArgs } from '../../../src/cli/report-args';
import { memoryIo } from './cli-harness';

const UTC = 'UTC';

describe('--now', () => {
  it.each([
    ['0050-06-10T12:00:00Z'], // used to be read as 1950-06
    ['1969-12-31T23:59:59Z'],
    ['2101-01-01T00:00:00Z'],
    ['9999-12-31'],
    ['2024-11-14T18:00:00+99:99'],
    ['2024-11-14T18:00:00+14:01'],
    ['2024-11-14T18:00:00-1401'],
    ['2024-11-14T18:00:00+15'],
    ['2024-11-14T18:00:00+03:60'],
    ['24-11-14'],
    ['+002024-11-14'],
  ])('refuses %j', (text) => {
    expect(parseNow(text, UTC)).toBeNull();
    const parsed = parseReportArgs(['--snapshot', 's.json', '--now', text], 0);
    expect(parsed).toEqual({
      ok: false,
      error: `--now: expected an ISO date-time with a year 1970–2100 and an offset within ±14:00, got "${text}"`,
      usage: false,
    });
  });

  it.each([
    ['1970-01-01T00:00:00Z', 0],
    ['2100-12-31T23:59:59Z', Date.UTC(2100, 11, 31, 23, 59, 59) / 1000],
    ['2024-11-14T18:00:00+14:00', Date.UTC(2024, 10, 14, 4) / 1000],
    ['2024-11-14T18:00:00-14:00', Date.UTC(2024, 10, 15, 8) / 1000],
    ['2024-11-14T18:00:00+0530', Date.UTC(2024, 10, 14, 12, 30) / 1000],
    ['2024-11-14T18:00:00+03', Date.UTC(2024, 10, 14, 15) / 1000],
  ])('accepts %j', (text, unix) => {
    expect(parseNow(text, UTC)).toBe(unix);
  });

  it('holds --month to the same years', () => {
    expect(parseReportArgs(['--snapshot', 's.json', '--month', '0050-06'], 0)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^--month: expected YYYY-MM with a year 1970–2100/),
    });
    expect(
      parseReportArgs(['--snapshot', 's.json', '--month', '2100-12', '--now', '2024-01-01T00:00:00Z'], 0),
    ).toMatchObject({ ok: true, args: { month: '2100-12' } });
  });

  it('holds leaderboard --from/--to and demo:snapshot --now to the same rules', () => {
    const { io, outcome } = memoryIo({});
    const result = outcome(runLeaderboard(['--snapshot', 's.json', '--from', '0050-06-10'], io));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^leaderboard: --from: expected an ISO date/);
    expect(parseDemoSnapshotArgs(['--out', 'x', '--now', '2024-01-01T00:00:00+99:99'], 0)).toMatchObject({
      ok: false,
    });
    expect(parseDemoSnapshotArgs(['--out', 'x', '--now', '2024-01-01T03:00:00+03:00'], 0)).toMatchObject({
      ok: true,
      options: { now: Date.UTC(2024, 0, 1) / 1000 },
    });
  });
});

describe('integer flags: plain decimal digits only', () => {
  it.each(['0x10', '1e3', ' 7 ', '7 ', '+7', '-7', '7.0', '07', '', '٧', '9007199254740993', '0'])(
    'leaderboard --app-id %j exits 2',
    (text) => {
      const { io, outcome } = memoryIo({});
      const result = outcome(runLeaderboard(['--snapshot', 's.json', '--widget', `--app-id=${text}`], io));
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(
        `leaderboard: --app-id: expected a positive whole number in plain digits, got "${text}"`,
      );
    },
  );

  it('accepts plain digits', () => {
    expect(parsePlainInteger('51234567', 1)).toBe(51234567);
    expect(parsePlainInteger('0', 0)).toBe(0);
    expect(parsePlainInteger('0', 1)).toBeNull();
  });

  it.each(['0x10', '1e3', ' 7', '-1', '1.5'])('demo:snapshot --seed %j is refused', (text) => {
    expect(parseDemoSnapshotArgs(['--out', 'x', `--seed=${text}`], 0)).toEqual({
      ok: false,
      error: `--seed: expected a whole number in plain digits, got "${text}"`,
    });
  });
});
