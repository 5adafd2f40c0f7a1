// The CLIs read only regular files of a reasonable size: a device, a FIFO, a directory or a file over
// the limit is refused at once (exit 2, a message on stderr, nothing on stdout), before a byte is read.
import { spawnSync } from 'node:child_process';
import { mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { InputFileError, MAX_JSON_INPUT_BYTES, nodeIo, readInputFile } from '../../../src/cli/cli-io';
import { runLeaderboard } from '../../../src/cli/leaderboard';
import { runReport, runReportCli } from '../../../src/cli/report';
import { runVerifyDraw } from '../../../src/cli/verify-draw';
import { runVerifyQuiz } from '../../../src/cli/verify-quiz';
import { MAX_IMPORT_BYTES } from '../../../src/core/pages/import-list';
import { runScript, tempDir } from './cli-harness';

const dir = tempDir('cli-inputs-');
const posix = process.platform !== 'win32';

/** A FIFO nobody writes to: opening it for reading the usual way would block for ever. */
function fifo(): string {
  const path = join(dir, `fifo-${Math.random().toString(36).slice(2)}`);
  const made = spawnSync('mkfifo', [path]);
  if (made.status !== 0) throw new Error('mkfifo failed');
  return path;
}

/** A sparse file of `size` bytes: instant to make, as large as the limit needs. */
function sparse(size: number): string {
  const path = join(dir, `big-${size}.json`);
  writeFileSync(path, '');
  truncateSync(path, size);
  return path;
}

/** The real streams and files, captured. */
function captured() {
  let stdout = '';
  let stderr = '';
  return {
    io: {
      ...nodeIo,
      stdout: (text: string) => void (stdout += text),
      stderr: (text: string) => void (stderr += text),
    },
    get stdout() {
      return stdout;
    },
    get stderr() {
      return stderr;
    },
  };
}

describe.runIf(posix)('readInputFile', () => {
  it.each([
    ['/dev/zero', 'a character device'],
    ['/dev/urandom', 'a character device'],
  ])('refuses %s as %s', (path, kind) => {
    expect(() => readInputFile(path, MAX_JSON_INPUT_BYTES)).toThrow(
      new InputFileError(`${path} is ${kind}, not a regular file`),
    );
  });

  it('refuses a FIFO without waiting for a writer', () => {
    const path = fifo();
    expect(() => readInputFile(path, 1024)).toThrow(/is a FIFO \(named pipe\), not a regular file$/);
  });

  it('refuses a directory', () => {
    const path = join(dir, 'a-directory');
    mkdirSync(path);
    expect(() => readInputFile(path, 1024)).toThrow(/is a directory, not a regular file$/);
  });

  it('refuses a file over the limit before reading it, and reads one at the limit', () => {
    expect(() => readInputFile(sparse(MAX_JSON_INPUT_BYTES + 1), MAX_JSON_INPUT_BYTES)).toThrow(
      /is 256\.0 MiB, over the limit of 256 MiB$/,
    );
    const path = join(dir, 'exact.txt');
    writeFileSync(path, 'x'.repeat(1024));
    expect(readInputFile(path, 1024).toString()).toBe('x'.repeat(1024));
    expect(() => readInputFile(path, 1023)).toThrow(/over the limit of 1023 bytes$/);
  });

  it('passes the system error through for a missing file', () => {
    expect(() => readInputFile(join(dir, 'missing.json'), 1024)).toThrow(/ENOENT/);
  });
});

describe.runIf(posix)('every CLI refuses what is not a regular, reasonably sized file (exit 2)', () => {
  const expectRefused = (code: number, out: { stdout: string; stderr: string }, pattern: RegExp) => {
    expect(code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(pattern);
  };

  it('report --snapshot: a device, a FIFO, a directory, a file over 256 MiB', () => {
    for (const [path, pattern] of [
      ['/dev/zero', /^report: cannot read snapshot \/dev\/zero: \/dev\/zero is a character device/],
      [fifo(), /is a FIFO \(named pipe\), not a regular file/],
      [dir, /is a directory, not a regular file/],
      [sparse(MAX_JSON_INPUT_BYTES + 1), /over the limit of 256 MiB/],
    ] as const) {
      const out = captured();
      expectRefused(runReport(['--snapshot', path], { ...out.io, nowMs: () => 0 }), out, pattern);
    }
  });

  it('report --groups (live): the list is held to the import limit, and nothing is sent', async () => {
    for (const [path, pattern] of [
      ['/dev/zero', /^report: cannot read the list \/dev\/zero: \/dev\/zero is a character device/],
      [sparse(MAX_IMPORT_BYTES + 1), /over the limit of 5 MiB/],
    ] as const) {
      const out = captured();
      const code = await runReportCli(['--token-env', 'T', '--groups', path], {
        ...out.io,
        readBytes: (file) => readInputFile(file, MAX_IMPORT_BYTES),
        env: { T: 'token', PULSE_VK_API_BASE: 'http://127.0.0.1:9/method/' },
        nowMs: () => Date.parse('2025-06-10T12:00:00Z'),
      });
      expectRefused(code, out, pattern);
    }
  });

  it('verify-draw and verify-quiz: /dev/urandom and a FIFO', async () => {
    for (const path of ['/dev/urandom', fifo()]) {
      const draw = captured();
      expectRefused(runVerifyDraw([path], draw.io), draw, /^verify-draw: cannot read .*not a regular file/);
      const quiz = captured();
      const code = await runVerifyQuiz([path], { ...quiz.io, subtle: globalThis.crypto.subtle });
      expectRefused(code, quiz, /^verify-quiz: cannot read .*not a regular file/);
    }
  });

  it('leaderboard --snapshot: a device and a directory', () => {
    for (const path of ['/dev/zero', dir]) {
      const out = captured();
      expectRefused(
        runLeaderboard(['--snapshot', path], out.io),
        out,
        /^leaderboard: cannot read snapshot .*not a regular file/,
      );
    }
  });

  it('as processes: report --snapshot /dev/zero and verify-draw /dev/urandom end within seconds', () => {
    for (const [script, args] of [
      ['src/cli/report.ts', ['--snapshot', '/dev/zero']],
      ['src/cli/verify-draw.ts', ['/dev/urandom']],
    ] as const) {
      const result = runScript(script, args);
      expect(result.code, result.stderr).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/is a character device, not a regular file\n$/);
    }
  });
});
