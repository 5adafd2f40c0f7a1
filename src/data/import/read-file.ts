// Reads the regional list file the user picked: XLSX through the sparse reader (xlsx.ts, loaded only
// when an XLSX arrives), CSV through the pure core. The result goes to analyzeImport for the preview.
// Nothing here can take more memory than the limits allow (docs/import-format.md, "Limits"): the
// file's size is checked first, an XLSX is unpacked against a budget and read by the cells that exist,
// and reading stops at the first row or column with content beyond the limits.

import {
  decodeText,
  parseCsv,
  type CsvDelimiter,
  type CsvProblem,
  type TextEncodingName,
} from '../../core/pages/csv';
import {
  analyzeImport,
  booleanCellText,
  csvCellName,
  importColumnsError,
  importLinesError,
  importSizeError,
  importUnpackedError,
  importXlsError,
  importXlsxBrokenError,
  MAX_IMPORT_COLUMNS,
  MAX_IMPORT_LINES,
  type ImportPreview,
  xlsxCellName,
} from '../../core/pages/import-list';

export interface ImportFileInput {
  name: string;
  bytes: Uint8Array;
}

export interface ImportFileRows {
  rows: string[][];
  /** 1-based line (CSV) or spreadsheet row (XLSX) of each row. */
  lines: number[];
  format: 'csv' | 'xlsx';
  /** CSV only. */
  encoding: TextEncodingName | null;
  delimiter: CsvDelimiter | null;
  /** Broken quoting and the like, with their lines; the rows are still read. */
  problems: CsvProblem[];
}

/** A file that cannot be read at all; the message is for the UI. */
export class ImportFileError extends Error {
  override name = 'ImportFileError';
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** The legacy binary .xls (OLE compound file). */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

export async function readImportFile(file: ImportFileInput): Promise<ImportFileRows> {
  const tooLarge = importSizeError(file.bytes.length);
  if (tooLarge) throw new ImportFileError(tooLarge);
  // The bytes decide; the extension only matters when they say nothing (a renamed file).
  if (startsWith(file.bytes, ZIP_MAGIC)) return readXlsx(file.bytes);
  if (startsWith(file.bytes, OLE_MAGIC) || /\.xls$/i.test(file.name)) {
    throw new ImportFileError(importXlsError());
  }
  if (/\.xlsx$/i.test(file.name)) return readXlsx(file.bytes);
  const { text, encoding } = decodeText(file.bytes);
  const { rows, lines, delimiter, problems, overLimit } = parseCsv(text, {
    maxRows: MAX_IMPORT_LINES,
    maxColumns: MAX_IMPORT_COLUMNS,
  });
  if (overLimit?.kind === 'rows') throw new ImportFileError(importLinesError(overLimit.line));
  if (overLimit?.kind === 'columns') {
    throw new ImportFileError(importColumnsError(csvCellName(overLimit.line, overLimit.column)));
  }
  return { rows, lines, format: 'csv', encoding, delimiter, problems };
}

/** The file read and every row's outcome, ready for the preview screen. */
export async function previewImportFile(
  file: ImportFileInput,
): Promise<ImportFileRows & { preview: ImportPreview }> {
  const read = await readImportFile(file);
  return { ...read, preview: analyzeImport(read.rows, { lines: read.lines }) };
}

async function readXlsx(bytes: Uint8Array): Promise<ImportFileRows> {
  const { readXlsxSheet, XlsxLimitError } = await import('./xlsx');
  const { ZipBudgetError } = await import('./zip');
  let rows: string[][];
  try {
    // Numbers stay the digits stored in the file: a long id never passes through a float.
    ({ rows } = readXlsxSheet(bytes, { number: cellText, date: cellText }));
  } catch (error) {
    if (error instanceof ZipBudgetError) throw new ImportFileError(importUnpackedError());
    if (error instanceof XlsxLimitError) {
      throw new ImportFileError(
        error.kind === 'rows' ? importLinesError(error.row) : importColumnsError(xlsxCellName(error.address)),
      );
    }
    throw new ImportFileError(importXlsxBrokenError());
  }
  // Rows start at row 1 (leading empty rows kept), so index + 1 is the row number.
  return {
    rows,
    lines: rows.map((_, i) => i + 1),
    format: 'xlsx',
    encoding: null,
    delimiter: null,
    problems: [],
  };
}

/**
 * A cell as text. Dates become DD.MM.YYYY, which the core reports as an id Excel turned into a
 * date; an integer stored in exponent form is written out in full.
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${pad(value.getUTCDate())}.${pad(value.getUTCMonth() + 1)}.${value.getUTCFullYear()}`;
  }
  if (typeof value === 'boolean') return booleanCellText(value);
  const text = String(value).trim();
  if (/^-?\d+(\.\d+)?e\+?\d+$/i.test(text) && Number.isSafeInteger(Number(text))) return String(Number(text));
  return text;
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}
