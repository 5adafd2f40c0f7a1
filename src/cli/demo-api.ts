// `npm run demo:api -- --port N [--seed S] [--now ISO]` (docs/demo-api.md): the demo world's fake VK
// API on http://127.0.0.1:N/method/<method>, so the live report and the widget worker can be tried
// without a VK account. Prints «listening on http://127.0.0.1:N» when ready, one line per call to
// stderr (never a token), and stops on SIGTERM or Ctrl+C.
import { isEntryPoint } from './cli-io';
import { WORLD_FLAGS, parseFlags, parsePlainInteger, parseWorldFlags } from './report-args';
import { startDemoApi } from './demo-api-server';

export const DEMO_API_USAGE = `Usage: npm run demo:api -- --port N [--seed S] [--now ISO]

  --port N     the port on 127.0.0.1 (1–65535)
  --seed S     world seed (default 1)
  --now ISO    the world's moment, e.g. 2026-12-06T12:00:00+03:00; without an offset it is Moscow
               time (default: now); the clock runs on from it in real time

Any user token is the demo viewer's; «demo-community-<group id>» is that page's community token.`;

export type DemoApiArgs =
  { ok: true; port: number; seed: number; now: number } | { ok: false; error: string } | { help: true };

export function parseDemoApiArgs(argv: readonly string[], nowMs: number): DemoApiArgs {
  const flags = parseFlags(argv, { port: { type: 'string' }, ...WORLD_FLAGS });
  if ('error' in flags) return { ok: false, error: flags.error };
  const { values } = flags;
  if (values['help']) return { help: true };
  const port = values['port'] === undefined ? null : parsePlainInteger(String(values['port']), 1);
  if (port === null || port > 65535)
    return { ok: false, error: `--port: expected a port 1–65535, got "${String(values['port'] ?? '')}"` };
  const world = parseWorldFlags(values, nowMs);
  return 'error' in world ? { ok: false, error: world.error } : { ok: true, port, ...world };
}

async function main(): Promise<void> {
  const args = parseDemoApiArgs(process.argv.slice(2), Date.now());
  if ('help' in args) {
    process.stdout.write(`${DEMO_API_USAGE}\n`);
    return;
  }
  if (!args.ok) {
    process.stderr.write(`${args.error}\n\n${DEMO_API_USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  let server;
  try {
    server = await startDemoApi({
      seed: args.seed,
      now: args.now,
      port: args.port,
      log: (line) => process.stderr.write(`${line}\n`),
    });
  } catch (error) {
    process.stderr.write(`Cannot listen on 127.0.0.1:${args.port}: ${(error as Error).message}\n`);
    process.exitCode = 1;
    return;
  }
  process.stdout.write(`demo VK API (seed ${args.seed}) listening on http://127.0.0.1:${server.port}\n`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

if (isEntryPoint(import.meta.url)) void main();
