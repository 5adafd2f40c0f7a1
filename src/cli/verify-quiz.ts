// `npm run verify-quiz -- FILE`: re-scores a quiz from its comments (docs/quiz.md, "CLI"). FILE is
// {"quiz": {"id", "questions": [{"options", "correct"}], "opensAt", "closesAt"}, "privateKeyJwk",
// "comments"}. One JSON line on stdout: {"results": [...], "rejected": [...]} (exit 0). A malformed
// file exits 2 with a message on stderr and nothing on stdout.

import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { verifyQuizFile } from '../core/quiz/verify';

export interface VerifyQuizIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads a UTF-8 file; throws when it cannot. */
  readFile(path: string): string;
  subtle: SubtleCrypto;
}

export const EXIT_OK = 0;
export const EXIT_MALFORMED = 2;
export const EXIT_INTERNAL = 3;

export const VERIFY_QUIZ_USAGE = 'Usage: npm run verify-quiz -- FILE';

/** Runs the check; returns the exit code. Never throws for bad input. */
export async function runVerifyQuiz(argv: readonly string[], io: VerifyQuizIo): Promise<number> {
  if (argv.length === 1 && (argv[0] === '--help' || argv[0] === '-h')) {
    io.stderr(`${VERIFY_QUIZ_USAGE}\n`);
    return EXIT_OK;
  }
  const [path] = argv;
  if (argv.length !== 1 || path === undefined || path.startsWith('-')) {
    io.stderr(`verify-quiz: expected exactly one FILE\n${VERIFY_QUIZ_USAGE}\n`);
    return EXIT_MALFORMED;
  }
  let text: string;
  try {
    text = io.readFile(path);
  } catch (error) {
    io.stderr(`verify-quiz: cannot read ${path}: ${(error as Error).message}\n`);
    return EXIT_MALFORMED;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    io.stderr(`verify-quiz: ${path} is not JSON: ${(error as Error).message}\n`);
    return EXIT_MALFORMED;
  }
  const verdict = await verifyQuizFile(io.subtle, value);
  if ('malformed' in verdict) {
    io.stderr(`verify-quiz: ${path}: ${verdict.malformed}\n`);
    return EXIT_MALFORMED;
  }
  io.stdout(`${JSON.stringify(verdict.output)}\n`);
  return EXIT_OK;
}

function isEntryPoint(): boolean {
  const entry = process.argv[1];
  return entry !== undefined && import.meta.url === pathToFileURL(entry).href;
}

if (isEntryPoint()) {
  runVerifyQuiz(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: (path) => readFileSync(path, 'utf8'),
    subtle: globalThis.crypto.subtle,
  }).then(
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
