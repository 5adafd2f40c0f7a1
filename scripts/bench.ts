// `npm run bench`: figures, not pass/fail. Each section is a module under scripts/bench/ (listed in
// scripts/bench/sections.ts); this file only wires the shared context and prints.
//
//   npm run bench                      table
//   npm run bench -- --json            JSON on stdout (progress goes to stderr)
//   npm run bench -- --only=bundle     some sections (ids: see the table headings)
//   npm run bench -- --no-build        measure the existing build/ instead of running vite build
//   npm run bench -- --out-dir=DIR     build into (or, with --no-build, measure) DIR instead of build/
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { buildDir, launchChromium, REPO_ROOT, serveStatic, type StaticServer } from '../test/e2e/serve-built';
import { SECTIONS } from './bench/sections';
import type { BenchContext, BenchSection, Figure, SectionResult } from './bench/types';

const argv = process.argv.slice(2);
const json = argv.includes('--json');
const noBuild = argv.includes('--no-build');
const onlyArg = argv.find((a) => a.startsWith('--only='));
const only = onlyArg ? onlyArg.slice('--only='.length).split(',').filter(Boolean) : null;
const outDirArg = argv.find((a) => a.startsWith('--out-dir='));
const unknown = argv.filter(
  (a) => a !== '--json' && a !== '--no-build' && !a.startsWith('--only=') && !a.startsWith('--out-dir='),
);
if (unknown.length > 0 || (only && only.some((id) => !SECTIONS.some((s) => s.id === id)))) {
  console.error(
    `usage: bench [--json] [--no-build] [--out-dir=DIR] [--only=${SECTIONS.map((s) => s.id).join(',')}]`,
  );
  process.exit(2);
}

const log = (message: string) => process.stderr.write(`${message}\n`);

function runBuild(outDir: string | null): Promise<void> {
  return new Promise((ok, fail) => {
    const vite = join(REPO_ROOT, 'node_modules', '.bin', 'vite');
    const args = outDir ? ['build', '--outDir', outDir, '--emptyOutDir'] : ['build'];
    const child = spawn(vite, args, { cwd: REPO_ROOT, shell: false, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', fail);
    child.on('exit', (code) => {
      if (code === 0) ok();
      else {
        process.stderr.write(output);
        fail(new Error(`vite build exited with ${code}`));
      }
    });
  });
}

function once<T>(make: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | undefined;
  return () => (p ??= make());
}

let server: StaticServer | undefined;
let browser: Browser | undefined;
const outDir = outDirArg ? resolve(outDirArg.slice('--out-dir='.length)) : null;
const dir = outDir ?? buildDir();

const ctx: BenchContext = {
  root: REPO_ROOT,
  buildDir: dir,
  log,
  ensureBuilt: once(async () => {
    if (noBuild) {
      if (!existsSync(join(dir, 'index.html')))
        throw new Error(`--no-build, but ${dir}/index.html is missing`);
      return;
    }
    log('vite build…');
    const t0 = performance.now();
    await runBuild(outDir);
    log(`vite build done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }),
  serveBuilt: once(async () => {
    server = await serveStatic(dir);
    return server.url;
  }),
  browser: once(async () => {
    browser = await launchChromium();
    return browser;
  }),
};

interface Outcome {
  section: BenchSection;
  result: SectionResult | null;
  error: string | null;
  ms: number;
}

const outcomes: Outcome[] = [];
try {
  for (const section of SECTIONS.filter((s) => !only || only.includes(s.id))) {
    log(`▶ ${section.title}`);
    const t0 = performance.now();
    try {
      outcomes.push({ section, result: await section.run(ctx), error: null, ms: performance.now() - t0 });
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      log(`  error: ${error}`);
      outcomes.push({ section, result: null, error, ms: performance.now() - t0 });
    }
  }
} finally {
  await browser?.close().catch(() => undefined);
  await server?.close();
}

function show(f: Figure): string {
  if (f.value === null) return 'n/a';
  switch (f.unit) {
    case 'bytes':
      return `${(f.value / 1000).toFixed(1)} kB`;
    case 'ms':
      return `${Math.round(f.value)} ms`;
    case 's':
      return `${f.value.toFixed(1)} s`;
    case 'count':
      return String(f.value);
    case 'ratio':
      return `${f.value.toFixed(2)}×`;
  }
}

const environment = {
  node: process.version,
  platform: `${process.platform}-${process.arch}`,
  cpus: cpus().length,
  chromium: browser?.version() ?? null,
};

if (json) {
  const report = {
    generatedAt: new Date().toISOString(),
    environment,
    sections: outcomes.map((o) => ({
      id: o.section.id,
      title: o.section.title,
      seconds: Number((o.ms / 1000).toFixed(2)),
      error: o.error,
      figures: o.result?.figures ?? [],
      notes: o.result?.notes ?? [],
    })),
    ...Object.assign({}, ...outcomes.map((o) => o.result?.json ?? {})),
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} else {
  const out: string[] = [];
  out.push(
    `Pulse bench — ${new Date().toISOString()} — Node ${environment.node}, ${environment.cpus} CPUs` +
      (environment.chromium ? `, Chromium ${environment.chromium}` : ''),
  );
  outcomes.forEach((o, i) => {
    out.push('', `(${String.fromCharCode(97 + i)}) ${o.section.title}  [${o.section.id}]`);
    if (o.error) {
      out.push(`  ERROR: ${o.error}`);
      return;
    }
    const figures = o.result?.figures ?? [];
    const lw = Math.max(0, ...figures.map((f) => f.label.length));
    const vw = Math.max(0, ...figures.map((f) => show(f).length));
    for (const f of figures) {
      const extra = [f.status, f.note].filter(Boolean).join('  ');
      out.push(`  ${f.label.padEnd(lw)}  ${show(f).padStart(vw)}${extra ? `  ${extra}` : ''}`);
    }
    for (const n of o.result?.notes ?? []) out.push(`  · ${n}`);
  });
  process.stdout.write(`${out.join('\n')}\n`);
}

process.exitCode = outcomes.some((o) => o.error) ? 1 : 0;
