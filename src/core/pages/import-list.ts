// The regional list of subordinate pages, as regional centres send it: a column of links or ids and
// optional name and category columns, with or without a header. Every row gets an outcome with its
// line number; nothing is dropped silently, and nothing is saved until the user confirms.

import { plural } from '../plural';
import type { Category } from '../types';
import { isEmptyRow } from './csv';
import { parsePageRef, type CommunityRef } from './page-ref';

/** Files above this size are refused before reading (a region's ~1,700 rows take ~200 KB). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/**
 * Rows with content below the header, at most. VK allows about 5,000 wall.get calls a day per token
 * and every page costs at least one each refresh, so a longer list could never be refreshed.
 */
export const MAX_IMPORT_ROWS = 5_000;

/**
 * How far down a file's content may reach (rows down to the last non-empty one, empty rows between
 * included): what a reader keeps in memory. Room for a title block and blank lines between 5,000 rows.
 */
export const MAX_IMPORT_LINES = 10_000;

/** Columns read: content further right (column CW on) refuses the file rather than being dropped. */
export const MAX_IMPORT_COLUMNS = 100;

/** An XLSX's parts that are read (sheet, shared strings, styles, workbook) may unpack to this much. */
export const MAX_IMPORT_UNPACKED_BYTES = 20 * 1024 * 1024;

const ROWS_ADVICE =
  'ВКонтакте позволяет приложению читать записи примерно 5\u00a0000 раз в сутки, поэтому более длинный ' +
  'список не получится обновлять. Разделите его на части не больше 5\u00a0000 страниц.';

/** A pasted text naming more than MAX_IMPORT_ROWS pages. */
export function pastedTooManyError(pages: number): string {
  return `Во вставленном тексте ${groupDigits(pages)} ${plural(pages, ['ссылка', 'ссылки', 'ссылок'])}, а в списке может быть не больше ${groupDigits(MAX_IMPORT_ROWS)} страниц. ${ROWS_ADVICE}`;
}

/** The error shown for a file that is too large, or null when the size is fine. */
export function importSizeError(bytes: number): string | null {
  if (bytes <= MAX_IMPORT_BYTES) return null;
  const mb = (bytes / 1024 / 1024).toFixed(1).replace('.', ',');
  return `Файл слишком большой: ${mb} МБ при пределе 5 МБ. Оставьте в нём только список страниц или разделите его на части.`;
}

/** A list with more than MAX_IMPORT_ROWS rows with content. */
export function importRowsError(rows: number): string {
  const words = plural(rows, ['строка', 'строки', 'строк']);
  return `В списке ${groupDigits(rows)} ${words} с данными, а можно не больше ${groupDigits(MAX_IMPORT_ROWS)}. ${ROWS_ADVICE}`;
}

/** A file whose content reaches beyond MAX_IMPORT_LINES (reading stopped at `line`). */
export function importLinesError(line: number): string {
  return (
    `В файле больше ${groupDigits(MAX_IMPORT_LINES)} строк (данные есть и в строке ${groupDigits(line)}), ` +
    `а в списке может быть не больше ${groupDigits(MAX_IMPORT_ROWS)} страниц. ${ROWS_ADVICE} ` +
    'Если ниже списка есть лишние данные, удалите их.'
  );
}

/** Content in a column beyond MAX_IMPORT_COLUMNS; `cell` names it (e.g. «XFD1048576» or «строка 3, столбец 250»). */
export function importColumnsError(cell: string): string {
  return (
    `В файле есть данные далеко справа от списка (${cell}): читаются только первые ${MAX_IMPORT_COLUMNS} столбцов. ` +
    'Удалите лишние данные или скопируйте список на новый лист и сохраните файл снова.'
  );
}

/** An XLSX whose parts unpack to more than MAX_IMPORT_UNPACKED_BYTES. */
export function importUnpackedError(): string {
  const mb = MAX_IMPORT_UNPACKED_BYTES / 1024 / 1024;
  return (
    `Файл Excel после распаковки больше ${mb} МБ — для списка страниц это слишком много. ` +
    'Скопируйте список на новый лист без лишних данных или сохраните его как CSV.'
  );
}

/** The legacy binary .xls, which the app does not read. */
export function importXlsError(): string {
  return 'Файл в старом формате Excel (.xls). Сохраните его как .xlsx или CSV и загрузите снова.';
}

/** A file that looked like XLSX but could not be read. */
export function importXlsxBrokenError(): string {
  return 'Не удалось прочитать файл Excel: он повреждён или это не .xlsx. Сохраните его заново.';
}

/** Where a CSV's content beyond the columns is, for importColumnsError. */
export function csvCellName(line: number, column: number): string {
  return `строка ${line}, столбец ${column}`;
}

/** Where an XLSX's content beyond the columns is (its address, «XFD1048576»), for importColumnsError. */
export function xlsxCellName(address: string): string {
  return `ячейка ${address}`;
}

/** A boolean cell as Excel shows it in Russian. */
export function booleanCellText(value: boolean): string {
  return value ? 'ИСТИНА' : 'ЛОЖЬ';
}

/** 5000 → «5 000» (a non-breaking space between thousands, as Russian texts write numbers). */
function groupDigits(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
}

export type ImportOutcomeKind =
  'ok' | 'duplicate' | 'empty' | 'user-link' | 'external-link' | 'invalid' | 'excel-mangled';

export interface ImportRow {
  /** 1-based line of the file (the spreadsheet's row number for XLSX). */
  line: number;
  kind: ImportOutcomeKind;
  /** The reference cell as found (trimmed). */
  raw: string;
  /** The community, for `ok` and `duplicate`. */
  ref: CommunityRef | null;
  name: string | null;
  category: Category | null;
  /** Why the row is skipped (Russian, for the UI); null for `ok`. */
  reason: string | null;
  /** Notes on an imported row (e.g. an unknown category). */
  warnings: string[];
  /** For `duplicate`: the line of the first occurrence. */
  duplicateOf: number | null;
}

export type ColumnRole = 'ref' | 'name' | 'category';

export interface ImportColumns {
  /** Column indexes (0-based); ref is null when no column holds page references. */
  ref: number | null;
  name: number | null;
  category: number | null;
  /** Whether the columns were found by the header's names or by the cells' content. */
  detectedBy: 'header' | 'content';
}

export interface ImportPreview {
  /** The header row, when one was recognised (not among `rows`). */
  header: { line: number; cells: string[] } | null;
  columns: ImportColumns;
  /** One outcome per data row, in file order. */
  rows: ImportRow[];
  summary: { total: number; ok: number; skipped: number; warnings: number } & Record<
    ImportOutcomeKind,
    number
  >;
  /** A problem with the whole file (e.g. no column of links), or null. */
  error: string | null;
}

export interface AnalyzeImportOptions {
  /** 1-based line of each row (from parseCsv); default: index + 1. */
  lines?: readonly number[];
}

/** How far down a title block may push the header row. */
const HEADER_SEARCH_ROWS = 10;

/** Header names, compared after normalizeHeader; checked in this order (category before name). */
const HEADER_PATTERNS: ReadonlyArray<[ColumnRole, RegExp]> = [
  ['category', /^категори|^(тип|category|type)$|^тип (паблика|страницы|сообщества|группы)/],
  [
    'ref',
    /ссылк|url|link|^id\b|идентификатор|screen.?name|короткое имя|адрес (страниц|сообществ|групп|паблик|в вк|вк)|^(страница|группа|сообщество|паблик) (в )?(вк|vk)/,
  ],
  ['name', /^(наименование|название|учреждение|организация|name|title|полное наименование)/],
];

export function normalizeText(text: string): string {
  return text.trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');
}

function headerRole(cell: string): ColumnRole | null {
  // A link or an id is data, even when it contains a header word (vk.com/linkoln).
  if (/[/@\d]/.test(cell)) return null;
  const text = normalizeText(cell).replace(/[:*]+$/, '');
  for (const [role, pattern] of HEADER_PATTERNS) if (pattern.test(text)) return role;
  return null;
}

/** флагманский → flagship, активный → active, визитка → card; null for anything else. */
export function parseCategory(text: string): Category | null {
  const word = normalizeText(text).replace(/[^a-zа-я ]/g, '');
  if (/^флагман|^flagship/.test(word)) return 'flagship';
  if (/^актив|^active/.test(word)) return 'active';
  if (/^визит|^business card|^card/.test(word)) return 'card';
  return null;
}

/** Why a cell looks like an id Excel turned into a date or an exponent; null when it does not. */
export function excelMangling(cell: string): string | null {
  const text = cell.trim();
  const fix = 'Задайте столбцу формат «Текстовый» и вставьте ссылки или номера заново.';
  if (/^\d{1,2}[./]\d{1,2}[./]\d{2,4}$/.test(text) || /^\d{4}-\d{2}-\d{2}([ T][\d:.]+Z?)?$/.test(text)) {
    return `Excel превратил номер в дату (${text}), номер сообщества потерян. ${fix}`;
  }
  if (/^-?\d+(?:[.,]\d+)?e[+-]?\d+$/i.test(text)) {
    return `Excel превратил номер сообщества в «${text}»: последние цифры номера потеряны. ${fix}`;
  }
  return null;
}

export function analyzeImport(rows: readonly string[][], opts: AnalyzeImportOptions = {}): ImportPreview {
  const lineOf = (index: number) => opts.lines?.[index] ?? index + 1;
  const headerIndex = findHeader(rows);
  const dataStart = headerIndex === null ? 0 : headerIndex + 1;
  const data = rows.slice(dataStart);
  const columns = detectColumns(headerIndex === null ? null : (rows[headerIndex] ?? []), data);

  const outcomes: ImportRow[] = [];
  // Rows above a header (a title block) are reported, not imported.
  for (let i = 0; i < dataStart - 1; i += 1) {
    const row = rows[i] ?? [];
    outcomes.push(
      isEmptyRow(row)
        ? blank(lineOf(i), 'empty', '', 'Пустая строка')
        : blank(
            lineOf(i),
            'invalid',
            row.join(' ').trim(),
            'Строка над заголовком таблицы, не список страниц',
          ),
    );
  }
  const seen = new Map<string, number>();
  data.forEach((row, offset) => {
    const line = lineOf(dataStart + offset);
    outcomes.push(analyzeRow(row, line, columns, seen));
  });

  let filled = 0;
  for (const row of data) if (!isEmptyRow(row)) filled += 1;

  const summary = { total: outcomes.length, ok: 0, skipped: 0, warnings: 0 } as ImportPreview['summary'];
  for (const kind of OUTCOME_KINDS) summary[kind] = 0;
  for (const row of outcomes) {
    summary[row.kind] += 1;
    if (row.kind !== 'ok') summary.skipped += 1;
    if (row.warnings.length > 0) summary.warnings += 1;
  }
  return {
    header: headerIndex === null ? null : { line: lineOf(headerIndex), cells: rows[headerIndex] ?? [] },
    columns,
    rows: outcomes,
    summary,
    error:
      filled > MAX_IMPORT_ROWS
        ? importRowsError(filled)
        : columns.ref === null && filled > 0
          ? 'Не нашли столбец со ссылками или номерами сообществ. Назовите его «Ссылка» или «ID».'
          : null,
  };
}

const OUTCOME_KINDS: readonly ImportOutcomeKind[] = [
  'ok',
  'duplicate',
  'empty',
  'user-link',
  'external-link',
  'invalid',
  'excel-mangled',
];

function analyzeRow(
  row: readonly string[],
  line: number,
  columns: ImportColumns,
  seen: Map<string, number>,
): ImportRow {
  if (isEmptyRow(row)) return blank(line, 'empty', '', 'Пустая строка');
  const raw = (columns.ref === null ? '' : (row[columns.ref] ?? '')).trim();
  const name = columns.name === null ? null : (row[columns.name] ?? '').trim() || null;
  const categoryCell = columns.category === null ? '' : (row[columns.category] ?? '').trim();
  const category = categoryCell === '' ? null : parseCategory(categoryCell);
  const withData = (kind: ImportOutcomeKind, reason: string | null): ImportRow => ({
    ...blank(line, kind, raw, reason),
    name,
    category,
  });

  if (raw === '') return withData('invalid', 'Нет ссылки или номера сообщества');
  const mangled = excelMangling(raw);
  if (mangled) return withData('excel-mangled', mangled);
  const ref = parsePageRef(raw);
  if (ref.kind === 'user') return withData('user-link', ref.reason);
  if (ref.kind === 'external') return withData('external-link', ref.reason);
  if (ref.kind === 'invalid') return withData('invalid', ref.reason);

  const key = ref.kind === 'group' ? `id:${ref.id}` : `screen:${ref.name}`;
  const first = seen.get(key);
  if (first !== undefined) {
    return {
      ...withData('duplicate', `Повтор: эта страница уже есть в строке ${first}`),
      ref,
      duplicateOf: first,
    };
  }
  seen.set(key, line);
  const warnings =
    categoryCell !== '' && category === null
      ? [`Неизвестная категория «${categoryCell}»: выберите флагманский, активный или визитку`]
      : [];
  return { ...withData('ok', null), ref, warnings };
}

function blank(line: number, kind: ImportOutcomeKind, raw: string, reason: string | null): ImportRow {
  return { line, kind, raw, ref: null, name: null, category: null, reason, warnings: [], duplicateOf: null };
}

/** The first of the top rows with a reference column header, or with two known headers. */
function findHeader(rows: readonly string[][]): number | null {
  for (let i = 0; i < Math.min(rows.length, HEADER_SEARCH_ROWS); i += 1) {
    const roles = (rows[i] ?? []).map(headerRole).filter((role) => role !== null);
    if (roles.includes('ref') || roles.length >= 2) return i;
  }
  return null;
}

function detectColumns(header: readonly string[] | null, data: readonly string[][]): ImportColumns {
  // A loop, not Math.max(...rows): a spread of a long list overflows the stack.
  let width = header?.length ?? 0;
  for (const row of data) if (row.length > width) width = row.length;
  if (header === null) return { ...detectByContent(data, width), detectedBy: 'content' };
  const roles = header.map(headerRole);
  const named = (role: ColumnRole) => roles.map((r, i) => (r === role ? i : -1)).filter((i) => i >= 0);
  // Several link-like headers («ID» and «Ссылка»): the one whose cells parse best wins.
  const refColumns = named('ref');
  const ref =
    refColumns.length === 0
      ? detectByContent(data, width).ref
      : refColumns.length === 1
        ? (refColumns[0] ?? null)
        : bestBy(refColumns, (i) => refScore(data, i));
  return {
    ref,
    name: named('name')[0] ?? null,
    category: named('category')[0] ?? null,
    detectedBy: 'header',
  };
}

/** Without a header: the column of references, a column of category words, the longest text. */
function detectByContent(data: readonly string[][], width: number): Omit<ImportColumns, 'detectedBy'> {
  const indexes = Array.from({ length: width }, (_, i) => i);
  const ref = bestBy(indexes, (i) => refScore(data, i), 1);
  const category = bestBy(
    indexes.filter((i) => i !== ref),
    (i) => data.filter((row) => parseCategory(row[i] ?? '') !== null).length,
    1,
  );
  const name = bestBy(
    indexes.filter((i) => i !== ref && i !== category),
    (i) =>
      data.reduce((total, row) => total + (/[а-яa-z]{2}/i.test(row[i] ?? '') ? (row[i] ?? '').length : 0), 0),
    1,
  );
  return { ref, name, category };
}

/** Cells that name a VK page or a site (what a link column holds, even when some are wrong). */
function refScore(data: readonly string[][], column: number): number {
  return data.filter((row) => {
    const cell = row[column] ?? '';
    if (excelMangling(cell) !== null) return true;
    const kind = parsePageRef(cell).kind;
    // A lone word parses as a screen name: count it only when it looks like one (no spaces, latin).
    return kind !== 'invalid' && !(kind === 'screen' && !/[\d_./@]/.test(cell));
  }).length;
}

/** The index with the highest score (first on ties), or null when none reaches `min`. */
function bestBy(indexes: readonly number[], score: (index: number) => number, min = 0): number | null {
  let best: number | null = null;
  let bestScore = min - 1;
  for (const index of indexes) {
    const value = score(index);
    if (value > bestScore) {
      best = index;
      bestScore = value;
    }
  }
  return best;
}
