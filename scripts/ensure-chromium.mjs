#!/usr/bin/env node
// Makes sure Debian's Chromium is at /usr/bin/chromium, the browser the end-to-end tests and the bench
// drive through playwright-core. A test tool's own browser download does not work on our machines, so
// the browser always comes from the distribution's package manager.
//
//   present            → print its version, exit 0
//   absent, root       → apt-get update && apt-get install -y --no-install-recommends chromium
//   absent, not root   → exit 1 with the command to run
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

function version() {
  const r = spawnSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  if (r.status !== 0) return null;
  return r.stdout.trim() || r.stderr.trim() || null;
}

function run(cmd, args) {
  console.log(`$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}`);
}

function fail(message) {
  console.error(`ensure-chromium: ${message}`);
  process.exit(1);
}

if (existsSync(CHROMIUM_PATH)) {
  const v = version();
  if (!v) fail(`${CHROMIUM_PATH} exists but "${CHROMIUM_PATH} --version" failed.`);
  console.log(`ensure-chromium: ${v} (${CHROMIUM_PATH})`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  fail(
    [
      `${CHROMIUM_PATH} not found.`,
      "The end-to-end tests run in Debian's Chromium; install it with:",
      '',
      '    sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium',
      '',
      '(Downloads of a test tool\'s own browser, e.g. "npx playwright install", are not used.)',
    ].join('\n'),
  );
}

console.log(`ensure-chromium: ${CHROMIUM_PATH} not found; installing Debian's chromium with apt-get…`);
const started = Date.now();
try {
  run('apt-get', ['update']);
  run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium']);
} catch (err) {
  fail(`installing chromium failed: ${err instanceof Error ? err.message : String(err)}`);
}
const v = existsSync(CHROMIUM_PATH) ? version() : null;
if (!v) fail(`apt-get finished but ${CHROMIUM_PATH} does not run.`);
console.log(`ensure-chromium: installed ${v} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
