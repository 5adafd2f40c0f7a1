// The first sheet of an .xlsx, read by the cells that exist. Only the parts needed are inflated (the
// workbook, its relationships, shared strings, styles and the sheet), against one budget of unpacked
// bytes; the sheet's cells are kept sparse while reading, and a cell with content beyond the limits
// stops the read at once. The declared <dimension> is never looked at, so a file that claims (or has
// one cell at) XFD1048576 costs nothing more than its real content.
import {
  booleanCellText,
  MAX_IMPORT_COLUMNS,
  MAX_IMPORT_LINES,
  MAX_IMPORT_UNPACKED_BYTES,
} from '../../core/pages/import-list';
import { listZip, unpackBudget, unzipEntry, type ZipEntry } from './zip';
import { scanXml, type XmlHandler } from './xml';

export interface XlsxLimits {
  /** Rows down to the last cell with content. */
  maxRows: number;
  /** Columns, up to the last cell with content. */
  maxColumns: number;
  /** Unpacked bytes of the parts read, together. */
  maxUnpackedBytes: number;
}

export const XLSX_LIMITS: XlsxLimits = {
  maxRows: MAX_IMPORT_LINES,
  maxColumns: MAX_IMPORT_COLUMNS,
  maxUnpackedBytes: MAX_IMPORT_UNPACKED_BYTES,
};

/** A cell with content beyond the limits: its address (e.g. XFD1048576), row and column. */
export class XlsxLimitError extends Error {
  override name = 'XlsxLimitError';
  constructor(
    readonly kind: 'rows' | 'columns',
    readonly row: number,
    readonly column: number,
  ) {
    super(`a cell with content at ${cellAddress(row, column)} is beyond the ${kind} limit`);
  }
  get address(): string {
    return cellAddress(this.row, this.column);
  }
}

/** The sheet is not what an .xlsx holds (no workbook, no sheet, broken XML). */
export class XlsxFormatError extends Error {
  override name = 'XlsxFormatError';
}

export interface XlsxSheet {
  /** Rows 1 … the last row with content, each as wide as the widest (cells as text, '' when empty). */
  rows: string[][];
}

/**
 * Cell values as text: shared and inline strings, formula results as stored, booleans as ИСТИНА/ЛОЖЬ,
 * numbers as the digits stored (through `number`), dates (a date format, or a `d` cell) through `date`.
 */
export interface CellText {
  number(digits: string): string;
  date(value: Date): string;
}

/** Reads the first sheet; throws ZipFormatError, ZipBudgetError, XlsxFormatError or XlsxLimitError. */
export function readXlsxSheet(
  bytes: Uint8Array,
  text: CellText,
  limits: XlsxLimits = XLSX_LIMITS,
): XlsxSheet {
  const entries = listZip(bytes);
  const budget = unpackBudget(limits.maxUnpackedBytes);
  const part = (path: string): string | null => {
    const entry = findEntry(entries, path);
    return entry ? new TextDecoder('utf-8').decode(unzipEntry(bytes, entry, budget)) : null;
  };

  const workbookPath = officeDocumentPath(part('_rels/.rels')) ?? 'xl/workbook.xml';
  const workbookXml = part(workbookPath);
  if (workbookXml === null) throw new XlsxFormatError('no workbook');
  const workbook = parseWorkbook(workbookXml);
  const relations = parseRelationships(part(relationshipsPathOf(workbookPath)));
  const dir = workbookPath.includes('/') ? workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1) : '';
  const target = (relation: { target: string } | undefined, fallback: string) =>
    relation ? resolvePath(dir, relation.target) : fallback;

  const sheetRelation = workbook.firstSheetRelation
    ? relations.find((r) => r.id === workbook.firstSheetRelation)
    : undefined;
  const sheetPath = target(sheetRelation, `${dir}worksheets/sheet1.xml`);
  const shared = parseSharedStrings(
    part(
      target(
        relations.find((r) => r.type.endsWith('/sharedStrings')),
        `${dir}sharedStrings.xml`,
      ),
    ),
  );
  const dateStyles = parseDateStyles(
    part(
      target(
        relations.find((r) => r.type.endsWith('/styles')),
        `${dir}styles.xml`,
      ),
    ),
  );
  const sheetXml = part(sheetPath);
  if (sheetXml === null) throw new XlsxFormatError('no first sheet');
  return readSheet(sheetXml, { shared, dateStyles, date1904: workbook.date1904, text, limits });
}

interface SheetContext {
  shared: readonly string[];
  dateStyles: ReadonlySet<number>;
  date1904: boolean;
  text: CellText;
  limits: XlsxLimits;
}

interface CellState {
  row: number;
  column: number;
  type: string;
  style: number;
  value: string | null;
  inline: string | null;
}

function readSheet(xml: string, ctx: SheetContext): XlsxSheet {
  // Row number → column number → text; only cells with content are kept.
  const cells = new Map<number, Map<number, string>>();
  let lastRow = 0;
  let width = 0;
  let inData = false;
  let rowNumber = 0;
  let column = 0;
  let cell: CellState | null = null;
  let capture: 'v' | 't' | null = null;
  let inInline = false;
  let phonetic = 0;

  const handler: XmlHandler = {
    open(name, attributes) {
      if (name === 'sheetData') inData = true;
      if (!inData) return;
      if (name === 'row') {
        const r = Number(attributes['r']);
        rowNumber = Number.isSafeInteger(r) && r > 0 ? r : rowNumber + 1;
        column = 0;
      } else if (name === 'c') {
        const at = parseAddress(attributes['r']);
        if (at) {
          rowNumber = at.row;
          column = at.column;
        } else {
          if (rowNumber === 0) rowNumber = 1;
          column += 1;
        }
        const style = Number(attributes['s'] ?? 0);
        cell = {
          row: rowNumber,
          column,
          type: attributes['t'] ?? 'n',
          style: Number.isSafeInteger(style) ? style : 0,
          value: null,
          inline: null,
        };
      } else if (cell && name === 'v') {
        cell.value = '';
        capture = 'v';
      } else if (cell && name === 'is') {
        inInline = true;
        cell.inline = '';
      } else if (inInline && name === 'rPh') {
        phonetic += 1;
      } else if (inInline && name === 't' && phonetic === 0) {
        capture = 't';
      }
    },
    close(name) {
      if (name === 'sheetData') inData = false;
      if (!inData) return;
      if (name === 'v' || name === 't') capture = null;
      else if (name === 'rPh') phonetic = Math.max(0, phonetic - 1);
      else if (name === 'is') inInline = false;
      else if (name === 'c' && cell) {
        const value = cellValue(cell, ctx).trim();
        if (value !== '') {
          if (cell.row > ctx.limits.maxRows) throw new XlsxLimitError('rows', cell.row, cell.column);
          if (cell.column > ctx.limits.maxColumns) throw new XlsxLimitError('columns', cell.row, cell.column);
          let row = cells.get(cell.row);
          if (!row) cells.set(cell.row, (row = new Map()));
          row.set(cell.column, value);
          if (cell.row > lastRow) lastRow = cell.row;
          if (cell.column > width) width = cell.column;
        }
        cell = null;
      }
    },
    text(text) {
      if (!cell || capture === null) return;
      if (capture === 'v') cell.value += text;
      else cell.inline += text;
    },
  };
  scanXml(xml, handler);

  // Dense only within the limits: at most maxRows × maxColumns, and usually the list's own size.
  const rows: string[][] = [];
  for (let r = 1; r <= lastRow; r++) {
    const found = cells.get(r);
    const row = new Array<string>(width).fill('');
    if (found) for (const [c, value] of found) row[c - 1] = value;
    rows.push(row);
  }
  return { rows };
}

function cellValue(cell: CellState, ctx: SheetContext): string {
  const v = cell.value;
  switch (cell.type) {
    case 's': {
      const index = Number(v);
      return v !== null && Number.isSafeInteger(index) ? (ctx.shared[index] ?? '') : '';
    }
    case 'inlineStr':
      return unescapeXlsx(cell.inline ?? v ?? '');
    case 'str':
      return unescapeXlsx(v ?? '');
    case 'b':
      return v === null || v.trim() === '' ? '' : booleanCellText(v.trim() === '1');
    case 'e':
      return '';
    case 'd': {
      if (v === null) return '';
      const date = new Date(v.trim());
      return Number.isNaN(date.getTime()) ? v : ctx.text.date(date);
    }
    default: {
      if (v === null || v.trim() === '') return '';
      const digits = v.trim();
      if (ctx.dateStyles.has(cell.style)) {
        const date = serialDate(Number(digits), ctx.date1904);
        if (date) return ctx.text.date(date);
      }
      return ctx.text.number(digits);
    }
  }
}

/** An Excel serial day (1900 or 1904 system) as a UTC date; null when not a plausible date. */
function serialDate(serial: number, date1904: boolean): Date | null {
  if (!Number.isFinite(serial) || serial < 0 || serial > 2_958_465) return null;
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return new Date(epoch + Math.round(serial * 86_400_000));
}

/** `_x000D_`-style escapes of the OOXML strings (`_x005F_` escapes the underscore itself). */
function unescapeXlsx(text: string): string {
  return text.replace(/_x([0-9a-f]{4})_/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function parseSharedStrings(xml: string | null): string[] {
  if (xml === null) return [];
  const strings: string[] = [];
  let current: string | null = null;
  let inText = false;
  let phonetic = 0;
  scanXml(xml, {
    open(name) {
      if (name === 'si') current = '';
      else if (name === 'rPh') phonetic += 1;
      else if (name === 't' && current !== null && phonetic === 0) inText = true;
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic = Math.max(0, phonetic - 1);
      else if (name === 'si' && current !== null) {
        strings.push(unescapeXlsx(current));
        current = null;
      }
    },
    text(text) {
      if (inText && current !== null) current += text;
    },
  });
  return strings;
}

/** Built-in number formats that show a date or a time. */
const DATE_FORMAT_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

/** Indexes of the cell styles (cellXfs) whose number format is a date. */
function parseDateStyles(xml: string | null): Set<number> {
  const dates = new Set<number>();
  if (xml === null) return dates;
  const custom = new Map<number, string>();
  const styles: number[] = [];
  let inCellXfs = false;
  scanXml(xml, {
    open(name, attributes) {
      if (name === 'numFmt') custom.set(Number(attributes['numFmtId']), attributes['formatCode'] ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) styles.push(Number(attributes['numFmtId'] ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
    text() {},
  });
  styles.forEach((formatId, index) => {
    const code = custom.get(formatId);
    if (code !== undefined ? isDateFormatCode(code) : DATE_FORMAT_IDS.has(formatId)) dates.add(index);
  });
  return dates;
}

/** A custom format shows a date when, outside quotes, escapes and [colour/locale] blocks, it has d/m/y/h/s. */
export function isDateFormatCode(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '')
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, '');
  return /[dmyhs]/i.test(bare);
}

function parseWorkbook(xml: string): { firstSheetRelation: string | null; date1904: boolean } {
  let firstSheetRelation: string | null = null;
  let date1904 = false;
  scanXml(xml, {
    open(name, attributes) {
      if (name === 'workbookPr') date1904 = ['1', 'true'].includes(attributes['date1904'] ?? '');
      if (name === 'sheet' && firstSheetRelation === null) {
        const key = Object.keys(attributes).find((k) => k === 'id' || k.endsWith(':id'));
        firstSheetRelation = key ? (attributes[key] ?? null) : null;
      }
    },
    close() {},
    text() {},
  });
  return { firstSheetRelation, date1904 };
}

interface Relationship {
  id: string;
  type: string;
  target: string;
}

function parseRelationships(xml: string | null): Relationship[] {
  const found: Relationship[] = [];
  if (xml === null) return found;
  scanXml(xml, {
    open(name, attributes) {
      if (name !== 'Relationship' || attributes['TargetMode'] === 'External') return;
      found.push({
        id: attributes['Id'] ?? '',
        type: attributes['Type'] ?? '',
        target: attributes['Target'] ?? '',
      });
    },
    close() {},
    text() {},
  });
  return found;
}

function officeDocumentPath(xml: string | null): string | null {
  const relation = parseRelationships(xml).find((r) => r.type.endsWith('/officeDocument'));
  return relation ? resolvePath('', relation.target) : null;
}

/** xl/workbook.xml → xl/_rels/workbook.xml.rels */
function relationshipsPathOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return `${path.slice(0, slash + 1)}_rels/${path.slice(slash + 1)}.rels`;
}

/** A relationship target against its part's folder: "/xl/a.xml" is absolute, "../a.xml" goes up. */
function resolvePath(dir: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : dir + target).split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return out.join('/');
}

function findEntry(entries: ReadonlyMap<string, ZipEntry>, path: string): ZipEntry | undefined {
  const exact = entries.get(path);
  if (exact) return exact;
  const lower = path.toLowerCase();
  for (const [name, entry] of entries) if (name.toLowerCase() === lower) return entry;
  return undefined;
}

/** A1-style address → 1-based row and column; null when absent or malformed. */
function parseAddress(ref: string | undefined): { row: number; column: number } | null {
  const match = ref ? /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i.exec(ref) : null;
  if (!match) return null;
  let column = 0;
  for (const letter of (match[1] as string).toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  const row = Number(match[2]);
  return row > 0 ? { row, column } : null;
}

/** 1-based row and column → A1-style address (16384, 1048576 → XFD1048576). */
export function cellAddress(row: number, column: number): string {
  let letters = '';
  for (let c = column; c > 0; c = Math.floor((c - 1) / 26))
    letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  return `${letters}${row}`;
}
