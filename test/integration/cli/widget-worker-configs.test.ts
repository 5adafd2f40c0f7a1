// The example configurations of docs/widget-worker.md, run as written against the demo's fake VK API:
// the bundle `npm run widget-worker:bundle` makes, the systemd service and timer, the cron line and the
// cloud function. Only the install paths move into a temporary folder, and the tokens are the demo's.
import { execFile, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoApi, type DemoApiServer } from '../../../src/cli/demo-api-server';
import { workerSettingsText } from '../../../src/data/leaderboard';
import { DEMO_NOW } from '../demo-services';

const ROOT = join(import.meta.dirname, '../../..');
const DOCS = join(ROOT, 'docs/widget-worker');
const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
};
const USER_TOKEN = 'vk1.a.user-SECRET-token';
const LINE = /^\{"updated":(true|false),"entries":\d+,"codeLength":\d+,"at":\d+\}$/;

let server: DemoApiServer;
let root: string;
/** The env file of the example, with the demo's tokens. */
let env: Record<string, string>;

/** KEY=VALUE lines of an environment file (comments and blank lines skipped). */
function envFile(text: string): Record<string, string> {
  return Object.fromEntries(
    text
      .split('\n')
      .filter((line) => /^[A-Z_]+=/.test(line))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
}

/** The install paths of the examples, moved into the temporary root. */
function relocate(text: string): string {
  return text
    .replaceAll('/usr/bin/node', process.execPath)
    .replaceAll('/opt/pulse-widget', join(root, 'opt/pulse-widget'))
    .replaceAll('/var/lib/pulse-widget', join(root, 'var/lib/pulse-widget'))
    .replaceAll('/etc/pulse-widget', join(root, 'etc/pulse-widget'));
}

beforeAll(async () => {
  server = await startDemoApi({ seed: 1, now: DEMO_NOW });
  root = mkdtempSync(join(tmpdir(), 'pulse-widget-'));
  for (const dir of ['opt/pulse-widget', 'var/lib/pulse-widget', 'etc/pulse-widget'])
    mkdirSync(join(root, dir), { recursive: true });
  // The bundle as package.json's script makes it (the same esbuild options, another output path).
  const script = PACKAGE.scripts['widget-worker:bundle'] ?? '';
  expect(script).toMatch(
    /^esbuild src\/cli\/widget-worker\.ts --bundle --platform=node --target=node20 --format=esm /,
  );
  await build({
    entryPoints: [join(ROOT, 'src/cli/widget-worker.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    logLevel: 'warning',
    outfile: join(root, 'opt/pulse-widget/widget-worker.mjs'),
  });
  env = {
    ...envFile(readFileSync(join(DOCS, 'pulse-widget.env.example'), 'utf8')),
    PULSE_USER_TOKEN: USER_TOKEN,
  };
  env['PULSE_COMMUNITY_TOKEN'] = `demo-community-${env['PULSE_GROUP_ID']}`;
  const envText = Object.entries(env)
    .map(([key, value]) => `${key}=${value}`)
    .join('\n');
  writeFileSync(join(root, 'etc/pulse-widget/env'), `${envText}\n`, { mode: 0o600 });
  writeFileSync(join(root, 'opt/pulse-widget/env'), `${envText}\n`, { mode: 0o600 });
}, 60_000);

afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

/** A child process run without blocking this one (the fake VK answers from this process). */
function run(
  program: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(program, args, { env, encoding: 'utf8', timeout: 30_000 }, (error, stdout, stderr) =>
      resolve({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
    );
  });
}

/** Values of `Key=` lines in a unit file. */
function unitValues(text: string, key: string): string[] {
  return text
    .split('\n')
    .filter((line) => line.startsWith(`${key}=`))
    .map((line) => line.slice(key.length + 1));
}

describe('the widget worker examples', () => {
  it("the app's «Скопировать настройки» gives the example's settings file, filled in", () => {
    const example = envFile(readFileSync(join(DOCS, 'pulse-widget.env.example'), 'utf8'));
    const keys = { userToken: 'u-token', communityToken: 'c-token' };
    const filled = envFile(workerSettingsText({ groupId: 219000006, appId: 51234567, keys }));
    expect(Object.keys(filled)).toEqual(Object.keys(example));
    expect(filled).toEqual({
      PULSE_GROUP_ID: '219000006',
      PULSE_APP_ID: '51234567',
      PULSE_USER_TOKEN: 'u-token',
      PULSE_COMMUNITY_TOKEN: 'c-token',
    });
  });

  it('systemd: the service runs one round as written, and the timer starts it every minute', async () => {
    const service = readFileSync(join(DOCS, 'pulse-widget.service'), 'utf8');
    const timer = readFileSync(join(DOCS, 'pulse-widget.timer'), 'utf8');
    expect(unitValues(service, 'Type')).toEqual(['oneshot']);
    expect(unitValues(service, 'EnvironmentFile')).toEqual(['/etc/pulse-widget/env']);
    expect(unitValues(timer, 'OnCalendar')).toEqual(['*-*-* *:*:00']);
    const [execStart] = unitValues(service, 'ExecStart');
    // systemd splits at spaces and puts ${NAME} from the environment file in.
    const words = relocate(execStart ?? '')
      .split(' ')
      .map((word) => word.replace(/\$\{([A-Z_]+)\}/g, (_, name: string) => env[name] ?? ''));
    const [program = '', ...args] = words;
    const round = await run(program, args, {
      PATH: process.env['PATH'],
      ...env,
      PULSE_VK_API_BASE: server.baseUrl,
    });
    expect(round.stderr).toBe('');
    expect(round.status).toBe(0);
    expect(round.stdout.trim()).toMatch(LINE);
    expect(existsSync(join(root, 'var/lib/pulse-widget/state.json'))).toBe(true);
    expect(round.stdout + readFileSync(join(root, 'var/lib/pulse-widget/state.json'), 'utf8')).not.toContain(
      USER_TOKEN,
    );
  });

  it.skipIf(spawnSync('systemd-analyze', ['--version']).status !== 0)(
    'systemd: systemd-analyze finds nothing wrong with either unit',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'pulse-units-'));
      cpSync(join(DOCS, 'pulse-widget.service'), join(dir, 'pulse-widget.service'));
      cpSync(join(DOCS, 'pulse-widget.timer'), join(dir, 'pulse-widget.timer'));
      const verify = spawnSync('systemd-analyze', ['verify', 'pulse-widget.service', 'pulse-widget.timer'], {
        cwd: dir,
        encoding: 'utf8',
      });
      rmSync(dir, { recursive: true, force: true });
      expect(verify.stderr).toBe('');
      expect(verify.status).toBe(0);
    },
  );

  it('cron: the line runs every minute and logs one JSON line per round', async () => {
    const lines = readFileSync(join(DOCS, 'crontab'), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.startsWith('#'));
    expect(lines).toHaveLength(1);
    const fields = (lines[0] ?? '').split(' ');
    expect(fields.slice(0, 5)).toEqual(['*', '*', '*', '*', '*']);
    // cron runs the rest with /bin/sh and a bare environment.
    const command = relocate(fields.slice(5).join(' '));
    for (let round = 0; round < 2; round++) {
      const ran = await run('/bin/sh', ['-c', command], {
        PATH: '/usr/bin:/bin',
        PULSE_VK_API_BASE: server.baseUrl,
      });
      expect(ran.status).toBe(0);
    }
    const log = readFileSync(join(root, 'opt/pulse-widget/widget.log'), 'utf8').trim().split('\n');
    expect(log).toHaveLength(2);
    for (const line of log) expect(line).toMatch(LINE);
    // The second round reads the state the first one kept: nothing changed, no update.
    expect(log[1]).toContain('"updated":false');
    expect(log.join('\n')).not.toContain(USER_TOKEN);
  });

  it('cloud function: the handler runs one round and answers with its line', async () => {
    const dir = join(root, 'function');
    mkdirSync(dir);
    cpSync(join(DOCS, 'cloud-function/index.js'), join(dir, 'index.js'));
    cpSync(join(DOCS, 'cloud-function/package.json'), join(dir, 'package.json'));
    cpSync(join(root, 'opt/pulse-widget/widget-worker.mjs'), join(dir, 'widget-worker.mjs'));
    // The function's environment, as its settings give it.
    const saved = { ...process.env };
    Object.assign(process.env, env, { PULSE_VK_API_BASE: server.baseUrl });
    try {
      const { handler } = (await import(join(dir, 'index.js'))) as {
        handler: () => Promise<{ statusCode: number; body: string }>;
      };
      const answer = await handler();
      expect(answer.statusCode).toBe(200);
      expect(answer.body.trim()).toMatch(LINE);
      expect(answer.body).not.toContain(USER_TOKEN);
    } finally {
      process.env = saved;
    }
  });
});
