// `npm run widget-worker -- --group ID --user-token-env NAME --community-token-env NAME [--once]
// [--interval SECONDS] [--state FILE] [--app-id N]` (docs/widget-worker.md): keeps a page's leaderboard
// widget up to date without the app open, with the app's own gather, scoring and widget code. Reads
// with the user token, updates with the community token, one JSON line per round on stdout; stderr
// says what the owner should know. Every line written passes through scrub() with both tokens.
import { renameSync, writeFileSync } from 'node:fs';
import { systemClock, type Clock } from '../vk/clock';
import { VK_AUTH_FAILED, VkApiError } from '../vk/errors';
import { scrub } from '../vk/transport';
import { isEntryPoint, readInputFile } from './cli-io';
import { fixedTokens } from './live/fixed-tokens';
import { printable } from './live/page-list';
import { connectVk } from './live/vk-connection';
import { communityTokenPage } from '../data/leaderboard';
import { parseWidgetWorkerArgs, WIDGET_WORKER_USAGE, type WidgetWorkerArgs } from './widget/args';
import { widgetRound, type RoundContext } from './widget/round';
import { emptyState, parseState, stateText, type WorkerState } from './widget/state-file';
import './zod-english';

export const EXIT_OK = 0;
export const EXIT_VK_FAILED = 1;
export const EXIT_BAD_INPUT = 2;

/** A state file is small (one page's month of activity): a bigger one is not ours. */
const STATE_MAX_BYTES = 64 * 1024 * 1024;

export interface WorkerIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Readonly<Record<string, string | undefined>>;
  /** The file's text, or null when there is none yet; throws when it cannot be read. */
  readState(path: string): string | null;
  /** Replaces the file as a whole. */
  writeState(path: string, text: string): void;
  /** The rounds' moments and the pause between them (the API paces itself on the system clock). */
  clock: Clock;
  /** Resolves when the worker is asked to stop (SIGTERM). */
  stopped: Promise<void>;
}

export async function runWidgetWorker(argv: readonly string[], io: WorkerIo): Promise<number> {
  const parsed = parseWidgetWorkerArgs(argv);
  if ('help' in parsed) {
    io.stdout(`${WIDGET_WORKER_USAGE}\n`);
    return EXIT_OK;
  }
  if (!parsed.ok) {
    io.stderr(`widget-worker: ${parsed.error}\n\n${WIDGET_WORKER_USAGE}\n`);
    return EXIT_BAD_INPUT;
  }
  const args = parsed.args;
  const userToken = io.env[args.userTokenEnv];
  const communityToken = io.env[args.communityTokenEnv];
  const secret = (text: string) => scrub(scrub(text, userToken), communityToken);
  const say = (line: string) => io.stderr(`widget-worker: ${secret(printable(line))}\n`);
  if (!userToken) {
    say(
      `environment variable ${args.userTokenEnv} is not set or empty: it must hold a page admin's user token`,
    );
    return EXIT_BAD_INPUT;
  }
  if (!communityToken) {
    say(
      `environment variable ${args.communityTokenEnv} is not set or empty: it must hold the page's ` +
        'community token (the app shows it in the rating settings, «Автообновление без открытого приложения»)',
    );
    return EXIT_BAD_INPUT;
  }
  const connection = connectVk(
    io.env,
    fixedTokens(userToken, { groupId: args.groupId, token: communityToken }),
  );
  if (!connection.ok) {
    say(connection.error);
    return EXIT_BAD_INPUT;
  }
  let state: WorkerState;
  try {
    state = readState(io, args);
  } catch (error) {
    say((error as Error).message);
    return EXIT_BAD_INPUT;
  }

  const ctx: RoundContext = {
    api: connection.api,
    clock: io.clock,
    groupId: args.groupId,
    appId: args.appId,
  };
  try {
    // appWidgets.update names no page: another page's token would update that page's widget.
    const owner = await communityTokenPage(ctx.api, args.groupId);
    if (owner !== args.groupId) {
      say(
        `the community token in ${args.communityTokenEnv} belongs to club${owner ?? '?'}, not club${args.groupId}: ` +
          `put club${args.groupId}'s token there`,
      );
      return EXIT_BAD_INPUT;
    }
  } catch (error) {
    say(failureText(error, args));
    return EXIT_VK_FAILED;
  }
  let stopping = false;
  void io.stopped.then(() => {
    stopping = true;
  });
  for (;;) {
    try {
      const outcome = await widgetRound(ctx, state);
      state = outcome.state;
      for (const note of outcome.notes) say(note);
      if (args.statePath !== null) {
        try {
          io.writeState(args.statePath, stateText(state, outcome.posts));
        } catch (error) {
          say(`cannot write the state file ${args.statePath}: ${(error as Error).message}`);
        }
      }
      io.stdout(`${secret(JSON.stringify(outcome.line))}\n`);
    } catch (error) {
      say(failureText(error, args));
      return EXIT_VK_FAILED;
    }
    if (args.once || stopping) return EXIT_OK;
    await Promise.race([io.clock.sleep(args.intervalS * 1000), io.stopped]);
    if (stopping) return EXIT_OK;
  }
}

function readState(io: WorkerIo, args: WidgetWorkerArgs): WorkerState {
  if (args.statePath === null) return emptyState(args.groupId);
  let text: string | null;
  try {
    text = io.readState(args.statePath);
  } catch (error) {
    throw new Error(`cannot read the state file ${args.statePath}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  if (text === null) return emptyState(args.groupId);
  const parsed = parseState(text, args.groupId);
  if (!parsed.ok)
    throw new Error(
      `the state file ${args.statePath} ${parsed.error}: pass another --state FILE, or delete it`,
    );
  return parsed.state;
}

function failureText(error: unknown, args: WidgetWorkerArgs): string {
  const message = (error as Error).message;
  if (!(error instanceof VkApiError)) return `VK request failed: ${message}`;
  if (error.kind === 'flood')
    return (
      `VK refused the update (${message}): something else updated the widget less than 30 s ago, ` +
      'such as another worker for this page'
    );
  if (error.code === VK_AUTH_FAILED)
    return `VK rejected a token (${message}): put fresh ones in ${args.userTokenEnv} and ${args.communityTokenEnv}`;
  if (['appWidgets.update', 'groups.getById'].includes(error.method) || error.method.startsWith('storage.'))
    return (
      `VK refused the community token (${message}): ${args.communityTokenEnv} must hold club${args.groupId}'s ` +
      'community token with the widget right, as the app shows it'
    );
  return `VK request failed: ${message}`;
}

/**
 * The process's streams and files; the state is written to FILE.tmp and renamed over FILE. A cloud
 * function (docs/widget-worker/cloud-function) runs one round per call and listens to no signal.
 */
export function nodeWorkerIo({ stopOnSignals = true } = {}): WorkerIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    env: process.env,
    readState: (path) => {
      try {
        return readInputFile(path, STATE_MAX_BYTES).toString('utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    writeState: (path, text) => {
      const temporary = `${path}.tmp`;
      writeFileSync(temporary, text, { mode: 0o600 });
      renameSync(temporary, path);
    },
    clock: systemClock,
    stopped: new Promise((resolve) => {
      if (!stopOnSignals) return;
      process.once('SIGTERM', () => resolve());
      process.once('SIGINT', () => resolve());
    }),
  };
}

if (isEntryPoint(import.meta.url)) {
  runWidgetWorker(process.argv.slice(2), nodeWorkerIo()).then(
    (code) => process.exit(code),
    (error: unknown) => {
      // A bug, not bad input or VK: one line, no stack (it could quote a request).
      process.stderr.write(`widget-worker: internal error: ${(error as Error).name}\n`);
      process.exit(1);
    },
  );
}
