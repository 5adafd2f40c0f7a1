// What the CLIs share: their streams and file reading (injected, so tests run them in-process), the
// entry-point check, and the one-FILE JSON input of verify-draw and verify-quiz.
//
// Every input file goes through readInputFile: only a regular file, and only up to a size limit
// (docs/report-cli.md, "Input files"), checked before a byte is read, so a device (/dev/zero,
// /dev/urandom), a FIFO, a directory or a huge file is refused at once with a message.

import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** JSON inputs (snapshots, verify-draw and verify-quiz files): at most 256 MiB. */
export const MAX_JSON_INPUT_BYTES = 256 * 1024 * 1024;

/** An input that is not a regular file or is over its size limit; the message names it. */
export class InputFileError extends Error {
  override name = 'InputFileError';
}

/**
 * The bytes of a regular file of at most `maxBytes`. A device, FIFO, socket or directory is refused
 * before it is opened; the file is opened without blocking (a FIFO swapped in after the check cannot
 * hang it), checked again on its descriptor, and read with a cap, so a file that grows while it is
 * read is refused too. Throws InputFileError, or the system's error (ENOENT, EACCES…).
 */
export function readInputFile(path: string, maxBytes: number): Buffer {
  checkStats(path, statSync(path), maxBytes);
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stats = fstatSync(fd);
    checkStats(path, stats, maxBytes);
    // One byte more than allowed: reading it means the file grew past the limit.
    const buffer = Buffer.alloc(Math.min(stats.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (buffer.length > maxBytes)
          throw new InputFileError(`${path} is larger than ${sizeText(maxBytes)}`);
        break;
      }
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

function checkStats(path: string, stats: Stats, maxBytes: number): void {
  if (!stats.isFile()) throw new InputFileError(`${path} is ${kindOf(stats)}, not a regular file`);
  if (stats.size > maxBytes)
    throw new InputFileError(`${path} is ${sizeText(stats.size)}, over the limit of ${sizeText(maxBytes)}`);
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isSocket()) return 'a socket';
  return 'a special file';
}

function sizeText(bytes: number): string {
  const mib = bytes / 1024 / 1024;
  return mib >= 1 ? `${Number.isInteger(mib) ? mib : mib.toFixed(1)} MiB` : `${bytes} bytes`;
}

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
  readFile: (path) => readInputFile(path, MAX_JSON_INPUT_BYTES).toString('utf8'),
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
