// Runs the report in-process over in-memory files and captures its streams.

import { runReport } from '../../../src/cli/report';
import { memoryIo } from './cli-harness';

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
  const { io, outcome } = memoryIo(files);
  const result = outcome(runReport(argv, { ...io, nowMs: () => nowMs }));
  return { ...result, json: () => JSON.parse(result.stdout) };
}

/** A snapshot as a file map entry. */
export function snapshotFile(snapshot: unknown, name = 'snap.json'): Record<string, string> {
  return { [name]: JSON.stringify(snapshot) };
}
