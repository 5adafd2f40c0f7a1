// One measured import for the `import` bench section, run in its own Node process so that its peak
// memory is its own: `tsx scripts/bench/import-case.ts FILE NAME` reads FILE (the list as a user picks
// it) and prints one JSON line: the first (cold) import's time and peak RSS growth, the median of five
// warm imports, the JS heap the result keeps, and the outcome (rows read, pages, or the refusal).
import { readFileSync } from 'node:fs';
import { ImportFileError, previewImportFile } from '../../src/data/import/read-file';

export interface ImportCaseResult {
  firstMs: number;
  medianMs: number;
  /** Peak resident memory above what the process held before the first import (bytes). */
  peakRssGrowth: number;
  /** JS heap the preview keeps after a gc (bytes; null without --expose-gc). */
  heapRetained: number | null;
  rows: number | null;
  ok: number | null;
  refused: string | null;
}

const [file = '', name = ''] = process.argv.slice(2);
if (!file || !name) {
  console.error('usage: tsx scripts/bench/import-case.ts FILE NAME');
  process.exit(2);
}
const bytes = new Uint8Array(readFileSync(file));
// The XLSX reader is a lazy chunk in the app; loaded here first, so tsx's transpiling is not timed.
await import('../../src/data/import/xlsx');
const gc = (globalThis as { gc?: () => void }).gc;

async function once() {
  try {
    return { read: await previewImportFile({ name, bytes }), refused: null };
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    return { read: null, refused: error.message };
  }
}

gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const rssBefore = Math.max(process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
const t0 = performance.now();
const first = await once();
const firstMs = performance.now() - t0;
const peakRssGrowth = Math.max(0, process.resourceUsage().maxRSS * 1024 - rssBefore);
gc?.();
const heapRetained = gc ? process.memoryUsage().heapUsed - heapBefore : null;

const times: number[] = [];
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  await once();
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);

const result: ImportCaseResult = {
  firstMs,
  medianMs: times[2] ?? firstMs,
  peakRssGrowth,
  heapRetained,
  rows: first.read?.rows.length ?? null,
  ok: first.read?.preview.summary.ok ?? null,
  refused: first.refused,
};
process.stdout.write(`${JSON.stringify(result)}\n`);
