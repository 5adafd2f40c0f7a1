// The shape every bench section shares. A section is one module under scripts/bench/ that exports a
// BenchSection; scripts/bench/sections.ts lists them in print order.
import type { Browser } from 'playwright-core';

export interface Figure {
  /** Stable machine key, e.g. "initial.total.gzip" (the JSON consumers' handle). */
  key: string;
  label: string;
  /** null = not available ("n/a"). */
  value: number | null;
  unit: 'bytes' | 'ms' | 's' | 'count' | 'ratio';
  /** A figure against a limit: OK or OVER. */
  status?: 'OK' | 'OVER';
  note?: string;
}

export interface SectionResult {
  figures: Figure[];
  notes?: string[];
  /** Structured keys a section adds at the top level of the `--json` report (e.g. `supervisor`). */
  json?: Record<string, unknown>;
}

export interface BenchContext {
  root: string;
  /** vk-hosting-config.json → static_path, absolute (or --out-dir=DIR). */
  buildDir: string;
  /** Progress messages: to stderr, so `--json` keeps stdout clean. */
  log(message: string): void;
  /** Runs `vite build` once per bench run (or, with --no-build, checks a build exists). */
  ensureBuilt(): Promise<void>;
  /** Origin of a static server over the build (started once). */
  serveBuilt(): Promise<string>;
  /** One headless Debian Chromium for the whole bench run. */
  browser(): Promise<Browser>;
}

export interface BenchSection {
  /** Short id for --only=…, e.g. "bundle". */
  id: string;
  title: string;
  run(ctx: BenchContext): Promise<SectionResult>;
}
