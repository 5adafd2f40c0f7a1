// The community widget: a VKScript `return {...};` for a `table` widget (VK's app-widget object:
// title, title_url, more, more_url, head [{text, align}], body rows of cells {text, icon_id, url}).
// Names are untrusted: every string goes through escapeVkScriptString, which emits printable ASCII
// only, so no name can end a string, inject code, or depend on how VK decodes the request.
import { dayMonthText } from '../plan/words';
import { dateOf, localDateTime } from '../time';
import { leaderboardRoute, type LeaderboardRules } from './rules';
import { peopleText, widgetRows } from './ties';
import type { LeaderboardEntry } from './types';

/** VK's limit on appWidgets.update `code`. */
export const WIDGET_CODE_MAX = 100_000;
/** VK shows at most 10 rows in a table widget. */
export const WIDGET_ROWS_MAX = 10;
/** VK's limit on the title and on a cell's text. */
export const WIDGET_TEXT_MAX = 100;

/** The widget's title, as the admin installs it and VK shows it above the table. */
export const WIDGET_TITLE = 'Самые активные подписчики';
export const WIDGET_HEAD = ['Место', 'Подписчик', 'Очки'] as const;
export const WIDGET_MORE = 'Вся таблица';
export const WIDGET_EMPTY = 'Пока никто не набрал очков';

export interface WidgetOptions {
  title: string;
  entries: readonly LeaderboardEntry[];
  names: ReadonlyMap<number, string>;
  /** The app's link (https://vk.com/app…); a link off vk.com is dropped with `more`. */
  appLink: string;
  /** Rows at most (1–10; default 10). */
  maxRows?: number;
  /** When the widget is updated (unix seconds) in the page's zone: the widget says so. */
  updated?: { at: number; timeZone: string } | null;
}

export interface WidgetCell {
  text: string;
  icon_id?: string;
  url?: string;
}

export interface WidgetHeadCell {
  text: string;
  align: 'left' | 'center' | 'right';
}

export interface TableWidget {
  title: string;
  title_url?: string;
  more?: string;
  more_url?: string;
  head: WidgetHeadCell[];
  body: WidgetCell[][];
}

/**
 * A VKScript (= JSON) string literal, quotes included, in printable ASCII: `"` and `\` are escaped,
 * every other character outside 0x20–0x7E (controls, line separators, RTL marks, emoji halves, lone
 * surrogates) becomes \uXXXX of its UTF-16 code unit.
 */
export function escapeVkScriptString(value: string): string {
  let out = '"';
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 0x22) out += '\\"';
    else if (code === 0x5c) out += '\\\\';
    else if (code >= 0x20 && code <= 0x7e) out += value.charAt(i);
    else out += `\\u${code.toString(16).padStart(4, '0')}`;
  }
  return `${out}"`;
}

/** The object the widget code returns (also the app's preview). */
export function widgetObject(options: WidgetOptions): TableWidget {
  const rows = Math.max(1, Math.min(WIDGET_ROWS_MAX, Math.floor(options.maxRows ?? WIDGET_ROWS_MAX)));
  const link = vkLink(options.appLink);
  const body = widgetRows(options.entries, rows).map((row): WidgetCell[] =>
    row.kind === 'tie'
      ? [
          { text: row.place },
          { text: `${peopleText(row.count)} с равными очками` },
          { text: String(row.points) },
        ]
      : [
          { text: row.place },
          {
            text: displayText(options.names.get(row.entry.userId) ?? '') || `id${row.entry.userId}`,
            icon_id: `id${row.entry.userId}`,
            url: `https://vk.com/id${row.entry.userId}`,
          },
          { text: String(row.entry.points) },
        ],
  );
  const title = displayText(options.title) || 'Рейтинг подписчиков';
  const updated = options.updated ? widgetUpdatedText(options.updated.at, options.updated.timeZone) : null;
  // The time goes with the link at the bottom; a widget without a link says it in the title.
  return {
    title: updated && !link ? displayText(`${title} · ${updated}`) : title,
    ...(link ? { title_url: link } : {}),
    head: [
      { text: WIDGET_HEAD[0], align: 'center' },
      { text: WIDGET_HEAD[1], align: 'left' },
      { text: WIDGET_HEAD[2], align: 'right' },
    ],
    // VK rejects a table without rows: an empty board says so in one row.
    body: body.length > 0 ? body : [[{ text: '—' }, { text: WIDGET_EMPTY }, { text: '0' }]],
    ...(link ? { more: updated ? `${WIDGET_MORE} · ${updated}` : WIDGET_MORE, more_url: link } : {}),
  };
}

/** «обновлено 7 декабря в 12:04» in the page's zone. */
export function widgetUpdatedText(at: number, timeZone: string): string {
  const { hour, minute } = localDateTime(at, timeZone);
  const time = `${hour}:${String(minute).padStart(2, '0')}`;
  return `обновлено ${dayMonthText(dateOf(at, timeZone))} в ${time}`;
}

/** Code VK would refuse: longer than WIDGET_CODE_MAX characters (the message is for the UI). */
export class WidgetCodeTooLongError extends Error {
  override name = 'WidgetCodeTooLongError';
  constructor(readonly length: number) {
    super(
      `Код виджета получился длиннее ${digits(WIDGET_CODE_MAX)} символов (${digits(length)}): ` +
        'ВКонтакте его не примет. Проверьте ссылку на приложение и название таблицы.',
    );
  }
}

/** 100000 → «100 000» (non-breaking spaces between thousands). */
function digits(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
}

/**
 * `return {...};` evaluating to widgetObject(options). The one place the code is finished, so the one
 * guard: whatever went into it (names, title, links), code longer than WIDGET_CODE_MAX is never
 * returned — WidgetCodeTooLongError instead. (Names and the title are cut to WIDGET_TEXT_MAX, so ten
 * rows stay far below the limit; only an outsized link can reach it.)
 */
export function widgetCode(options: WidgetOptions): string {
  const code = `return ${vkScriptValue(widgetObject(options))};`;
  if (code.length > WIDGET_CODE_MAX) throw new WidgetCodeTooLongError(code.length);
  return code;
}

/** Strings, numbers, arrays and plain objects as VKScript literals (undefined fields omitted). */
function vkScriptValue(value: unknown): string {
  if (typeof value === 'string') return escapeVkScriptString(value);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) return `[${value.map(vkScriptValue).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    const fields = Object.entries(value).filter(([, item]) => item !== undefined);
    return `{${fields.map(([key, item]) => `${escapeVkScriptString(key)}: ${vkScriptValue(item)}`).join(', ')}}`;
  }
  throw new TypeError(`widget: cannot write ${typeof value} as VKScript`);
}

/**
 * Text as VK shows it in one line: lone surrogates → U+FFFD, control and line-separator characters →
 * a space, runs of whitespace collapsed, trimmed, and cut to WIDGET_TEXT_MAX (with "…") without
 * splitting a surrogate pair.
 */
export function displayText(raw: string): string {
  const text = raw
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/./gsu, (char) => (isControl(char.charCodeAt(0)) ? ' ' : char))
    .replace(/\s+/gu, ' ')
    .trim();
  if (text.length <= WIDGET_TEXT_MAX) return text;
  let cut = text.slice(0, WIDGET_TEXT_MAX - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** C0 and C1 controls (newlines included) and the Unicode line and paragraph separators. */
function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
}

/**
 * The leaderboard screen of the app opened from the page (the widget's "more" link); with the page's
 * rules in the route, so a subscriber (who cannot read the page's settings) scores the same table.
 */
export function leaderboardLink(appId: number, groupId: number, rules?: LeaderboardRules | null): string {
  return `https://vk.com/app${appId}_-${groupId}#${leaderboardRoute(rules)}`;
}

/** The link when it is https on vk.com (or m.vk.com), else null: the widget links nowhere else. */
export function vkLink(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const onVk = parsed.hostname === 'vk.com' || parsed.hostname === 'm.vk.com';
  if (parsed.protocol !== 'https:' || !onVk || parsed.username || parsed.password || parsed.port) return null;
  return parsed.href;
}
