// The supervisor's table as a supervisor attaches it to a letter upstream: Russian headers, the
// summary on top, and CSV that Russian Excel opens as is (UTF-8 with BOM, `;`, decimal comma).

import { flagsCell } from '../completeness';
import type { RequirementId } from '../options';
import { REQUIREMENT_WORDS } from '../requirements';
import type { Category } from '../types';
import { VERDICT_PLURAL, VERDICT_WORD, type VerdictReason } from '../verdict';
import { refUrl } from './page-ref';
import {
  letterPercent,
  rowFlags,
  rowVerdict,
  unavailableText,
  type ChildrenSummary,
  type SupervisorRow,
} from './supervisor-table';

export type ExportCell = string | number | null;

export interface ExportTable {
  header: string[];
  rows: ExportCell[][];
  /** Label and value pairs (or a single sentence) shown above the table. */
  summaryLines: string[][];
}

export interface ExportMeta {
  /** E.g. the parent page's name: «Управление образования …». */
  title: string;
  /** 'YYYY-MM'. */
  month: string;
  /** When the data was fetched, already formatted by the caller (the core has no clock). */
  updatedAt: string;
  /**
   * The verdict's reasons in words («ER 0,43 % из 3 % · 2-й период: 1 из 3»), as the screen says them:
   * the UI passes shared/verdict-text's reasonsLine, so the file and the rows cannot differ.
   */
  reasonsLine: (reasons: readonly VerdictReason[]) => string;
}

export const EXPORT_HEADER = [
  'Наименование',
  'Ссылка',
  'Категория',
  'ER %',
  'Выполнение ER %',
  'Период 1',
  'Период 2',
  'Период 3',
  'Период 4',
  'Частота выполнена',
  'Требования',
  'Рейтинг %',
  // «Доступна» or why the page could not be read (named «Статус» before the verdict columns came).
  'Доступность',
  // Added after the first release: appended, so existing columns keep their places.
  'ER по методике мониторинга %',
  'Полнота данных',
  'Статус',
  'Что не так',
  // «Ответы подписчикам», once read (docs/replies.md): empty for a page not read.
  'Ждут ответа',
  'Медиана ответа, мин',
];

export const CATEGORY_NAMES: Readonly<Record<Category, string>> = {
  flagship: 'Флагманский',
  active: 'Активный',
  card: 'Визитка',
};

export function exportRows(
  rows: readonly SupervisorRow[],
  summary: ChildrenSummary,
  meta: ExportMeta,
): ExportTable {
  return {
    header: [...EXPORT_HEADER],
    rows: rows.map((row) => exportRow(row, meta)),
    summaryLines: [
      [meta.title],
      ['Месяц', meta.month],
      ['Данные обновлены', meta.updatedAt],
      [summary.text],
      ['ER по всем страницам (Σ реакций ÷ Σ просмотров)', letterPercent(summary.er.percent)],
      ['Выполнение ER', letterPercent(summary.er.achievement)],
      ['Сводный рейтинг', letterPercent(summary.rating.total)],
      ['Страниц в списке', String(summary.pages)],
      // The same counts as the screen's summary and filters (one verdict per page).
      ...(['ok', 'risk', 'fail', 'unknown'] as const).map((status) => [
        VERDICT_PLURAL[status],
        String(summary.verdicts[status]),
      ]),
      ['Недоступны', String(summary.unavailable)],
      ['С неполными данными', String(rows.filter((row) => rowFlags(row).length > 0).length)],
      ...repliesLines(rows),
    ],
  };
}

/** Once the replies were read: for how many pages, and that managers' comments count as subscribers'. */
function repliesLines(rows: readonly SupervisorRow[]): string[][] {
  const read = rows.filter((row) => row.replies !== undefined);
  if (read.length === 0) return [];
  const caveat = read.some((row) => row.replies?.managersKnown === false)
    ? '; комментарии администраторов страниц считаются комментариями подписчиков'
    : '';
  return [['Ответы подписчикам', `прочитаны у ${read.length} из ${rows.length} страниц${caveat}`]];
}

function exportRow(row: SupervisorRow, meta: ExportMeta): ExportCell[] {
  const link = refUrl(
    row.screenName ? { kind: 'screen', name: row.screenName } : { kind: 'group', id: row.id },
  );
  const start = [row.name, link, CATEGORY_NAMES[row.category]];
  const verdict = rowVerdict(row);
  const judged = [VERDICT_WORD[verdict.status], meta.reasonsLine(verdict.reasons) || null];
  const replies = [row.replies?.unanswered ?? null, row.replies?.medianReplyMinutes ?? null];
  if (row.state === 'unavailable') {
    const empty = [null, null, null, null, null, null, null, null, null];
    return [...start, ...empty, unavailableText(row), null, flagsCell(rowFlags(row)), ...judged, ...replies];
  }
  const { er, frequency, requirements, rating } = row.scorecard;
  return [
    ...start,
    er.percent,
    er.achievement,
    ...frequency.periods.map((period) => (period.status === 'unavailable' ? 'н/д' : period.published)),
    !frequency.assessed ? 'не оценивается' : frequency.met ? 'да' : 'нет',
    requirementsText(requirements.items),
    rating.total,
    'Доступна',
    row.monitoring?.percent ?? null,
    flagsCell(row.flags),
    ...judged,
    ...replies,
  ];
}

/** «выполнены» only when every item is known to be there; missing and unknown items are named. */
function requirementsText(
  items: readonly { id: RequirementId; status: 'ok' | 'missing' | 'unknown' }[],
): string {
  const named = (status: 'missing' | 'unknown') =>
    items.filter((item) => item.status === status).map((item) => REQUIREMENT_WORDS[item.id].name);
  const missing = named('missing');
  const unknown = named('unknown');
  if (missing.length === 0 && unknown.length === 0) return 'выполнены';
  return [
    missing.length > 0 ? `нет: ${missing.join(', ')}` : null,
    unknown.length > 0 ? `неизвестно: ${unknown.join(', ')}` : null,
  ]
    .filter(Boolean)
    .join('; ');
}

/**
 * The summary, an empty line, then the table. Starts with a BOM (Excel then reads UTF-8), `;`
 * between cells, CRLF between lines, numbers with a decimal comma.
 */
export function toCsv(table: ExportTable): string {
  const lines = [...table.summaryLines, [], table.header, ...table.rows];
  return `\uFEFF${lines.map((line) => line.map(csvCell).join(';')).join('\r\n')}\r\n`;
}

/** One cell: formulas neutralised, quoted when it holds a quote, `;` or a line break. */
export function csvCell(value: ExportCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value).replace('.', ',') : '';
  const text = neutralizeFormula(value);
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A text starting with = + - @ (or a tab / carriage return) is a formula to Excel: a hostile page
 * name such as `=HYPERLINK(…)` must stay text, so it gets a leading apostrophe.
 */
export function neutralizeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
