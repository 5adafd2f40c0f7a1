// The real CLI in a child process: what other tools see (stdout, stderr, exit code).

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_NOW_ISO, exampleSnapshot } from '../core/worked-example';
import { runScript, tempDir } from './cli-harness';

const dir = tempDir('report-cli-');

function cli(snapshot: unknown, args: string[]) {
  const file = join(dir, `snapshot-${Math.abs(JSON.stringify(snapshot).length)}.json`);
  writeFileSync(file, JSON.stringify(snapshot));
  return runScript('src/cli/report.ts', ['--snapshot', file, ...args]);
}

describe('report CLI process', () => {
  it('prints the worked examples as JSON and exits 0', () => {
    const result = cli(exampleSnapshot(), ['--now', EXAMPLE_NOW_ISO]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.summary.er).toMatchObject({ percent: 2.33, achievement: 77.67 });
    expect(report.summary.frequency).toEqual({ assessed: 4, met: 1, percent: 25 });
    expect(report.communities.map((c: { id: number }) => c.id)).toEqual([101, 102, 103, 104]);
    expect(report.communities[0].frequency.periods).toEqual([10, 3, 5, 8]);
  });

  it('exits 2 on a bad snapshot, naming the path, without a stack trace', () => {
    const snapshot = exampleSnapshot();
    (snapshot.walls['101']![3] as { date: unknown }).date = 'yesterday';
    const result = cli(snapshot, ['--now', EXAMPLE_NOW_ISO]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('walls["101"][3].date: expected a number');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 with usage on an unknown flag', () => {
    const result = cli(exampleSnapshot(), ['--verbose']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Usage: npm run report');
  });
});
