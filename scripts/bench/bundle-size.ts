// (a) What a first visit downloads: the JS and CSS that build/index.html references (entry script,
// stylesheets, modulepreload links, and anything those entry chunks import statically), gzipped,
// against the initial-load budget; then every lazy chunk.
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchSection, Figure } from './types';

/** Initial JS + CSS, gzip, in bytes (1 kB = 1000 bytes, as vite's build report counts them). */
export const INITIAL_BUDGET_GZIP = 200_000;

export interface Asset {
  /** Path relative to the build folder, with forward slashes. */
  path: string;
  kind: 'js' | 'css';
  raw: number;
  gzip: number;
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) {
    out[m[1]!.toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
  }
  return out;
}

/**
 * What index.html's boot script loads for every launch (vite.config.ts writes its lists): the entry's
 * script and stylesheets. The per-screen lists (the demo's, the scorecard's) are not counted here.
 */
function bootFiles(html: string): string[] {
  const lists = /var files = (\{[^;]*\});/.exec(html)?.[1];
  if (!lists) return [];
  const { entry, css } = JSON.parse(lists) as { entry?: string; css?: string[] };
  return [...(entry ? [entry] : []), ...(css ?? [])];
}

/** Local files (relative to the build folder) that index.html loads up front. */
export function entriesFromHtml(html: string): string[] {
  const found: string[] = bootFiles(html).map((ref) => ref.replace(/^\.?\//, ''));
  for (const m of html.matchAll(/<(script|link)\b([^>]*)>/gi)) {
    const a = attributes(m[2]!);
    let ref: string | undefined;
    if (m[1]!.toLowerCase() === 'script' && a.src) ref = a.src;
    const rel = (a.rel ?? '').toLowerCase().split(/\s+/);
    if (m[1]!.toLowerCase() === 'link' && (rel.includes('stylesheet') || rel.includes('modulepreload'))) {
      ref = a.href;
    }
    if (!ref || /^([a-z]+:)?\/\//i.test(ref) || ref.startsWith('data:')) continue;
    const clean = ref.split(/[?#]/)[0]!.replace(/^\.?\//, '');
    if (/\.(m?js|css)$/.test(clean)) found.push(clean);
  }
  return found;
}

/** Relative specifiers a built chunk imports statically (`from"./x.js"`, `import"./x.js"`); not import(). */
export function staticImports(code: string): string[] {
  const out = new Set<string>();
  for (const m of code.matchAll(/\bfrom\s*["'](\.{1,2}\/[^"']+?\.(?:m?js|css))["']/g)) out.add(m[1]!);
  for (const m of code.matchAll(/\bimport\s*["'](\.{1,2}\/[^"']+?\.(?:m?js|css))["']/g)) out.add(m[1]!);
  return [...out];
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}

function measure(buildDir: string, rel: string): Asset {
  const bytes = readFileSync(join(buildDir, rel));
  return {
    path: rel,
    kind: extname(rel) === '.css' ? 'css' : 'js',
    raw: bytes.length,
    gzip: gzipSync(bytes).length,
  };
}

export function analyseBuild(buildDir: string): { initial: Asset[]; lazy: Asset[]; other: Asset[] } {
  const html = readFileSync(join(buildDir, 'index.html'), 'utf8');
  const toRel = (abs: string) => relative(buildDir, abs).split(sep).join('/');

  // The entries, then everything they import statically (the browser needs it before the app runs).
  const initial = new Set<string>();
  const queue = entriesFromHtml(html);
  while (queue.length > 0) {
    const rel = queue.shift()!;
    if (initial.has(rel)) continue;
    initial.add(rel);
    if (!rel.endsWith('.js') && !rel.endsWith('.mjs')) continue;
    const abs = join(buildDir, rel);
    for (const spec of staticImports(readFileSync(abs, 'utf8'))) {
      const target = normalize(resolve(abs, '..', spec));
      if (target.startsWith(buildDir + sep)) queue.push(toRel(target));
    }
  }

  const files = walk(buildDir).map(toRel).sort();
  const code = files.filter((f) => /\.(m?js|css)$/.test(f));
  return {
    initial: [...initial].filter((f) => files.includes(f)).map((f) => measure(buildDir, f)),
    lazy: code.filter((f) => !initial.has(f)).map((f) => measure(buildDir, f)),
    other: files
      .filter((f) => !/\.(m?js|css)$/.test(f) && f !== 'index.html')
      .map((f) => measure(buildDir, f)),
  };
}

const sum = (assets: Asset[], key: 'raw' | 'gzip') => assets.reduce((n, a) => n + a[key], 0);
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

export const bundleSize: BenchSection = {
  id: 'bundle',
  title: 'Bundle size (gzip) after vite build',
  async run(ctx) {
    await ctx.ensureBuilt();
    const { initial, lazy, other } = analyseBuild(ctx.buildDir);

    const figures: Figure[] = [];
    for (const a of initial) {
      figures.push({
        key: `initial.file.${a.path}`,
        label: `initial ${a.kind.toUpperCase()}  ${a.path}`,
        value: a.gzip,
        unit: 'bytes',
        note: `raw ${kb(a.raw)}`,
      });
    }
    const js = initial.filter((a) => a.kind === 'js');
    const css = initial.filter((a) => a.kind === 'css');
    figures.push(
      { key: 'initial.js.gzip', label: 'initial JS total', value: sum(js, 'gzip'), unit: 'bytes' },
      { key: 'initial.css.gzip', label: 'initial CSS total', value: sum(css, 'gzip'), unit: 'bytes' },
    );
    const total = sum(initial, 'gzip');
    figures.push({
      key: 'initial.total.gzip',
      label: `initial JS + CSS vs budget ${kb(INITIAL_BUDGET_GZIP)}`,
      value: total,
      unit: 'bytes',
      status: total <= INITIAL_BUDGET_GZIP ? 'OK' : 'OVER',
      note: `${((total / INITIAL_BUDGET_GZIP) * 100).toFixed(0)}% of budget`,
    });
    for (const a of lazy) {
      figures.push({
        key: `lazy.file.${a.path}`,
        label: `lazy ${a.kind.toUpperCase()}  ${a.path}`,
        value: a.gzip,
        unit: 'bytes',
        note: `raw ${kb(a.raw)}`,
      });
    }
    figures.push({
      key: 'lazy.total.gzip',
      label: `lazy chunks total (${lazy.length})`,
      value: sum(lazy, 'gzip'),
      unit: 'bytes',
    });
    if (other.length > 0) {
      figures.push({
        key: 'other.total.raw',
        label: `other files (${other.length}: images, fonts…), raw`,
        value: sum(other, 'raw'),
        unit: 'bytes',
      });
    }
    return {
      figures,
      notes: [
        "gzip = Node zlib at its default level (6); 1 kB = 1000 bytes. Vite's own build report may differ by ~1%.",
        'initial = what index.html loads up front (its script, stylesheet and modulepreload tags, and the entry and stylesheets its boot script adds) and their static imports.',
      ],
    };
  },
};
