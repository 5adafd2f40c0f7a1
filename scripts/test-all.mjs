#!/usr/bin/env node
// `npm test`: every check, in order, stopping at the first failure.
//
//   node scripts/test-all.mjs                 all steps
//   node scripts/test-all.mjs --only=lint,format
//   node scripts/test-all.mjs --skip=e2e
//
// Binaries come from node_modules/.bin (run `npm ci` first); nothing goes through a shell.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);

/** @type {{id: string, label: string, cmd: string, args: string[]}[]} */
const STEPS = [
  { id: 'typecheck', label: 'Typecheck', cmd: bin('tsc'), args: ['-p', 'tsconfig.json', '--noEmit'] },
  { id: 'lint', label: 'Lint', cmd: bin('eslint'), args: ['.', '--max-warnings', '0'] },
  { id: 'format', label: 'Format check', cmd: bin('prettier'), args: ['--check', '.'] },
  { id: 'unit', label: 'Unit + integration tests', cmd: bin('vitest'), args: ['run'] },
  {
    id: 'chromium',
    label: 'Ensure Chromium',
    cmd: process.execPath,
    args: [join(root, 'scripts', 'ensure-chromium.mjs')],
  },
  { id: 'build', label: 'Build', cmd: bin('vite'), args: ['build'] },
  {
    id: 'e2e',
    label: 'End-to-end tests',
    cmd: bin('vitest'),
    args: ['run', '--config', 'vitest.e2e.config.ts'],
  },
];

function listArg(name) {
  const prefix = `--${name}=`;
  const arg = process.argv.slice(2).find((a) => a.startsWith(prefix));
  return arg ? arg.slice(prefix.length).split(',').filter(Boolean) : null;
}

const only = listArg('only');
const skip = listArg('skip') ?? [];
for (const id of [...(only ?? []), ...skip]) {
  if (!STEPS.some((s) => s.id === id)) {
    console.error(`Unknown step "${id}". Steps: ${STEPS.map((s) => s.id).join(', ')}`);
    process.exit(2);
  }
}
const selected = STEPS.filter((s) => (only ? only.includes(s.id) : true) && !skip.includes(s.id));

const color = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code, s) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
const bold = (s) => paint('1', s);
const green = (s) => paint('32', s);
const red = (s) => paint('31', s);
const dim = (s) => paint('2', s);

function run(cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: 'inherit', shell: false });
    child.on('error', (err) => {
      console.error(red(`  cannot start ${cmd}: ${err.message}`));
      resolve(127);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

const results = [];
let failed = null;
const started = Date.now();

for (const [i, step] of selected.entries()) {
  console.log(`\n${bold(`▶ [${i + 1}/${selected.length}] ${step.label}`)} ${dim(`(${step.id})`)}`);
  if (step.cmd !== process.execPath && !existsSync(step.cmd)) {
    console.error(red(`  ${step.cmd} not found: run "npm ci" first.`));
    results.push({ step, status: 'failed', ms: 0, code: 127 });
    failed = step;
    break;
  }
  const t0 = Date.now();
  const code = await run(step.cmd, step.args);
  const ms = Date.now() - t0;
  results.push({ step, status: code === 0 ? 'passed' : 'failed', ms, code });
  if (code !== 0) {
    failed = step;
    break;
  }
}
for (const step of selected.slice(results.length)) results.push({ step, status: 'not run', ms: 0 });

const width = Math.max(...selected.map((s) => s.label.length));
console.log(`\n${bold('Summary')}`);
for (const r of results) {
  const mark = r.status === 'passed' ? green('✓') : r.status === 'failed' ? red('✗') : dim('·');
  const time = r.status === 'not run' ? dim('not run') : seconds(r.ms);
  const code = r.status === 'failed' ? red(` (exit ${r.code})`) : '';
  console.log(`  ${mark} ${r.step.label.padEnd(width)}  ${time}${code}`);
}
console.log(`  ${' '.repeat(2 + width)}${bold(seconds(Date.now() - started))} total`);

if (failed) {
  console.error(red(`\nFailed at: ${failed.label} (${failed.id}).`));
  process.exit(1);
}
console.log(green(`\nAll ${selected.length} step(s) passed.`));
