// Runs the report in-process over in-memory files and captures its streams.

import { runReport } from '../../../src/cli/report';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  json: () => any; // eslint-disable-line @typescript-eslint/no-explicit-any -- the report is checked field by field
}

export function run(
  argv: string[],
  files: Record<string, string> = {},
  nowMs = Date.parse('2024-11-30T09:00:00Z'),
): RunResult {
  let stdout = '';
  let stderr = '';
  const code = runReport(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readFile: (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return text;
    },
    nowMs: () => nowMs,
  });
  return { code, stdout, stderr, json: () => JSON.parse(stdout) };
}

/** A snapshot as a file map entry. */
export function snapshotFile(snapshot: unknown, name = 'snap.json'): Record<string, string> {
  return { [name]: JSON.stringify(snapshot) };
}
