// The widget worker as a timer-triggered cloud function (docs/widget-worker.md): Yandex Cloud
// Functions, runtime nodejs22, entry point index.handler, a timer trigger with the cron expression
// `* * * * ? *`. The archive holds this file, package.json and widget-worker.mjs
// (npm run widget-worker:bundle). Settings come from the function's environment: PULSE_GROUP_ID,
// PULSE_APP_ID, and the two tokens (best from a Lockbox secret). One round per call; the state lives
// in /tmp while the instance stays warm, and the page's settings say when the widget was last updated.
import { nodeWorkerIo, runWidgetWorker } from './widget-worker.mjs';

export async function handler() {
  const lines = [];
  const io = { ...nodeWorkerIo({ stopOnSignals: false }), stdout: (text) => void lines.push(text) };
  const args = [
    '--once',
    '--group',
    process.env.PULSE_GROUP_ID ?? '',
    '--user-token-env',
    'PULSE_USER_TOKEN',
    '--community-token-env',
    'PULSE_COMMUNITY_TOKEN',
    '--state',
    '/tmp/pulse-widget-state.json',
  ];
  if (process.env.PULSE_APP_ID) args.push('--app-id', process.env.PULSE_APP_ID);
  const code = await runWidgetWorker(args, io);
  // Messages went to stderr, which the function's log keeps; the round's line is the answer.
  return { statusCode: code === 0 ? 200 : 500, body: lines.join('') };
}
