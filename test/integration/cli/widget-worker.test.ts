// The widget worker (docs/widget-worker.md) against the demo's fake VK API over local HTTP, in-process
// with its own clock: one update, none when nothing changed, the 30-s rule, resume from the state file,
// the app's own updates respected, a foreign token refused, and no token in any output.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoApi, type DemoApiServer } from '../../../src/cli/demo-api-server';
import { runWidgetWorker, type WorkerIo } from '../../../src/cli/widget-worker';
import { widgetUpdatedText } from '../../../src/core/leaderboard';
import { isMember, likersOf, managerRole } from '../../../src/demo/crowd';
import { isActiveUser } from '../../../src/demo/people';
import { runVkScript } from '../../../src/demo/vkscript';
import { publishedPost, setLike } from '../../../src/demo/session';
import type { Clock } from '../../../src/vk/clock';
import { DEMO_NOW } from '../demo-services';

const ROOT = join(import.meta.dirname, '../../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const GYM = 219000006;
const USER_TOKEN = 'user.SECRET.token.123';
const COMMUNITY_TOKEN = `demo-community-${GYM}`;
const APP_ID = 51234567;
const STATE = '/state/gym.json';

/**
 * One clock for the fake VK and the worker: real time (VK's per-second pacing meets the client's), moved
 * on by the test and by the worker's pauses between rounds.
 */
function movableClock(startMs: number): Clock & { advance(ms: number): void } {
  const offset = { ms: startMs - Date.now() };
  return {
    now: () => Date.now() + offset.ms,
    sleep: (ms) => {
      offset.ms += ms;
      return Promise.resolve();
    },
    advance: (ms) => {
      offset.ms += ms;
    },
  };
}

const clock = movableClock((DEMO_NOW + 3600) * 1000);
let server: DemoApiServer;
beforeAll(async () => {
  server = await startDemoApi({ seed: 1, now: DEMO_NOW, clock });
});
afterAll(() => server.close());

interface Run {
  code: number;
  lines: Array<{ updated: boolean; entries: number; codeLength: number; at: number }>;
  stdout: string;
  stderr: string;
  /** The methods VK was asked for, `execute`'s inner ones included. */
  methods: string[];
}

function worker(files: Map<string, string>) {
  return async (argv: string[], env: Record<string, string> = {}, stopAfterRounds = 0): Promise<Run> => {
    let stdout = '';
    let stderr = '';
    let stop: () => void = () => undefined;
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    const io: WorkerIo = {
      stdout: (text) => {
        stdout += text;
        if (stopAfterRounds > 0 && stdout.split('\n').length - 1 >= stopAfterRounds) stop();
      },
      stderr: (text) => void (stderr += text),
      env: { U: USER_TOKEN, C: COMMUNITY_TOKEN, PULSE_VK_API_BASE: server.baseUrl, ...env },
      readState: (path) => files.get(path) ?? null,
      writeState: (path, text) => void files.set(path, text),
      clock,
      stopped,
    };
    const before = server.received.length;
    const code = await runWidgetWorker(
      ['--group', String(GYM), '--user-token-env', 'U', '--community-token-env', 'C', ...argv],
      io,
    );
    // Each call once, `execute`'s inner ones included (a batch may call one method many times).
    const methods = server.received
      .slice(before)
      .flatMap((r) =>
        r.method === 'execute'
          ? [...(r.params['code'] ?? '').matchAll(/API\.([a-zA-Z]+\.[a-zA-Z]+)\s*\(/g)].map((m) => m[1] ?? '')
          : [r.method],
      );
    const lines = stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Run['lines'][number]);
    return { code, lines, stdout, stderr, methods };
  };
}

interface StateFile {
  cache: { posts: { activity: { ref: string; likers: number[]; comments: { fromId: number }[] } }[] };
}

/**
 * A like on a post of the state's cache from the most active subscriber who has not liked it yet:
 * someone on the widget's top rows, so the widget changes.
 */
function likeFromTopFan(stateText: string | undefined): void {
  const { posts } = (JSON.parse(stateText ?? '{}') as StateFile).cache;
  const actions = new Map<number, number>();
  for (const { activity } of posts)
    for (const id of [...activity.likers, ...activity.comments.map((c) => c.fromId)])
      actions.set(id, (actions.get(id) ?? 0) + 1);
  const world = server.api.world;
  const ranked = [...actions.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  const post = posts
    .map(({ activity }) => publishedPost(world, -GYM, Number(activity.ref.split('_')[1])))
    .find((p) => p !== null);
  if (!post) throw new Error('no post');
  const likers = new Set(likersOf(world, post));
  const fan = ranked.find(
    (id) =>
      !likers.has(id) &&
      isMember(world, GYM, id) &&
      managerRole(world, GYM, id) === null &&
      isActiveUser(world.seed, id),
  );
  if (fan === undefined) throw new Error('no fan');
  setLike(world, post, fan, true);
}

function widgetNow() {
  return server.api.world.state.widgets.get(GYM);
}

describe('widget-worker against the fake VK API over HTTP', () => {
  const files = new Map<string, string>();
  const run = worker(files);
  const once = ['--once', '--state', STATE, '--app-id', String(APP_ID)];

  it('updates the widget once, prints the contract line and keeps the state', async () => {
    const first = await run(once);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.lines).toHaveLength(1);
    const line = first.lines[0];
    expect(Object.keys(line ?? {})).toEqual(['updated', 'entries', 'codeLength', 'at']);
    expect(line?.updated).toBe(true);
    expect(line?.entries).toBeGreaterThan(10);
    expect(Math.abs((line?.at ?? 0) - clock.now() / 1000)).toBeLessThan(5);
    const widget = widgetNow();
    expect(widget?.type).toBe('table');
    expect(line?.codeLength).toBe(widget?.code.length);
    // The widget says when it was updated, in the page's zone (Moscow by default).
    const shown = runVkScript(widget?.code ?? '', () => ({ ok: true, value: 1 })).response as {
      more?: string;
    };
    expect(shown.more).toBe(`Вся таблица · ${widgetUpdatedText(line?.at ?? 0, 'Europe/Moscow')}`);
    expect(first.methods).toContain('appWidgets.update');
    expect(files.get(STATE)).toBeDefined();
  });

  it('does not update when nothing changed, and reads only the counters again', async () => {
    const code = widgetNow()?.code;
    clock.advance(120_000);
    const again = await run(once);
    expect(again.code).toBe(0);
    expect(again.lines[0]?.updated).toBe(false);
    expect(again.methods).not.toContain('appWidgets.update');
    // Five calls: the token's page, the rules, the time zone, the counters, the widget's names.
    expect([...again.methods].sort()).toEqual([
      'groups.getById',
      'storage.get',
      'storage.get',
      'users.get',
      'wall.get',
    ]);
    // The state's cache: no post's likers or comments are read again.
    expect(again.methods).not.toContain('likes.getList');
    expect(again.methods).not.toContain('wall.getComments');
    expect(widgetNow()?.code).toBe(code);
  });

  it('updates when the board changed, but never within 30 s of the last update', async () => {
    likeFromTopFan(files.get(STATE));
    clock.advance(60_000);
    const changed = await run(once);
    expect(changed.lines[0]?.updated).toBe(true);
    // One post's likers are read again, the rest come from the state file.
    expect(changed.methods.filter((m) => m === 'likes.getList')).toEqual(['likes.getList']);

    likeFromTopFan(files.get(STATE));
    // 20 s later (and the second or two the round takes): too soon.
    clock.advance(20_000);
    const tooSoon = await run(once);
    expect(tooSoon.code).toBe(0);
    expect(tooSoon.lines[0]?.updated).toBe(false);
    expect(tooSoon.methods).not.toContain('appWidgets.update');
    expect(tooSoon.stderr).toContain('VK allows one update per 30 s');

    clock.advance(11_000);
    const allowed = await run(once);
    expect(allowed.lines[0]?.updated).toBe(true);
  });

  it('resumes from the state file: without it every post is read again', async () => {
    clock.advance(60_000);
    const resumed = await run(once);
    const fresh = await run(['--once', '--app-id', String(APP_ID)]);
    const reads = (r: Run) => r.methods.filter((m) => m === 'likes.getList' || m === 'wall.getComments');
    expect(reads(resumed)).toEqual([]);
    expect(reads(fresh).length).toBeGreaterThan(10);
    // Same board either way: no update for either.
    expect(resumed.lines[0]?.updated).toBe(false);
    expect(fresh.lines[0]?.updated).toBe(false);
  });

  it('learns the last update from the page settings, where the app records its own, too', async () => {
    likeFromTopFan(files.get(STATE));
    // A worker without a state file still learns the last update from the page's settings.
    clock.advance(60_000);
    const first = await run(['--once', '--app-id', String(APP_ID)]);
    expect(first.lines[0]?.updated).toBe(true);
    likeFromTopFan(files.get(STATE));
    clock.advance(10_000);
    const stateless = await run(['--once', '--app-id', String(APP_ID)]);
    expect(stateless.lines[0]?.updated).toBe(false);
    expect(stateless.stderr).toMatch(/the widget was updated 1\d s ago; VK allows one update per 30 s/);
  });

  it('runs a round every --interval seconds until stopped', async () => {
    clock.advance(60_000);
    const loop = await run(['--interval', '45', '--state', STATE], {}, 3);
    expect(loop.code).toBe(0);
    expect(loop.lines).toHaveLength(3);
    const gaps = loop.lines.slice(1).map((l, i) => l.at - (loop.lines[i]?.at ?? 0));
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(45);
    for (const gap of gaps) expect(gap).toBeLessThan(50);
  });

  it('never prints a token, nor puts one in the state file or a URL', async () => {
    const failing = await run(once, { C: `demo-community-${GYM + 1}` });
    const outputs = [failing.stdout, failing.stderr, ...files.values()].join('\n');
    expect(outputs).not.toContain(USER_TOKEN);
    expect(outputs).not.toContain('SECRET');
    expect(server.received.some((r) => r.url.includes('SECRET') || r.url.includes('demo-community'))).toBe(
      false,
    );
  });
});

describe('widget-worker refuses what it cannot work with', () => {
  const run = worker(new Map([['/bad.json', '{"version": 1, "groupId": 219000001}']]));

  it('exits 2 for bad flags, naming the flag', async () => {
    for (const [argv, message] of [
      [['--once', '--interval', '10'], '--interval'],
      [['--once', '--app-id', '12x'], '--app-id'],
      [['--once', '--verbose'], "Unknown option '--verbose'"],
    ] as const) {
      const result = await run([...argv]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(message);
      expect(result.stdout).toBe('');
    }
  });

  it('exits 2 for an empty token variable, before any request', async () => {
    const result = await run(['--once'], { U: '' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('environment variable U is not set or empty');
    expect(result.methods).toEqual([]);
  });

  it("exits 2 for another page's community token: it would update that page's widget", async () => {
    const result = await run(['--once'], { C: 'demo-community-219000001' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('belongs to club219000001, not club219000006');
    expect(result.methods).toEqual(['groups.getById']);
  });

  it("exits 2 for a state file that is not this page's", async () => {
    const result = await run(['--once', '--state', '/bad.json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('the state file /bad.json is not a widget worker state file');
  });

  it('exits 1 when VK fails', async () => {
    // Any other string is the demo viewer's user token, which VK refuses for a community's method.
    const result = await run(['--once'], { C: 'not-a-community-token' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/VK refused the community token .*C must hold club219000006's/);
    expect(result.stdout).toBe('');
  });
});

describe('widget-worker as a process', () => {
  it('prints one JSON line per round, and stops with exit 0 on SIGTERM', async () => {
    const real = await startDemoApi({ seed: 1, now: DEMO_NOW });
    try {
      const child = spawn(
        TSX,
        [
          'src/cli/widget-worker.ts',
          '--group',
          String(GYM),
          '--user-token-env',
          'U',
          '--community-token-env',
          'C',
        ],
        {
          cwd: ROOT,
          env: { ...process.env, U: USER_TOKEN, C: COMMUNITY_TOKEN, PULSE_VK_API_BASE: real.baseUrl },
        },
      );
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      await expect
        .poll(() => stdout, { timeout: 30_000 })
        .toMatch(/^\{"updated":true,"entries":\d+,"codeLength":\d+,"at":\d+\}\n$/);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(stderr).toBe('');
      expect(stdout + stderr).not.toContain(USER_TOKEN);
    } finally {
      await real.close();
    }
  });
});
