// The --groups file: read and analysed exactly as the app's import, so the CLI accepts the same CSV and
// XLSX lists. Every row that is not a community becomes a warning with its line and reason.
import { analyzeImport } from '../../core/pages/import-list';
import type { CommunityRef } from '../../core/pages/page-ref';
import type { Category } from '../../core/types';
import { readImportFile } from '../../data/import/read-file';

export interface ListedPage {
  line: number;
  raw: string;
  ref: CommunityRef;
  category: Category | null;
}

export type PageList = { ok: true; pages: ListedPage[]; warnings: string[] } | { ok: false; error: string };

/** Throws ImportFileError for a file that cannot be read at all (too large, legacy .xls, broken XLSX). */
export async function readPageList(name: string, bytes: Uint8Array): Promise<PageList> {
  const file = await readImportFile({ name, bytes });
  const preview = analyzeImport(file.rows, { lines: file.lines });
  if (preview.error !== null) return { ok: false, error: `${name}: ${preview.error}` };
  const warnings = file.problems.map((p) => `line ${p.line}: ${p.message}`);
  const pages: ListedPage[] = [];
  for (const row of preview.rows) {
    const where = `line ${row.line}${row.raw ? ` (${printable(row.raw)})` : ''}`;
    for (const note of row.warnings) warnings.push(`${where}: ${note}`);
    if (row.kind === 'ok' && row.ref) {
      pages.push({ line: row.line, raw: row.raw, ref: row.ref, category: row.category });
    } else {
      warnings.push(`${where}: skipped, ${row.reason ?? row.kind}`);
    }
  }
  return { ok: true, pages, warnings };
}

/** A cell from someone else's file, safe for a terminal: control characters (escape sequences) go. */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}
