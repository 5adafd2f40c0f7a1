// The live report CLI as a process against the fake VK API over HTTP: the same JSON as the snapshot
// mode for the same pages, the list's bad rows named on stderr, and the token never printed.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoSnapshot } from '../../../src/cli/demo-snapshot';
import { buildReport } from '../../../src/cli/report';
import { parseSnapshot } from '../../../src/cli/snapshot';
import { DEMO_NOW, DEMO_NOW_ISO } from '../demo-services';
import { serveFakeVk, type FakeHttpVk } from './fake-http';

const ROOT = resolve(import.meta.dirname, '../../..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const SEED = 1;
const dir = mkdtempSync(join(tmpdir(), 'report-live-'));

// Six pages (one private business card, one deleted) and a link to a person, on line 6.
const LIST = [
  'Ссылка;Категория',
  'https://vk.com/lesnogorsk_adm;флагманский',
  '219000003;активный',
  'https://vk.com/club219000007;активный',
  'vk.com/cb_lesnogorsk;визитка',
  'https://vk.com/id500000001;',
  'https://vk.com/ksp_lesnogorsk;визитка',
  'club219000027;активный',
].join('\n');
const READABLE = [219000001, 219000003, 219000007, 219000025];

let vk: FakeHttpVk;
let token: string;
let listFile: string;

beforeAll(async () => {
  vk = await serveFakeVk({ seed: SEED, now: DEMO_NOW });
  token = vk.api.userToken(vk.api.world.viewerId, []);
  listFile = join(dir, 'pages.csv');
  writeFileSync(listFile, LIST);
});
afterAll(async () => {
  await vk.close();
  rmSync(dir, { recursive: true, force: true });
});

function cli(args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
    execFile(
      TSX,
      ['src/cli/report.ts', ...args],
      { cwd: ROOT, env: { ...process.env, PULSE_VK_API_BASE: vk.baseUrl, ...env }, timeout: 30_000 },
      (error, stdout, stderr) => done({ code: error ? (error.code as number) : 0, stdout, stderr }),
    );
  });
}

const live = (env: Record<string, string>, extra: string[] = []) =>
  cli(['--token-env', 'PULSE_TEST_TOKEN', '--groups', listFile, '--now', DEMO_NOW_ISO, ...extra], env);

/** The snapshot mode's report of the demo district for the live report's month and moment. */
async function snapshotReport(live: { month: string; timeZone: string; nowUnix: number }) {
  const { snapshot } = await buildDemoSnapshot({ seed: SEED, now: DEMO_NOW });
  const parsed = parseSnapshot(JSON.stringify(snapshot), 'demo.json');
  if (!parsed.ok) throw new Error(parsed.error);
  return buildReport(parsed.snapshot, { month: live.month, timeZone: live.timeZone, now: live.nowUnix });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the report is checked field by field
function expectSameFigures(report: any, expected: Awaited<ReturnType<typeof snapshotReport>>) {
  for (const id of READABLE) {
    const got = report.communities.find((c: { id: number }) => c.id === id);
    const want = expected.communities.find((c) => c.id === id);
    expect({ id, er: got.er, frequency: got.frequency, rating: got.rating }).toEqual({
      id,
      er: want?.er,
      frequency: want?.frequency,
      rating: want?.rating,
    });
  }
}

describe('report CLI, live mode', () => {
  it('prints the snapshot report of the same pages, read over HTTP', async () => {
    const result = await live({ PULSE_TEST_TOKEN: token });
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout);
    const ids = report.communities.map((c: { id: number }) => c.id);
    expect(ids).toEqual([219000001, 219000003, 219000007, 219000024, 219000025, 219000027]);

    expect(report.nowUnix).toBe(DEMO_NOW);
    expectSameFigures(report, await snapshotReport(report));

    const byId = (id: number) => report.communities.find((c: { id: number }) => c.id === id);
    expect(byId(219000024)).toMatchObject({
      status: 'private',
      er: { percent: null, achievement: null },
      frequency: { periods: [0, 0, 0, 0], met: true, assessed: false },
    });
    expect(byId(219000027)).toMatchObject({ status: 'deleted', frequency: { assessed: true } });
    // Pages without figures carry their state as a data flag, as in the supervisor's export.
    expect(byId(219000024).dataFlags).toEqual([{ kind: 'private-page', label: 'закрытое сообщество' }]);
    expect(byId(219000027).dataFlags).toEqual([{ kind: 'deleted-page', label: 'сообщество удалено' }]);
    // No statistics are read live: every readable page's reach is an estimate and says so.
    for (const id of READABLE)
      expect(byId(id).dataFlags).toContainEqual(expect.objectContaining({ kind: 'reach-estimated' }));
    // The verdict: the deleted page fails, the private card has none; every page is counted once.
    expect(byId(219000027).verdict.status).toBe('fail');
    expect(byId(219000024).verdict).toEqual({
      status: 'unknown',
      indicators: { frequency: 'not-assessed', er: 'unknown', requirements: 'unknown', reach: 'unknown' },
    });
    const statuses = report.communities.map((c: { verdict: { status: string } }) => c.verdict.status);
    const counted = Object.values(report.summary.verdict as Record<string, number>).reduce(
      (a, b) => a + b,
      0,
    );
    expect(counted).toBe(6);
    expect(report.summary.verdict.fail).toBe(statuses.filter((s: string) => s === 'fail').length);
    // The deleted active page is assessed and not met, as in the supervisor's table.
    const readableAssessed = READABLE.filter((id) => byId(id).frequency.assessed);
    expect(report.summary).toMatchObject({ communities: 6, unavailable: 2 });
    expect(report.summary.frequency.assessed).toBe(readableAssessed.length + 1);

    expect(result.stderr).toMatch(/line 6 \(https:\/\/vk\.com\/id500000001\): skipped/);
    expect(result.stdout + result.stderr).not.toContain(token);
    // The token travels in the form body, never in the URL.
    expect(vk.received.length).toBeGreaterThan(0);
    expect(
      vk.received.every((r) => !r.url.includes('access_token') && r.params['access_token'] === token),
    ).toBe(true);
  });

  it('gives the snapshot mode’s figures for an earlier --month', async () => {
    const result = await live({ PULSE_TEST_TOKEN: token }, ['--month', '2026-10']);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.month).toBe('2026-10');
    expect(report.communities[0].frequency.periods.some((n: number) => n > 0)).toBe(true);
    expectSameFigures(report, await snapshotReport(report));
  });

  it('exits 2 naming the variable when it is missing', async () => {
    const result = await live({ PULSE_TEST_TOKEN: '' });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('PULSE_TEST_TOKEN is not set or empty');
  });

  it('exits 2 with a clear message when VK rejects the token, without printing it', async () => {
    const rejected = `${token}x`;
    const result = await live({ PULSE_TEST_TOKEN: rejected });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('VK rejected the token in PULSE_TEST_TOKEN');
    expect(result.stderr).not.toContain(rejected);
  });

  it('exits 1 when VK cannot be reached, after the adapter’s retries', async () => {
    const closed = await serveFakeVk({ seed: SEED, now: DEMO_NOW });
    await closed.close();
    const result = await live({ PULSE_TEST_TOKEN: token, PULSE_VK_API_BASE: closed.baseUrl });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('VK request failed: Network failure');
    expect(result.stderr).not.toContain(token);
  }, 30_000);

  it('exits 2 with usage when --snapshot is combined with --token-env', async () => {
    const result = await cli(['--snapshot', 'x.json', '--token-env', 'T', '--groups', listFile], {});
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('cannot be combined');
    expect(result.stderr).toContain('Usage: npm run report');
  });
});
