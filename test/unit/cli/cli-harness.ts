// What every CLI test needs: the CLI's run function over in-memory streams and files, and the CLI as
// other tools run it (a child process through tsx from the repository root).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll } from 'vitest';

export const ROOT = resolve(import.meta.dirname, '../../..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

export interface CliOutcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Streams that collect what the CLI prints and a readFile over `files` (ENOENT for the rest). */
export function memoryIo(files: Record<string, string>) {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: (text: string) => {
      stdout += text;
    },
    stderr: (text: string) => {
      stderr += text;
    },
    readFile: (path: string) => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return text;
    },
  };
  return { io, outcome: (code: number): CliOutcome & { code: number } => ({ code, stdout, stderr }) };
}

/** `tsx <script> <args>` from the repository root, as `npm run …` runs it. */
export function runScript(script: string, args: readonly string[]): CliOutcome {
  const result = spawnSync(TSX, [script, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A temporary directory for the files a child process reads, removed after the test file. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
