// What the CLIs share: their streams and file reading (injected, so tests run them in-process), the
// entry-point check, and the one-FILE JSON input of verify-draw and verify-quiz.

import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads a UTF-8 file; throws when it cannot. */
  readFile(path: string): string;
}

/** The process's streams and files. */
export const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path, 'utf8'),
};

/** True when the module at `moduleUrl` (its import.meta.url) is the script node was started with. */
export function isEntryPoint(moduleUrl: string): boolean {
  const entry = process.argv[1];
  return entry !== undefined && moduleUrl === pathToFileURL(entry).href;
}

/** Exit code 2: a bad argument or file (a message on stderr, nothing on stdout). */
export const EXIT_BAD_FILE = 2;

/**
 * The JSON value of the one FILE argument, or the exit code when there is none to check: 0 after
 * --help/-h (the usage on stderr), EXIT_BAD_FILE after a message on stderr for a wrong argument list,
 * an unreadable file or text that is not JSON. `name` prefixes the messages ("verify-draw: …").
 */
export function readJsonFileArg(
  name: string,
  usage: string,
  argv: readonly string[],
  io: CliIo,
): { path: string; value: unknown } | { exit: number } {
  if (argv.length === 1 && (argv[0] === '--help' || argv[0] === '-h')) {
    io.stderr(`${usage}\n`);
    return { exit: 0 };
  }
  const [path] = argv;
  if (argv.length !== 1 || path === undefined || path.startsWith('-')) {
    io.stderr(`${name}: expected exactly one FILE\n${usage}\n`);
    return { exit: EXIT_BAD_FILE };
  }
  let text: string;
  try {
    text = io.readFile(path);
  } catch (error) {
    io.stderr(`${name}: cannot read ${path}: ${(error as Error).message}\n`);
    return { exit: EXIT_BAD_FILE };
  }
  try {
    return { path, value: JSON.parse(text) };
  } catch (error) {
    io.stderr(`${name}: ${path} is not JSON: ${(error as Error).message}\n`);
    return { exit: EXIT_BAD_FILE };
  }
}
