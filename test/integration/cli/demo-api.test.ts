// `npm run demo:api` (docs/demo-api.md): the contract as a client meets it — the ready line, VK's
// form-encoded POST and JSON answers, any user token and «demo-community-<id>», one stderr line per
// call naming the methods (inside an `execute` too) and never a token, state kept between calls, exit 0
// on SIGTERM and 2 for bad flags.
import { execFile, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { callLine, methodsInCode } from '../../../src/cli/demo-api-server';

const ROOT = join(import.meta.dirname, '../../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const NOW = '2026-12-06T12:00:00+03:00';
const USER_TOKEN = 'my-own-user-token-123';
const HEAD = 219000001;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function call(port: number, method: string, params: Record<string, string>) {
  const res = await fetch(`http://127.0.0.1:${port}/method/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ v: '5.199', ...params }).toString(),
  });
  return (await res.json()) as { response?: unknown; error?: { error_code: number } };
}

describe('demo:api', () => {
  it('serves the demo world as VK does, logs each call without a token, and stops on SIGTERM', async () => {
    const port = await freePort();
    const child = spawn(TSX, ['src/cli/demo-api.ts', '--port', String(port), '--now', NOW], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    await expect.poll(() => stdout, { timeout: 20_000 }).toContain(`listening on http://127.0.0.1:${port}`);

    const wall = await call(port, 'wall.get', {
      owner_id: String(-HEAD),
      count: '2',
      access_token: USER_TOKEN,
    });
    expect((wall.response as { items: unknown[] }).items).toHaveLength(2);
    const executed = await call(port, 'execute', {
      access_token: USER_TOKEN,
      code: `return [API.groups.getById({"group_id": ${HEAD}}), API.wall.get({"owner_id": -${HEAD}, "count": 1})];`,
    });
    expect(executed.response).toHaveLength(2);
    // A community token by name: the widget update needs one (a user token is refused, as on VK).
    const widget = { type: 'text', code: 'return {"title": "Демо", "text": "Проверка"};' };
    expect(
      (await call(port, 'appWidgets.update', { ...widget, access_token: USER_TOKEN })).error?.error_code,
    ).toBe(15);
    const updated = await call(port, 'appWidgets.update', {
      ...widget,
      access_token: `demo-community-${HEAD}`,
    });
    expect(updated.error).toBeUndefined();
    // Unknown method, as VK answers it.
    expect((await call(port, 'no.such', { access_token: USER_TOKEN })).error?.error_code).toBe(3);

    const lines = stderr.trim().split('\n');
    expect(lines).toEqual([
      'wall.get',
      'execute: groups.getById, wall.get',
      'appWidgets.update',
      'appWidgets.update',
      'no.such',
    ]);
    expect(stdout + stderr).not.toContain(USER_TOKEN);
    expect(stdout + stderr).not.toContain('demo-community-');

    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  }, 60_000);

  it('refuses bad flags with exit 2 and the usage', async () => {
    for (const args of [[], ['--port', '70000'], ['--port', '8080', '--now', 'yesterday'], ['--what']]) {
      const result = await new Promise<{ code: number | null; stderr: string }>((done) =>
        execFile(
          TSX,
          ['src/cli/demo-api.ts', ...args],
          { cwd: ROOT, timeout: 20_000 },
          (error, _out, stderr) => done({ code: error ? (error.code as number) : 0, stderr }),
        ),
      );
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toContain('Usage: npm run demo:api');
    }
  }, 60_000);
});

describe('callLine', () => {
  it('names the methods inside an execute once each, in order', () => {
    const code = 'var a = API.wall.get({}); var b = API.wall.getComments({}); return [a, API.wall.get({})];';
    expect(methodsInCode(code)).toEqual(['wall.get', 'wall.getComments']);
    expect(callLine('execute', { code })).toBe('execute: wall.get, wall.getComments');
    expect(callLine('execute', {})).toBe('execute');
    expect(callLine('users.get', { code })).toBe('users.get');
  });
});
