// `npm run verify-draw -- FILE`: in-process for the edge cases, and as a real child process for
// what other tools see (one JSON line on stdout, stderr, exit code).

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIo, runScript, tempDir } from './cli-harness';
import { runVerifyDraw } from '../../../src/cli/verify-draw';
import { commitmentOf, drawWinners } from '../../../src/core/giveaway/draw';
import { EXAMPLE, exampleValues } from '../core/giveaway/worked-example';

const dir = tempDir('verify-draw-');

const exampleFile = {
  commitment: commitmentOf(EXAMPLE.secret),
  secret: EXAMPLE.secret,
  postId: EXAMPLE.postId,
  participants: EXAMPLE.participants,
  winners: EXAMPLE.winners,
  reserves: EXAMPLE.reserves,
};

function runIn(argv: string[], files: Record<string, string>) {
  const { io, outcome } = memoryIo(files);
  return outcome(runVerifyDraw(argv, { ...io }));
}

let fileNo = 0;
function cli(content: string) {
  const file = join(dir, `draw-${fileNo++}.json`);
  writeFileSync(file, content);
  return runScript('src/cli/verify-draw.ts', [file]);
}

describe('verify-draw CLI process', () => {
  it('prints the worked example’s winners as one JSON line and exits 0', () => {
    const result = cli(JSON.stringify(exampleFile));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      '{"valid":true,"winners":[77777,999999],"reserves":[101],"timing":"unchecked"}\n',
    );
    expect(exampleValues().winners).toBe('77777,999999');
  });

  it('exits 1 with a reason when the secret does not match the commitment', () => {
    const result = cli(JSON.stringify({ ...exampleFile, secret: 'ff'.repeat(32) }));
    expect(result.code).toBe(1);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    const verdict = JSON.parse(result.stdout);
    expect(verdict.valid).toBe(false);
    expect(verdict.reason).toContain('does not match the commitment');
    expect(result.stderr).toBe('');
  });

  it('checks the timing with all four times: "checked", exit 0; a broken rule exits 1 with a reason', () => {
    const times = { announcedAt: 1_795_000_000, committedAt: 1_795_000_060, drawAt: 1_795_600_000 };
    const ok = cli(JSON.stringify({ ...exampleFile, ...times, publishedAt: 1_795_600_000 }));
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toBe('{"valid":true,"winners":[77777,999999],"reserves":[101],"timing":"checked"}\n');

    const early = cli(JSON.stringify({ ...exampleFile, ...times, publishedAt: 1_795_599_999 }));
    expect(early.code).toBe(1);
    expect(early.stderr).toBe('');
    expect(early.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(early.stdout)).toEqual({
      valid: false,
      reason: expect.stringContaining('the result was published 1 s before the draw time'),
      timing: 'checked',
    });
  });

  it('exits 2 on a malformed file with a message on stderr and nothing on stdout', () => {
    const result = cli('{"commitment": ');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('is not JSON');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('runVerifyDraw', () => {
  const good = JSON.stringify(exampleFile);

  it('sorts unsorted participants before drawing', () => {
    const shuffled = JSON.stringify({ ...exampleFile, participants: [...EXAMPLE.participants].reverse() });
    expect(runIn(['f.json'], { 'f.json': shuffled }).stdout).toBe(
      runIn(['f.json'], { 'f.json': good }).stdout,
    );
  });

  it('draws as many as there are when fewer participants than places', () => {
    const small = { ...exampleFile, participants: [5, 9], winners: 3, reserves: 2 };
    const result = runIn(['f.json'], { 'f.json': JSON.stringify(small) });
    const expected = drawWinners({ ...EXAMPLE, participants: [5, 9], winners: 3, reserves: 2 });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ valid: true, ...expected, timing: 'unchecked' });
    expect(expected.winners).toHaveLength(2);
  });

  it.each([
    ['no argument', [], {}, 'expected exactly one FILE'],
    ['two arguments', ['a', 'b'], {}, 'expected exactly one FILE'],
    ['an unreadable file', ['missing.json'], {}, 'cannot read missing.json'],
    ['not JSON', ['f.json'], { 'f.json': 'nope' }, 'is not JSON'],
    ['a wrong shape', ['f.json'], { 'f.json': '{"secret": 1}' }, 'f.json: commitment'],
    [
      'bad hex',
      ['f.json'],
      { 'f.json': JSON.stringify({ ...exampleFile, secret: 'g'.repeat(64) }) },
      'secret',
    ],
    [
      'bad ids',
      ['f.json'],
      { 'f.json': JSON.stringify({ ...exampleFile, participants: [1, 0] }) },
      'participants[1]',
    ],
    [
      'three of the four times',
      ['f.json'],
      { 'f.json': JSON.stringify({ ...exampleFile, announcedAt: 1, committedAt: 2, drawAt: 3 }) },
      'f.json: announcedAt, committedAt, drawAt, publishedAt: give all four or none (missing publishedAt)',
    ],
    [
      'repeated ids',
      ['f.json'],
      { 'f.json': JSON.stringify({ ...exampleFile, participants: [7, 7] }) },
      'more than once',
    ],
  ])('exits 2 on %s', (_name, argv, files, message) => {
    const result = runIn(argv, files);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
  });

  it('prints usage on --help and exits 0', () => {
    const result = runIn(['--help'], {});
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('Usage: npm run verify-draw -- FILE');
  });
});
