// The live report never sends the token anywhere but VK (or a test server on this machine), and
// never echoes terminal control characters from someone else's file.
import { describe, expect, it } from 'vitest';
import { printable } from '../../../src/cli/live/page-list';
import { API_BASE_ENV, runLiveReport } from '../../../src/cli/live/run-live';

function run(base: string) {
  const err: string[] = [];
  const out: string[] = [];
  const csv = new TextEncoder().encode('Ссылка\nhttps://vk.com/club1\n');
  return runLiveReport(
    { tokenEnv: 'T', groups: 'list.csv', month: '2026-11', timeZone: 'Europe/Moscow', now: 1_795_000_000 },
    {
      stdout: (t) => out.push(t),
      stderr: (t) => err.push(t),
      readBytes: () => csv,
      env: { T: 'fake-token.SECRET_abc', [API_BASE_ENV]: base },
    },
  ).then((code) => ({ code, err: err.join(''), out: out.join('') }));
}

describe('live report safety', () => {
  it.each(['http://evil.example/method/', 'ftp://127.0.0.1/', 'not a url'])(
    'refuses to send the token to %s',
    async (base) => {
      const { code, err, out } = await run(base);
      expect(code).toBe(2);
      expect(err).toContain(API_BASE_ENV);
      expect(err + out).not.toContain('SECRET');
    },
  );

  it('replaces control characters from file cells before printing them', () => {
    expect(printable('vk.com/\u001b[31mred\u0007')).toBe('vk.com/?[31mred?');
    expect(printable('Школа № 1')).toBe('Школа № 1');
  });
});
