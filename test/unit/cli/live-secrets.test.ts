// The live report never prints the token in any form, whatever a server sends back, and it reads and
// checks the list file before it makes a single request.
import { afterEach, describe, expect, it, vi } from 'vitest';

import { runLiveReport } from '../../../src/cli/live/run-live';
import { createFakeVk } from '../../../src/demo/fake-api';
import { HEAD_ID } from '../../../src/demo/pages';
import { generateWorld } from '../../../src/demo/world';
import type { Clock } from '../../../src/vk/clock';
import { DEMO_NOW } from '../../integration/demo-services';

const ARGS = {
  tokenEnv: 'T',
  groups: 'list.csv',
  month: '2026-11',
  timeZone: 'Europe/Moscow',
  now: DEMO_NOW,
};
const encode = (text: string) => new TextEncoder().encode(text);

/** Every form of the token that must not be printed. */
function expectNoToken(text: string, token: string) {
  const lower = text.toLowerCase();
  expect(lower).not.toContain(token.toLowerCase());
  expect(lower).not.toContain(encodeURIComponent(token).toLowerCase());
  expect(text).not.toContain(Buffer.from(token).toString('base64').slice(0, -4));
}

async function run(list: string, token: string) {
  let stdout = '';
  let stderr = '';
  const code = await runLiveReport(ARGS, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readBytes: () => encode(list),
    env: { T: token },
  });
  return { code, stdout, stderr };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('live report: the token in any form stays out of what is printed', () => {
  it("scrubs an upper-cased, URL-encoded or base64 copy from a server's error text", async () => {
    const token = 'vk1.a.Very_Secret-Token.0123456789';
    const fetch = vi.fn(async () =>
      Response.json({
        error: {
          error_code: 5,
          error_msg:
            `User authorization failed: invalid access_token=${encodeURIComponent(token.toUpperCase())} ` +
            `(${token.toUpperCase()}, ${Buffer.from(token).toString('base64')})\u001b[2J`,
        },
      }),
    );
    vi.stubGlobal('fetch', fetch);
    const result = await run(`Ссылка\nclub${HEAD_ID}\n`, token);
    expect(fetch).toHaveBeenCalled();
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^report: VK rejected the token in T \(.*access_token=\*\*\* \(\*\*\*, \*\*\*[\w+/=]{0,3}\)\?\[2J\); get a fresh user token$/m,
    );
    expectNoToken(result.stderr, token);
  });

  it('scrubs the JSON on stdout when a server splices the token into a name', async () => {
    const started = Date.now();
    const clock: Clock = {
      now: () => DEMO_NOW * 1000 + (Date.now() - started),
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
    };
    const world = generateWorld({ seed: 1, now: DEMO_NOW });
    const vk = createFakeVk(world, { clock });
    const token = vk.userToken(world.viewerId, []);
    const page = world.pageById.get(HEAD_ID);
    if (!page) throw new Error('no head page');
    page.name = `Администрация ${token.toUpperCase()} / ${encodeURIComponent(token)} / ${Buffer.from(token).toString('base64')}`;
    vi.stubGlobal('fetch', async (url: string, init: { body: URLSearchParams }) => {
      const method = String(url).split('/').pop() ?? '';
      return Response.json(await vk.request(method, Object.fromEntries(init.body)));
    });

    const result = await run(`Ссылка\nclub${HEAD_ID}\n`, token);
    expect(result.code, result.stderr).toBe(0);
    expectNoToken(result.stdout + result.stderr, token);
    const report = JSON.parse(result.stdout);
    // base64 keeps at most its edge characters, which hold only a few bits of the token.
    expect(report.communities[0]).toMatchObject({ id: HEAD_ID });
    expect(report.communities[0].name).toMatch(
      /^Администрация \*\*\* \/ \*\*\* \/ [\w+/=]{0,3}\*\*\*[\w+/=]{0,3}$/,
    );
  });
});

describe('live report: the list is read and checked before any request', () => {
  it.each([
    [
      'a list over 5,000 rows',
      ['Ссылка', ...Array.from({ length: 5_001 }, (_, i) => `club${i + 1}`)].join('\n'),
      /В списке 5\u00a0001 строка с данными/,
    ],
    [
      'a list with content past 10,000 lines',
      `Ссылка\nclub1${'\n'.repeat(10_000)}club2\n`,
      /В файле больше 10\u00a0000 строк/,
    ],
    ['a list without a column of links', 'Название\nШкола\n', /Не нашли столбец со ссылками/],
  ])('%s: exit 2, no request', async (_, list, message) => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const result = await run(list, 'some-token');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(fetch).not.toHaveBeenCalled();
  });
});
