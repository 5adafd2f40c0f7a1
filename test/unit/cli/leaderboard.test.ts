// `npm run leaderboard`: as a real child process over a crafted snapshot (what other tools see), and
// in-process for the argument and input errors.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIo, ROOT, runScript, tempDir } from './cli-harness';
import { runLeaderboard } from '../../../src/cli/leaderboard';
import { runVkScript } from '../../../src/demo/vkscript';

const FIXTURE = 'test/unit/core/leaderboard/fixtures/snapshot.json';
const fixtureText = readFileSync(join(ROOT, FIXTURE), 'utf8');
const dir = tempDir('leaderboard-');

function cli(args: string[]) {
  return runScript('src/cli/leaderboard.ts', args);
}

function runIn(argv: string[], files: Record<string, string> = { 'snap.json': fixtureText }) {
  const { io, outcome } = memoryIo(files);
  return outcome(runLeaderboard(argv, { ...io }));
}

type Row = [userId: number, points: number, likes: number, comments: number, reposts: number, place: number];
function rows(stdout: string): Row[] {
  const { entries } = JSON.parse(stdout) as { entries: Record<string, number>[] };
  return entries.map((e) => [e.userId, e.points, e.likes, e.comments, e.reposts, e.place] as Row);
}

describe('leaderboard CLI process', () => {
  it('prints the entries of every own published post in the snapshot', () => {
    const result = cli(['--snapshot', FIXTURE]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    // 1001: like, repost, a thread reply. 1002: two likes, the same text on two posts (its repeat on
    // post 10 scores nothing). 1007: a repost and a comment on the October post. 1003: three likes
    // ("Ок" is too short; its likes on the repost, the postponed post and a visitor's post do not count).
    // 1004 is not a member, 1005 a manager, 1006 deleted, -219000001 the page.
    expect(rows(result.stdout)).toEqual([
      [1001, 9, 1, 1, 1, 1],
      [1002, 8, 2, 2, 0, 2],
      [1007, 8, 0, 1, 1, 2],
      [1003, 3, 3, 0, 0, 4],
    ]);
  });

  it('counts only posts dated within --from/--to', () => {
    const november = cli([
      '--snapshot',
      FIXTURE,
      '--from',
      '2024-11-01T00:00:00+03:00',
      '--to',
      '2024-11-30',
    ]);
    expect(november.code).toBe(0);
    expect(rows(november.stdout)).toEqual([
      [1001, 9, 1, 1, 1, 1],
      [1002, 8, 2, 2, 0, 2],
      [1007, 5, 0, 0, 1, 3],
      [1003, 2, 2, 0, 0, 4],
    ]);
    // The first rating period: post 10 only (post 11 is on the 10th).
    const first = cli(['--snapshot', FIXTURE, '--from', '2024-11-01', '--to', '2024-11-07']);
    expect(rows(first.stdout)).toEqual([
      [1001, 9, 1, 1, 1, 1],
      [1002, 4, 1, 1, 0, 2],
      [1003, 1, 1, 0, 0, 3],
    ]);
  });

  it('prints widget code with --widget that evaluates to a table without API calls', () => {
    const result = cli(['--snapshot', FIXTURE, '--widget', '--app-id', '51234567']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.startsWith('return {')).toBe(true);
    const calls: string[] = [];
    const { response } = runVkScript(result.stdout, (method) => {
      calls.push(method);
      return { ok: true, value: null };
    });
    expect(calls).toEqual([]);
    const table = response as { head: { text: string }[]; body: { text: string }[][]; more_url: string };
    expect(table.head.map((cell) => cell.text)).toEqual(['Место', 'Подписчик', 'Очки']);
    expect(table.body.map((row) => row.map((cell) => cell.text))).toEqual([
      ['1', 'Анна Петрова', '9'],
      // A tie of two: its places once.
      ['2–3', 'Борис Сидоров', '8'],
      ['', 'Егор Ким', '8'],
      ['4', 'Вера "}; return API.wall.post({}); \\ Смирнова \u200f', '3'],
    ]);
    expect(table.more_url).toBe('https://vk.com/app51234567_-219000001#/leaderboard');
  });

  it('exits 2 on bad input with a message naming the path, nothing on stdout', () => {
    const broken = JSON.parse(fixtureText) as { comments: Record<string, { date: unknown }[]> };
    const first = broken.comments['-219000001_10']?.[0];
    if (first) first.date = 'вчера';
    const file = join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify(broken));
    const result = cli(['--snapshot', file]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('comments["-219000001_10"][0].date: expected a number');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('runLeaderboard', () => {
  it.each([
    ['no --snapshot', [], '--snapshot FILE is required'],
    ['an unknown flag', ['--snapshot', 'snap.json', '--top', '5'], "Unknown option '--top'"],
    ['an unreadable file', ['--snapshot', 'missing.json'], 'cannot read snapshot missing.json'],
    ['a bad --from', ['--snapshot', 'snap.json', '--from', 'yesterday'], '--from: expected an ISO date'],
    ['a bad --to', ['--snapshot', 'snap.json', '--to', '2024-02-30'], '--to: expected an ISO date'],
    [
      'a reversed period',
      ['--snapshot', 'snap.json', '--from', '2024-11-10', '--to', '2024-11-01'],
      'is after --to',
    ],
    ['a bad --tz', ['--snapshot', 'snap.json', '--tz', 'Mars/Olympus'], '--tz: unknown time zone'],
    ['a bad --app-id', ['--snapshot', 'snap.json', '--widget', '--app-id', 'x'], '--app-id: expected'],
  ])('exits 2 on %s', (_, argv, message) => {
    const result = runIn(argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
  });

  it.each([
    ['not JSON', '{"groups": ', 'snap.json: not valid JSON'],
    ['no groups', '{"groups": [], "walls": {}}', 'snap.json: groups: expected at least one group'],
    ['a bad post key', '{"groups": [{"id": 1}], "walls": {}, "likes": {"10": [1]}}', 'likes["10"]'],
    [
      'a bad member id',
      '{"groups": [{"id": 1}], "walls": {}, "members": [1, "2"]}',
      'members[1]: expected a number',
    ],
    [
      'a bad user',
      '{"groups": [{"id": 1}], "walls": {}, "users": [{"first_name": "A"}]}',
      'users[0].id: missing',
    ],
    ['a bad wall', '{"groups": [{"id": 1}], "walls": {"1": [{"id": 1}]}}', 'walls["1"][0].date: missing'],
  ])('exits 2 on %s, naming the path', (_, text, message) => {
    const result = runIn(['--snapshot', 'snap.json'], { 'snap.json': text });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
  });

  it('reads --from/--to without an offset in --tz', () => {
    // Post 10 is at 2024-11-03 10:00 Moscow = 17:00 Vladivostok; a window ending 16:00 there misses it.
    const vladivostok = runIn([
      '--snapshot',
      'snap.json',
      '--from',
      '2024-11-03T00:00',
      '--to',
      '2024-11-03T16:00',
      '--tz',
      'Asia/Vladivostok',
    ]);
    expect(rows(vladivostok.stdout)).toEqual([]);
    const moscow = runIn([
      '--snapshot',
      'snap.json',
      '--from',
      '2024-11-03T00:00',
      '--to',
      '2024-11-03T16:00',
    ]);
    expect(rows(moscow.stdout).map((row) => row[0])).toEqual([1001, 1002, 1003]);
  });

  it('counts from --from alone to the end of the snapshot', () => {
    const result = runIn(['--snapshot', 'snap.json', '--from', '2024-11-04']);
    // Post 11 only (the 10th).
    expect(rows(result.stdout)).toEqual([
      [1007, 5, 0, 0, 1, 1],
      [1002, 4, 1, 1, 0, 2],
      [1003, 1, 1, 0, 0, 3],
    ]);
  });

  it('prints an empty list for a page with no activity and a widget saying so', () => {
    const text = '{"groups": [{"id": 5, "name": "Пусто"}], "walls": {}}';
    expect(JSON.parse(runIn(['--snapshot', 's.json'], { 's.json': text }).stdout)).toEqual({ entries: [] });
    const widget = runIn(['--snapshot', 's.json', '--widget'], { 's.json': text });
    expect(widget.code).toBe(0);
    const table = runVkScript(widget.stdout, () => ({ ok: true, value: null })).response as {
      body: unknown[];
      more?: string;
    };
    expect(table.body).toHaveLength(1);
    expect(table.more).toBeUndefined();
  });
});
