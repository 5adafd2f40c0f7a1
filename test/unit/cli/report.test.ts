import { describe, expect, it } from 'vitest';
import {
  ER_TABLE,
  EXAMPLE_NOW_ISO,
  FREQUENCY_TABLE,
  exampleGroups,
  exampleSnapshot,
} from '../core/worked-example';
import { run, snapshotFile } from './run';

const EXAMPLE = snapshotFile(exampleSnapshot());
const ARGS = ['--snapshot', 'snap.json', '--now', EXAMPLE_NOW_ISO];

describe('report: the worked examples', () => {
  const result = run(ARGS, EXAMPLE);
  const report = result.json();

  it('exits 0 with JSON only on stdout', () => {
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(report).toMatchObject({
      month: '2024-11',
      timeZone: 'Europe/Moscow',
      now: '2024-11-30T09:00:00.000Z',
    });
    expect(report.options).toMatchObject({ timeZone: 'Europe/Moscow', erSampleSize: 5, erTargetPercent: 3 });
  });

  it('sums ER over the pages: 2,883 / 123,660 = 2.33%, achievement 77.67%', () => {
    expect(report.summary.er).toMatchObject({
      reactions: 2883,
      views: 123_660,
      percent: 2.33,
      achievement: 77.67,
    });
    expect(report.communities.map((c: { er: { percent: number } }) => c.er.percent)).toEqual([
      21.9, 16, 1.79, 2.16,
    ]);
    expect(report.communities.map((c: { er: { reactions: number } }) => c.er.reactions)).toEqual(
      ER_TABLE.map((r) => r.likes + r.comments + r.reposts),
    );
  });

  it('counts the weekly posts of the table and finds 1 of 4 pages met (25%)', () => {
    expect(report.communities.map((c: { frequency: { periods: number[] } }) => c.frequency.periods)).toEqual(
      FREQUENCY_TABLE.map((r) => r.weeks.map((w) => w ?? 0)),
    );
    expect(report.communities.map((c: { frequency: { met: boolean } }) => c.frequency.met)).toEqual([
      true,
      false,
      false,
      false,
    ]);
    expect(report.communities[3].frequency.statuses).toEqual(['met', 'met', 'unavailable', 'met']);
    expect(report.summary.frequency).toEqual({ assessed: 4, met: 1, percent: 25 });
  });

  it('carries ids, names, categories and the rest of the scorecard', () => {
    const first = report.communities[0];
    expect(first).toMatchObject({ id: 101, name: 'ministry page', category: 'active', membersCount: 2000 });
    expect(first.er.postIds).toEqual([10_000, 9_999, 9_998, 9_997, 9_996]);
    expect(first.reach).toMatchObject({ estimated: true, kind: 'estimate' });
    expect(first.requirements.items).toHaveLength(6);
    expect(typeof first.rating.total).toBe('number');
    expect(Array.isArray(first.actions)).toBe(true);
  });
});

describe('report: flags and defaults', () => {
  it.each([
    { name: 'month of --now in Moscow', args: ['--now', '2024-11-30T22:30:00Z'], month: '2024-12' },
    {
      name: 'month of --now in --tz',
      args: ['--now', '2024-11-30T22:30:00Z', '--tz', 'UTC'],
      month: '2024-11',
    },
    {
      name: 'explicit --month',
      args: ['--now', '2024-11-30T22:30:00Z', '--month', '2024-10'],
      month: '2024-10',
    },
    { name: 'month of the current time', args: [], month: '2024-11' },
  ])('$name → $month', ({ args, month }) => {
    const result = run(['--snapshot', 'snap.json', ...args], EXAMPLE);
    expect(result.code).toBe(0);
    expect(result.json().month).toBe(month);
  });

  it.each([
    { now: '2024-12-01T00:30', tz: 'Europe/Moscow', iso: '2024-11-30T21:30:00.000Z' },
    { now: '2024-12-01T00:30', tz: 'UTC', iso: '2024-12-01T00:30:00.000Z' },
    { now: '2024-12-01', tz: 'Asia/Yekaterinburg', iso: '2024-11-30T19:00:00.000Z' },
    { now: '2024-12-01T00:30:00+0300', tz: 'UTC', iso: '2024-11-30T21:30:00.000Z' },
  ])('--now $now in $tz is $iso', ({ now, tz, iso }) => {
    expect(run(['--snapshot', 'snap.json', '--now', now, '--tz', tz], EXAMPLE).json().now).toBe(iso);
  });

  it('takes the ER sample from posts dated at or before --now', () => {
    const report = run(
      ['--snapshot', 'snap.json', '--now', '2024-11-25T00:00:00+03:00', '--month', '2024-11'],
      EXAMPLE,
    ).json();
    // Nov 25–28 posts of the ministry page (ids 10000…9997) are in the future, the next five are not
    expect(report.communities[0].er.postIds).toEqual([9_996, 9_995, 9_994, 9_993, 9_992]);
    expect(report.communities[0].frequency.periods).toEqual([10, 3, 5, 4]);
  });

  it('treats a missing category as active and does not assess a business card', () => {
    const snapshot = { ...exampleSnapshot(), categories: { '102': 'card' } };
    const report = run(ARGS, snapshotFile(snapshot)).json();
    expect(report.communities.map((c: { category: string }) => c.category)).toEqual([
      'active',
      'card',
      'active',
      'active',
    ]);
    expect(report.communities[1].frequency).toMatchObject({ assessed: false, met: true, threshold: null });
    expect(report.summary.frequency).toEqual({ assessed: 3, met: 1, percent: 33.33 });
  });

  it('uses stats and the ПОС declaration when the snapshot has them', () => {
    const snapshot = {
      ...exampleSnapshot(),
      stats: { '101': [{ reach: { reach: 500, reach_subscribers: 400 } }, { reach: { reach: 700 } }] },
      posWidgets: { '101': true, '102': false },
    };
    const report = run(ARGS, snapshotFile(snapshot)).json();
    // mean reach 600 over 2000 members = 30%
    expect(report.communities[0].reach).toMatchObject({
      kind: 'stats',
      estimated: false,
      reach: 600,
      percent: 30,
    });
    const pos = (i: number) =>
      report.communities[i].requirements.items.find((item: { id: string }) => item.id === 'pos-widgets')
        .status;
    expect([pos(0), pos(1), pos(2)]).toEqual(['ok', 'missing', 'unknown']);
  });

  it('lists what each page lacks as dataFlags, with the stats read the reach flag goes', () => {
    const kinds = (report: { communities: { dataFlags: { kind: string }[] }[] }, i: number) =>
      report.communities[i]!.dataFlags.map((flag) => flag.kind);
    const plain = run(ARGS, snapshotFile(exampleSnapshot())).json();
    expect(plain.communities[0].dataFlags).toContainEqual({
      kind: 'reach-estimated',
      reason: 'not-requested',
      label: 'охват — оценка',
    });
    const withStats = run(
      ARGS,
      snapshotFile({ ...exampleSnapshot(), stats: { '101': [{ reach: { reach: 500 } }] } }),
    ).json();
    expect(kinds(withStats, 0)).not.toContain('reach-estimated');
    expect(kinds(withStats, 1)).toContain('reach-estimated');
  });

  it('warns on stderr about keys that name no group, and still reports', () => {
    const snapshot = { ...exampleSnapshot(), walls: { ...exampleSnapshot().walls, '999': [] } };
    const result = run(ARGS, snapshotFile(snapshot));
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('walls["999"]: no such group');
    expect(result.json().communities).toHaveLength(4);
  });

  it('prints usage for --help', () => {
    const result = run(['--help']);
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(result.stderr).toContain('Usage: npm run report');
  });
});

describe('report: bad input exits 2 with a message on stderr', () => {
  const withWall = (mutate: (s: ReturnType<typeof exampleSnapshot>) => unknown) => {
    const snapshot = exampleSnapshot();
    return snapshotFile(mutate(snapshot) ?? snapshot);
  };

  it.each([
    { name: 'no --snapshot', args: [], files: {}, message: '--snapshot FILE is required', usage: true },
    {
      name: 'unknown flag',
      args: [...ARGS, '--foo'],
      files: EXAMPLE,
      message: "Unknown option '--foo'",
      usage: true,
    },
    { name: 'positional argument', args: [...ARGS, 'extra'], files: EXAMPLE, message: 'extra', usage: true },
    {
      name: 'month 13',
      args: [...ARGS, '--month', '2024-13'],
      files: EXAMPLE,
      message: '--month: expected YYYY-MM',
    },
    {
      name: 'unknown zone',
      args: [...ARGS, '--tz', 'Mars/Olympus'],
      files: EXAMPLE,
      message: '--tz: unknown time zone "Mars/Olympus"',
    },
    {
      name: 'bad --now',
      args: ['--snapshot', 'snap.json', '--now', 'yesterday'],
      files: EXAMPLE,
      message: '--now: expected an ISO',
    },
    {
      name: '30 February',
      args: ['--snapshot', 'snap.json', '--now', '2024-02-30'],
      files: EXAMPLE,
      message: '--now',
    },
    {
      name: 'unreadable file',
      args: ['--snapshot', 'nope.json'],
      files: {},
      message: 'cannot read snapshot nope.json: ENOENT',
    },
    {
      name: 'invalid JSON',
      args: ARGS,
      files: { 'snap.json': '{"groups": [' },
      message: 'snap.json: not valid JSON',
    },
    {
      name: 'array root',
      args: ARGS,
      files: snapshotFile([]),
      message: '(root): expected an object, got an array',
    },
    {
      name: 'no groups',
      args: ARGS,
      files: snapshotFile({ walls: {} }),
      message: 'groups: missing (expected an array)',
    },
    {
      name: 'no walls',
      args: ARGS,
      files: snapshotFile({ groups: [] }),
      message: 'walls: missing (expected an object)',
    },
    {
      name: 'groups not an array',
      args: ARGS,
      files: snapshotFile({ groups: {}, walls: {} }),
      message: 'groups: expected an array, got an object',
    },
    {
      name: 'a date that is not a number',
      args: ARGS,
      files: withWall((s) => {
        (s.walls['101']![3] as { date: unknown }).date = 'yesterday';
      }),
      message: 'walls["101"][3].date: expected a number, got a string',
    },
    {
      name: 'a negative like count',
      args: ARGS,
      files: withWall((s) => {
        s.walls['102']![0]!.likes.count = -1;
      }),
      message: 'walls["102"][0].likes.count',
    },
    {
      name: 'a group without id',
      args: ARGS,
      files: snapshotFile({ groups: [{ name: 'x' }], walls: {} }),
      message: 'groups[0].id: missing (expected a number)',
    },
    {
      name: 'a bad cover flag',
      args: ARGS,
      files: snapshotFile({ groups: [{ ...exampleGroups()[0], cover: { enabled: 'yes' } }], walls: {} }),
      message: 'groups[0].cover.enabled: expected 0, 1, true or false',
    },
    {
      name: 'a bad category',
      args: ARGS,
      files: withWall((s) => ({ ...s, categories: { '101': 'ministry' } })),
      message: 'categories["101"]: expected "flagship", "active" or "card"',
    },
    {
      name: 'a negative id as a key',
      args: ARGS,
      files: withWall((s) => ({ ...s, walls: { '-101': [] } })),
      message: 'walls["-101"]: expected a positive group id',
    },
    {
      name: 'a period 5',
      args: ARGS,
      files: withWall((s) => ({ ...s, unavailablePeriods: { '101': [5] } })),
      message: 'unavailablePeriods["101"][0]: expected a period number',
    },
  ])('$name', ({ args, files, message, usage }) => {
    const result = run(args, files);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
    expect(result.stderr.includes('Usage:')).toBe(usage ?? false);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
