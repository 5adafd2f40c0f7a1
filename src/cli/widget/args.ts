// The widget worker's flags (docs/widget-worker.md, the contract):
// --group ID --user-token-env NAME --community-token-env NAME [--once] [--interval SECONDS]
// [--state FILE] [--app-id N]
import { parseFlags, parsePlainInteger } from '../report-args';

export const WIDGET_WORKER_USAGE = `Usage: npm run widget-worker -- --group ID --user-token-env NAME --community-token-env NAME
         [--once] [--interval SECONDS] [--state FILE] [--app-id N]

  --group ID                  the page (community) id whose widget is kept up to date
  --user-token-env NAME       the environment variable holding a page admin's user token (reads)
  --community-token-env NAME  the variable holding the page's community token with app_widget (updates)
  --once                      one round, one JSON line, then exit (cron, a cloud function's timer)
  --interval SECONDS          without --once: a round every SECONDS, at least 30 (default 60)
  --state FILE                keep the last update and the read cache here between runs (advised)
  --app-id N                  the app's id: the widget links to the app's full table

Each round prints {"updated": true|false, "entries": N, "codeLength": N, "at": unix} on stdout.
Exit code 2 for bad flags or an empty token variable, 1 when VK fails. Tokens are never printed.
PULSE_VK_API_BASE sends the requests elsewhere (npm run demo:api). See docs/widget-worker.md.`;

export const INTERVAL_MIN_S = 30;
export const INTERVAL_DEFAULT_S = 60;

export interface WidgetWorkerArgs {
  groupId: number;
  userTokenEnv: string;
  communityTokenEnv: string;
  once: boolean;
  intervalS: number;
  statePath: string | null;
  appId: number | null;
}

export function parseWidgetWorkerArgs(
  argv: readonly string[],
): { ok: true; args: WidgetWorkerArgs } | { ok: false; error: string } | { help: true } {
  const flags = parseFlags(argv, {
    group: { type: 'string' },
    'user-token-env': { type: 'string' },
    'community-token-env': { type: 'string' },
    once: { type: 'boolean' },
    interval: { type: 'string' },
    state: { type: 'string' },
    'app-id': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if ('error' in flags) return { ok: false, error: flags.error };
  const { values } = flags;
  if (values['help']) return { help: true };
  const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);

  const groupText = text('group');
  const groupId = groupText === undefined ? null : parsePlainInteger(groupText, 1);
  if (groupId === null)
    return { ok: false, error: `--group: expected the page's id in plain digits, got "${groupText ?? ''}"` };
  const userTokenEnv = text('user-token-env');
  if (!userTokenEnv) return { ok: false, error: '--user-token-env NAME is required' };
  const communityTokenEnv = text('community-token-env');
  if (!communityTokenEnv) return { ok: false, error: '--community-token-env NAME is required' };
  const once = values['once'] === true;
  const intervalText = text('interval');
  const intervalS = intervalText === undefined ? INTERVAL_DEFAULT_S : parsePlainInteger(intervalText, 1);
  if (intervalS === null || intervalS < INTERVAL_MIN_S)
    return {
      ok: false,
      error: `--interval: expected whole seconds, at least ${INTERVAL_MIN_S} (VK allows one update per 30 s), got "${intervalText}"`,
    };
  const statePath = text('state') ?? null;
  if (statePath === '') return { ok: false, error: '--state: expected a file path' };
  const appIdText = text('app-id');
  const appId = appIdText === undefined ? null : parsePlainInteger(appIdText, 1);
  if (appIdText !== undefined && appId === null)
    return {
      ok: false,
      error: `--app-id: expected a positive whole number in plain digits, got "${appIdText}"`,
    };
  return { ok: true, args: { groupId, userTokenEnv, communityTokenEnv, once, intervalS, statePath, appId } };
}
