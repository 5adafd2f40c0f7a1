// Two builds of the app, first load of the demo scorecard on the bench's phone profile, in alternating
// order, paired by round. For deciding whether a change pays: the ratio `npm run bench` prints moves by
// ±10 % from run to run, more than most single steps.
//
//   npx tsx scripts/bench/compare-builds.ts BEFORE_DIR AFTER_DIR [--rounds=24]
//
// Build each with `npx vite build --outDir DIR`. Prints each build's median and the paired
// differences: median, trimmed mean, rounds faster, and a 90 % interval of the median difference.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium, serveStatic } from '../../test/e2e/serve-built';
import { APP_QUERY, APP_SELECTOR, loadOnce, MOBILE } from './first-load';
import { median, pairedSummary, trimmedMean } from './paired';

const args = process.argv.slice(2);
const roundsArg = args.find((a) => a.startsWith('--rounds='));
const rounds = roundsArg ? Number(roundsArg.slice('--rounds='.length)) : 24;
const dirs = args.filter((a) => !a.startsWith('--')).map((d) => resolve(d));
if (
  dirs.length !== 2 ||
  !Number.isInteger(rounds) ||
  rounds < 2 ||
  dirs.some((d) => !existsSync(join(d, 'index.html')))
) {
  console.error(
    'usage: compare-builds BEFORE_DIR AFTER_DIR [--rounds=N]  (each DIR a vite build with index.html)',
  );
  process.exit(2);
}

const browser = await launchChromium();
const servers = await Promise.all(dirs.map((d) => serveStatic(d, { gzip: true })));
const times: [number[], number[]] = [[], []];
try {
  for (let i = 0; i < rounds; i++) {
    // Alternate which build goes first, so a busy moment of the machine hits both alike.
    for (const k of i % 2 ? [1, 0] : [0, 1]) {
      const run = await loadOnce(browser, servers[k]!.url + APP_QUERY, APP_SELECTOR, MOBILE);
      times[k]!.push(run.contentMs);
    }
    console.error(
      `round ${i + 1}/${rounds}: before ${times[0][i]!.toFixed(0)} ms, after ${times[1][i]!.toFixed(0)} ms`,
    );
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((s) => s.close()));
}
const ms = (v: number) => `${v.toFixed(0)} ms`;
const s = pairedSummary(times[0], times[1]);
for (const [k, label] of [
  [0, 'before'],
  [1, 'after'],
] as const)
  console.log(
    `${label}: ${dirs[k]}: median ${ms(median(times[k]))}, trimmed mean ${ms(trimmedMean(times[k]))}`,
  );
console.log(
  `after − before, ${s.rounds} rounds: median ${ms(s.medianDiff)} (90 % interval ${ms(s.interval[0])} … ${ms(s.interval[1])}), ` +
    `trimmed mean ${ms(s.trimmedMeanDiff)}, faster in ${s.faster} of ${s.rounds}`,
);
console.log(
  s.interval[1] < 0
    ? 'after is faster'
    : s.interval[0] > 0
      ? 'after is slower'
      : 'no difference this run can show',
);
