// Live mode of `npm run report`: the pages of a --groups list, read from the VK API with the user token
// in the --token-env variable, through the app's own adapter (batching, retries, 3 requests/s).
// stdout gets only the report's JSON; warnings and progress go to stderr. The token is never printed:
// everything written to either stream passes through scrub() (every form of the token: any case,
// percent-encoded, base64), and stderr lines lose control characters (a server's or a file's text
// cannot drive the terminal). The list file is read and checked before any request is made.
import { monthBounds } from '../../core/time';
import { resolveRefs } from '../../data/children/resolve';
import { refreshChildren } from '../../data/supervisor/refresh';
import type { VkApi } from '../../vk/api-client';
import { VK_AUTH_FAILED, VkApiError } from '../../vk/errors';
import { scrub } from '../../vk/transport';
import type { LiveReportArgs } from '../report-args';
import { fixedTokens } from './fixed-tokens';
import { buildLiveReport } from './live-report';
import { printable, readPageList, type ListedPage, type PageList } from './page-list';
import { selectPages } from './select-pages';
import { connectVk } from './vk-connection';
import '../zod-english';

export interface LiveIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads a file's bytes; throws when it cannot. */
  readBytes(path: string): Uint8Array;
  env: Readonly<Record<string, string | undefined>>;
}

export { API_BASE_ENV } from './vk-connection';

// As report.ts (which imports this module), plus 1: VK failed while the list was being resolved.
const EXIT_OK = 0;
const EXIT_VK_FAILED = 1;
const EXIT_BAD_INPUT = 2;

/**
 * The streams as the live report may use them: stdout and each stderr line scrubbed of the token, and
 * stderr lines made printable, whatever they carry (a server's error text, a name, a file's cell).
 */
function guarded(
  io: LiveIo,
  token: string | undefined,
): Pick<LiveIo, 'stdout'> & { say(line: string): void } {
  return {
    stdout: (text) => io.stdout(scrub(text, token)),
    say: (line) => io.stderr(`report: ${scrub(printable(line), token)}\n`),
  };
}

export async function runLiveReport(args: LiveReportArgs, io: LiveIo): Promise<number> {
  const token = io.env[args.tokenEnv];
  const out = guarded(io, token);
  const { say } = out;
  if (!token) {
    say(`environment variable ${args.tokenEnv} is not set or empty: it must hold a VK user token`);
    return EXIT_BAD_INPUT;
  }

  let list: PageList;
  try {
    list = await readPageList(args.groups, io.readBytes(args.groups));
  } catch (error) {
    say(`cannot read the list ${args.groups}: ${(error as Error).message}`);
    return EXIT_BAD_INPUT;
  }
  if (!list.ok) {
    say(list.error);
    return EXIT_BAD_INPUT;
  }
  for (const warning of list.warnings) say(`warning: ${args.groups}: ${warning}`);

  const connection = connectVk(io.env, fixedTokens(token));
  if (!connection.ok) {
    say(connection.error);
    return EXIT_BAD_INPUT;
  }
  try {
    return await fetchAndPrint(connection.api, list.pages, args, out);
  } catch (error) {
    // Adapter errors are scrubbed already, and say() scrubs every line again.
    const message = (error as Error).message;
    if (error instanceof VkApiError && error.code === VK_AUTH_FAILED) {
      say(`VK rejected the token in ${args.tokenEnv} (${message}); get a fresh user token`);
      return EXIT_BAD_INPUT;
    }
    say(`VK request failed: ${message}`);
    return EXIT_VK_FAILED;
  }
}

async function fetchAndPrint(
  api: VkApi,
  listed: readonly ListedPage[],
  args: LiveReportArgs,
  io: ReturnType<typeof guarded>,
): Promise<number> {
  const { say } = io;
  say(`resolving ${listed.length} pages of ${args.groups}…`);
  const resolutions = await resolveRefs(api, listed);
  const { entries, warnings } = selectPages(listed, resolutions);
  for (const warning of warnings) say(`warning: ${args.groups}: ${warning}`);

  say(`reading ${entries.length} pages…`);
  let done = 0;
  const results = await refreshChildren(
    api,
    entries.map((entry) => entry.id),
    {
      // Walls are read back to the start of the month of this moment: --month's end when it is past.
      now: Math.min(args.now, monthBounds(args.month, args.timeZone).endsAt - 1),
      timeZone: args.timeZone,
      onResult: () => {
        done += 1;
        if (done % 50 === 0) say(`read ${done} of ${entries.length} pages`);
      },
    },
  );
  const report = buildLiveReport(results, entries, args);
  io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  const { requests } = api.stats();
  say(`${report.summary.unavailable} of ${entries.length} pages unavailable; ${requests} VK requests`);
  return EXIT_OK;
}
