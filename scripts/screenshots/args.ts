// The pure part of `npm run screenshots` (scripts/screenshots.ts): its flags, the outside-the-repo
// check for the output folder, and the demo URL each shot opens. No I/O here, so it is unit-tested.
import { isAbsolute, relative, resolve } from 'node:path';

export const SIZES = ['phone', 'desktop'] as const;
export const THEMES = ['light', 'dark'] as const;
export type SizeName = (typeof SIZES)[number];
export type ThemeName = (typeof THEMES)[number];

export const DEFAULT_OUT = '/tmp/pulse-shots';
/** The demo clock on every URL, so the shots do not change from day to day. */
export const DEMO_NOW = '2026-12-06T12:00:00%2B03:00';

export interface ShotArgs {
  /** null: build the app into a temporary folder first. */
  dist: string | null;
  out: string;
  /** Screen names, or null for all. */
  only: string[] | null;
  sizes: SizeName[];
  themes: ThemeName[];
  jobs: number;
}

export type ParsedArgs = { ok: true; args: ShotArgs } | { ok: false; error: string };

export const USAGE =
  'usage: npm run screenshots -- [--out DIR] [--no-build --dist DIR] [--only name1,name2]\n' +
  '                               [--sizes phone,desktop] [--themes light,dark] [--jobs N]';

function list<T extends string>(raw: string, allowed: readonly T[], flag: string): T[] | string {
  const items = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = items.filter((s) => !(allowed as readonly string[]).includes(s));
  if (items.length === 0 || bad.length > 0) return `${flag}: expected ${allowed.join('|')}, got "${raw}"`;
  return [...new Set(items)] as T[];
}

/** `--flag value` and `--flag=value` both work. */
export function parseShotArgs(argv: readonly string[]): ParsedArgs {
  const args: ShotArgs = {
    dist: null,
    out: DEFAULT_OUT,
    only: null,
    sizes: [...SIZES],
    themes: [...THEMES],
    jobs: 2,
  };
  let noBuild = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--no-build') {
      noBuild = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    if (!['--out', '--dist', '--only', '--sizes', '--themes', '--jobs'].includes(flag)) {
      return { ok: false, error: `unknown argument "${arg}"` };
    }
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '' || (eq < 0 && value.startsWith('--'))) {
      return { ok: false, error: `${flag} needs a value` };
    }
    if (flag === '--out') args.out = value;
    else if (flag === '--dist') args.dist = value;
    else if (flag === '--only') args.only = value.split(',').filter(Boolean);
    else if (flag === '--jobs') {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1 || n > 16)
        return { ok: false, error: `--jobs: 1…16, got "${value}"` };
      args.jobs = n;
    } else {
      const parsed = flag === '--sizes' ? list(value, SIZES, flag) : list(value, THEMES, flag);
      if (typeof parsed === 'string') return { ok: false, error: parsed };
      if (flag === '--sizes') args.sizes = parsed as SizeName[];
      else args.themes = parsed as ThemeName[];
    }
  }
  if (noBuild && args.dist === null) {
    return { ok: false, error: '--no-build needs --dist DIR (a built app: the folder with index.html)' };
  }
  if (args.dist !== null && !noBuild) {
    return { ok: false, error: '--dist DIR goes with --no-build (without it the app is built afresh)' };
  }
  return { ok: true, args };
}

/** True when `path` is `root` or anything below it (both made absolute against `cwd`). */
export function isInside(path: string, root: string, cwd = process.cwd()): boolean {
  const rel = relative(resolve(cwd, root), resolve(cwd, path));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * The screen's URL ("/?demo=1&role=admin#/children") with the demo clock and the theme added to its
 * query, before the hash: "/?demo=1&role=admin&now=…&theme=dark#/children".
 */
export function shotUrl(url: string, theme: ThemeName, now = DEMO_NOW): string {
  const hashAt = url.indexOf('#');
  const base = hashAt < 0 ? url : url.slice(0, hashAt);
  const hash = hashAt < 0 ? '' : url.slice(hashAt);
  const queryAt = base.indexOf('?');
  const query = new URLSearchParams(queryAt < 0 ? '' : base.slice(queryAt + 1));
  const extra = [
    ...(query.has('now') ? [] : [`now=${now}`]),
    ...(query.has('theme') ? [] : [`theme=${theme}`]),
  ];
  if (extra.length === 0) return url;
  const path = queryAt < 0 ? base || '/' : base;
  const join = queryAt < 0 ? '?' : base.endsWith('?') || base.endsWith('&') ? '' : '&';
  return `${path}${join}${extra.join('&')}${hash}`;
}

/** `<screen>-<phone|desktop>-<light|dark>`; the files are that plus `.png` and `-full.png`. */
export function shotName(screen: string, size: SizeName, theme: ThemeName): string {
  return `${screen}-${size}-${theme}`;
}
