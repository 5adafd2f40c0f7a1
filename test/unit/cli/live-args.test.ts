// The live mode's flags: both or neither of --token-env and --groups, never with --snapshot.
import { describe, expect, it } from 'vitest';
import { parseReportArgs } from '../../../src/cli/report-args';
import { run } from './run';

const NOW_MS = Date.parse('2024-11-20T12:00:00Z');

describe('report flags, live mode', () => {
  it('parses --token-env and --groups with the common flags', () => {
    const parsed = parseReportArgs(
      ['--token-env', 'VK_TOKEN', '--groups', 'pages.csv', '--month', '2024-10', '--tz', 'Asia/Omsk'],
      NOW_MS,
    );
    expect(parsed).toEqual({
      ok: true,
      live: {
        tokenEnv: 'VK_TOKEN',
        groups: 'pages.csv',
        month: '2024-10',
        timeZone: 'Asia/Omsk',
        now: NOW_MS / 1000,
      },
    });
  });

  it.each([
    [['--token-env', 'VK_TOKEN'], '--groups FILE is required with --token-env'],
    [['--groups', 'pages.csv'], '--token-env NAME is required with --groups'],
    [
      ['--snapshot', 's.json', '--groups', 'pages.csv'],
      '--snapshot and --token-env/--groups cannot be combined',
    ],
    [
      ['--snapshot', 's.json', '--token-env', 'T', '--groups', 'pages.csv'],
      '--snapshot and --token-env/--groups cannot be combined',
    ],
  ])('%j exits 2 with the usage', (argv, message) => {
    expect(parseReportArgs(argv, NOW_MS)).toEqual({ ok: false, error: message, usage: true });
    const result = run(argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('--token-env NAME --groups FILE');
  });
});
