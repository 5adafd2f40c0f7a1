// `npm run verify-quiz -- FILE`: re-scores a quiz from its comments (docs/quiz.md, "CLI"). FILE is
// {"quiz": {"id", "questions": [{"options", "correct"}], "opensAt", "closesAt", "protocol"?},
// "privateKeyJwk", "comments"}; "protocol" is the definition's (2 = QZ2), absent for QZ1 quizzes.
// One JSON line on stdout: {"results": [...], "rejected": [...]} (exit 0). A malformed file exits 2
// with a message on stderr and nothing on stdout.

import { verifyQuizFile } from '../core/quiz/verify';
import { EXIT_BAD_FILE, isEntryPoint, nodeIo, readJsonFileArg, type CliIo } from './cli-io';

export interface VerifyQuizIo extends CliIo {
  subtle: SubtleCrypto;
}

export const EXIT_OK = 0;
export const EXIT_MALFORMED = EXIT_BAD_FILE;
export const EXIT_INTERNAL = 3;

export const VERIFY_QUIZ_USAGE = 'Usage: npm run verify-quiz -- FILE';

/** Runs the check; returns the exit code. Never throws for bad input. */
export async function runVerifyQuiz(argv: readonly string[], io: VerifyQuizIo): Promise<number> {
  const input = readJsonFileArg('verify-quiz', VERIFY_QUIZ_USAGE, argv, io);
  if ('exit' in input) return input.exit;
  const { path, value } = input;
  const verdict = await verifyQuizFile(io.subtle, value);
  if ('malformed' in verdict) {
    io.stderr(`verify-quiz: ${path}: ${verdict.malformed}\n`);
    return EXIT_MALFORMED;
  }
  io.stdout(`${JSON.stringify(verdict.output)}\n`);
  return EXIT_OK;
}

if (isEntryPoint(import.meta.url)) {
  runVerifyQuiz(process.argv.slice(2), { ...nodeIo, subtle: globalThis.crypto.subtle }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      // A bug, not bad input: one line, no stack, a code distinct from the verdicts'.
      process.stderr.write(`verify-quiz: internal error: ${(error as Error).message}\n`);
      process.exitCode = EXIT_INTERNAL;
    },
  );
}
