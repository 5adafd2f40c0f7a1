// `npm run verify-draw -- FILE`: re-checks a giveaway draw (docs/giveaway.md, "CLI"). FILE is
// {"commitment", "secret", "postId", "participants", "winners", "reserves"}. One JSON line on
// stdout: {"valid": true, "winners": [...], "reserves": [...]} (exit 0) or {"valid": false,
// "reason": "..."} (exit 1, the secret does not match the commitment). A malformed file exits 2
// with a message on stderr and nothing on stdout.

import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { verifyDrawFile } from '../core/giveaway/verify';

export interface VerifyDrawIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads a UTF-8 file; throws when it cannot. */
  readFile(path: string): string;
}

export const EXIT_VALID = 0;
export const EXIT_INVALID = 1;
export const EXIT_MALFORMED = 2;

export const VERIFY_DRAW_USAGE = 'Usage: npm run verify-draw -- FILE';

/** Runs the check; returns the exit code. Never throws for bad input. */
export function runVerifyDraw(argv: readonly string[], io: VerifyDrawIo): number {
  if (argv.length === 1 && (argv[0] === '--help' || argv[0] === '-h')) {
    io.stderr(`${VERIFY_DRAW_USAGE}\n`);
    return EXIT_VALID;
  }
  const [path] = argv;
  if (argv.length !== 1 || path === undefined || path.startsWith('-')) {
    io.stderr(`verify-draw: expected exactly one FILE\n${VERIFY_DRAW_USAGE}\n`);
    return EXIT_MALFORMED;
  }
  let text: string;
  try {
    text = io.readFile(path);
  } catch (error) {
    io.stderr(`verify-draw: cannot read ${path}: ${(error as Error).message}\n`);
    return EXIT_MALFORMED;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    io.stderr(`verify-draw: ${path} is not JSON: ${(error as Error).message}\n`);
    return EXIT_MALFORMED;
  }
  const verdict = verifyDrawFile(value);
  if ('malformed' in verdict) {
    io.stderr(`verify-draw: ${path}: ${verdict.malformed}\n`);
    return EXIT_MALFORMED;
  }
  io.stdout(`${JSON.stringify(verdict)}\n`);
  return verdict.valid ? EXIT_VALID : EXIT_INVALID;
}

function isEntryPoint(): boolean {
  const entry = process.argv[1];
  return entry !== undefined && import.meta.url === pathToFileURL(entry).href;
}

if (isEntryPoint()) {
  try {
    process.exitCode = runVerifyDraw(process.argv.slice(2), {
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
      readFile: (path) => readFileSync(path, 'utf8'),
    });
  } catch (error) {
    // A bug, not bad input: one line, no stack, a code distinct from the verdicts'.
    process.stderr.write(`verify-draw: internal error: ${(error as Error).message}\n`);
    process.exitCode = 3;
  }
}
