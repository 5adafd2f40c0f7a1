// CSV as Russian Excel saves it: Windows-1251 or UTF-8 (with or without BOM), `;` or `,` (or tab)
// between cells. The delimiter is detected, never asked; broken quoting is reported and recovered.

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'windows-1251';

/**
 * UTF-8 when the bytes are valid UTF-8 (a BOM says so explicitly), otherwise Windows-1251: every byte
 * sequence is valid there, and it is what Russian Excel writes as "CSV (разделители — запятые)".
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1251').decode(bytes), encoding: 'windows-1251' };
  }
}

export type CsvDelimiter = ';' | ',' | '\t';

export interface CsvProblem {
  /** 1-based line of the file. */
  line: number;
  message: string;
}

export interface CsvResult {
  rows: string[][];
  /** 1-based line where each row starts (a quoted cell may span lines). */
  lines: number[];
  delimiter: CsvDelimiter;
  problems: CsvProblem[];
  /** Present only when a limit stopped the parse: the rows read so far are kept, the rest is not read. */
  overLimit?: CsvOverLimit;
}

const DELIMITERS: readonly CsvDelimiter[] = [';', ',', '\t'];
const SAMPLE_LINES = 10;

/**
 * A number as Russian Excel displays an id it turned into an exponent (`2,19E+08`), standing alone
 * or between `;`/tab delimiters: its comma is a decimal comma, never a delimiter.
 */
const EXCEL_EXPONENT = /(^|[;\t])\s*-?\d+,\d+e[+-]?\d+\s*(?=$|[;\t])/gi;

/** The first `count` non-empty lines, without splitting the whole text (it may be megabytes of them). */
function firstLines(text: string, count: number): string[] {
  const lines: string[] = [];
  const breaks = /\r\n|\r|\n/g;
  let start = 0;
  while (lines.length < count && start <= text.length) {
    const found = breaks.exec(text);
    const end = found ? found.index : text.length;
    const line = text.slice(start, end);
    if (line.trim() !== '') lines.push(line);
    if (!found) break;
    start = breaks.lastIndex;
  }
  return lines;
}

/**
 * The delimiter found on the most of the first lines (outside quotes); ties go to the larger count,
 * then to `;` (Russian Excel's own choice). A file with none is a single column. The comma of an
 * Excel exponent (`2,19E+08`) does not count: a one-column list of mangled ids stays one column.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const lines = firstLines(text, SAMPLE_LINES).map((line) =>
    line.replace(/"[^"]*("|$)/g, '').replace(EXCEL_EXPONENT, '$1'),
  );
  let best: CsvDelimiter = ';';
  let bestScore = [0, 0];
  for (const delimiter of DELIMITERS) {
    const counts = lines.map((line) => line.split(delimiter).length - 1);
    const score = [counts.filter((n) => n > 0).length, counts.reduce((a, b) => a + b, 0)];
    if (
      (score[0] ?? 0) > (bestScore[0] ?? 0) ||
      (score[0] === bestScore[0] && (score[1] ?? 0) > (bestScore[1] ?? 0))
    ) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

export interface CsvLimits {
  /** Rows down to the last non-empty one (empty rows between included); trailing empty rows are free. */
  maxRows: number;
  /** Cells with content per row; empty cells beyond it (Excel's trailing `;;;`) are dropped. */
  maxColumns: number;
}

/** Where parsing stopped: a non-empty row past `maxRows`, or a non-empty cell past `maxColumns`. */
export type CsvOverLimit = { kind: 'rows'; line: number } | { kind: 'columns'; line: number; column: number };

/**
 * RFC 4180 with "" escapes and any line ending; never throws. With `limits`, stops at the first
 * non-empty row or cell beyond them (`overLimit`), so a huge file costs no more than the limits.
 */
export function parseCsv(input: string, limits?: CsvLimits): CsvResult {
  const text = input.replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(text);
  const maxRows = limits?.maxRows ?? Number.POSITIVE_INFINITY;
  const maxColumns = limits?.maxColumns ?? Number.POSITIVE_INFINITY;
  const rows: string[][] = [];
  const lines: number[] = [];
  const problems: CsvProblem[] = [];
  let overLimit: CsvOverLimit | undefined;
  let row: string[] = [];
  let column = 0;
  let line = 1;
  let rowLine = 1;
  let i = 0;
  // Empty rows wait here until a non-empty row follows (trailing ones are dropped); past the row
  // limit they are only counted.
  let pending: Array<{ row: string[]; line: number }> = [];
  let pendingCount = 0;

  // False when the row is past the limit (and parsing stops).
  const endRow = (): boolean => {
    const current = row;
    row = [];
    column = 0;
    if (isEmptyRow(current)) {
      if (rows.length + pendingCount < maxRows) pending.push({ row: current, line: rowLine });
      pendingCount += 1;
      return true;
    }
    if (rows.length + pendingCount + 1 > maxRows) {
      overLimit = { kind: 'rows', line: rowLine };
      return false;
    }
    for (const empty of pending) {
      rows.push(empty.row);
      lines.push(empty.line);
    }
    pending = [];
    pendingCount = 0;
    rows.push(current);
    lines.push(rowLine);
    return true;
  };
  // Consumes a line break at i (CRLF, LF or CR); false when there is none.
  const lineBreak = (): boolean => {
    if (text[i] === '\r') i += text[i + 1] === '\n' ? 2 : 1;
    else if (text[i] === '\n') i += 1;
    else return false;
    line += 1;
    return true;
  };

  while (i <= text.length) {
    let cell = '';
    let afterQuote = false;
    if (text[i] === '"') {
      const quoted = readQuoted(text, i + 1);
      // A quote that closes only lines later, followed by stray text, is a quote left open by
      // mistake: reading it as quoted would swallow the rows in between.
      const swallowed = quoted !== null && quoted.newlines > 0 && !isCellEnd(text, quoted.end, delimiter);
      if (quoted === null || swallowed) {
        problems.push({ line, message: 'Кавычка не закрыта: ячейка прочитана до конца строки как есть' });
      } else {
        cell = quoted.value;
        line += quoted.newlines;
        i = quoted.end;
        afterQuote = true;
      }
    }
    // Unquoted text, text after a closing quote, or a cell whose quote never closes (kept as is).
    const start = i;
    while (i < text.length && text[i] !== delimiter && text[i] !== '\r' && text[i] !== '\n') i += 1;
    if (afterQuote && i > start) {
      problems.push({ line, message: 'Лишние символы после закрывающей кавычки: они добавлены к ячейке' });
    }
    cell += text.slice(start, i);
    column += 1;
    if (column <= maxColumns) row.push(cell);
    else if (cell.trim() !== '') {
      overLimit = { kind: 'columns', line, column };
      break;
    }
    if (text[i] === delimiter) {
      i += 1;
      continue;
    }
    if (!endRow()) break;
    if (!lineBreak()) break;
    rowLine = line;
  }
  return overLimit ? { rows, lines, delimiter, problems, overLimit } : { rows, lines, delimiter, problems };
}

/** A quoted cell from just after its opening quote; null when the quote never closes. */
function readQuoted(text: string, from: number): { value: string; end: number; newlines: number } | null {
  let value = '';
  let i = from;
  while (i < text.length) {
    const close = text.indexOf('"', i);
    if (close === -1) return null;
    value += text.slice(i, close);
    if (text[close + 1] === '"') {
      value += '"';
      i = close + 2;
    } else {
      const newlines = (text.slice(from, close).match(/\r\n|\r|\n/g) ?? []).length;
      return { value, end: close + 1, newlines };
    }
  }
  return null;
}

function isCellEnd(text: string, at: number, delimiter: CsvDelimiter): boolean {
  return at >= text.length || text[at] === delimiter || text[at] === '\r' || text[at] === '\n';
}

export function isEmptyRow(row: readonly string[]): boolean {
  return row.every((cell) => cell.trim() === '');
}
