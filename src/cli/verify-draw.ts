// `npm run verify-draw -- FILE`: re-checks a giveaway draw (docs/giveaway.md, "CLI"). FILE is
// {"commitment", "secret", "postId", "participants", "winners", "reserves"} and, optionally, all four
// of "announcedAt", "committedAt", "drawAt", "publishedAt" (unix seconds). One JSON line on stdout:
// {"valid": true, "winners": [...], "reserves": [...], "timing": "checked" | "unchecked"} (exit 0) or
// {"valid": false, "reason": "...", "timing": ...} (exit 1: the secret does not match the commitment,
// or with the four times a timing rule is broken). A malformed file exits 2 with a message on stderr
// and nothing on stdout.

import { verifyDrawFile } from '../core/giveaway/verify';
import { EXIT_BAD_FILE, isEntryPoint, nodeIo, readJsonFileArg, type CliIo } from './cli-io';

export type VerifyDrawIo = CliIo;

export const EXIT_VALID = 0;
export const EXIT_INVALID = 1;
export const EXIT_MALFORMED = EXIT_BAD_FILE;

export const VERIFY_DRAW_USAGE = 'Usage: npm run verify-draw -- FILE';

/** Runs the check; returns the exit code. Never throws for bad input. */
export function runVerifyDraw(argv: readonly string[], io: VerifyDrawIo): number {
  const input = readJsonFileArg('verify-draw', VERIFY_DRAW_USAGE, argv, io);
  if ('exit' in input) return input.exit;
  const { path, value } = input;
  const verdict = verifyDrawFile(value);
  if ('malformed' in verdict) {
    io.stderr(`verify-draw: ${path}: ${verdict.malformed}\n`);
    return EXIT_MALFORMED;
  }
  io.stdout(`${JSON.stringify(verdict)}\n`);
  return verdict.valid ? EXIT_VALID : EXIT_INVALID;
}

if (isEntryPoint(import.meta.url)) {
  try {
    process.exitCode = runVerifyDraw(process.argv.slice(2), nodeIo);
  } catch (error) {
    // A bug, not bad input: one line, no stack, a code distinct from the verdicts'.
    process.stderr.write(`verify-draw: internal error: ${(error as Error).message}\n`);
    process.exitCode = 3;
  }
}
