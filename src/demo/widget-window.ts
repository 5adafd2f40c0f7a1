// The demo's stand-in for VK's community widget window: the preview of
// VKWebAppShowCommunityWidgetPreviewBox («Сохранить» / «Отмена») and, with the URL switch
// showwidget=1, a read-only view of the installed widget. It renders the object the widget's code
// evaluated to as VK shows a table widget: title, head, rows of cells, «more». Everything goes in
// through textContent; links and icons are not followed.
import { demoWindow } from './demo-window';

export const WIDGET_WINDOW_LABEL = 'Виджет сообщества (демо)';

interface Cell {
  text: string;
}

/** The parts of a widget object the window shows; anything else in it is ignored. */
export interface WidgetView {
  title: string;
  head: Cell[];
  rows: Cell[][];
  more: string | null;
}

const record = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const text = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
const cells = (v: unknown): Cell[] =>
  Array.isArray(v) ? v.map((c) => ({ text: text(record(c)['text']) })) : [];

/** Reads a widget value (what the code returned) as a table widget; other types show title and text. */
export function widgetView(value: unknown): WidgetView {
  const w = record(value);
  const body = Array.isArray(w['body']) ? w['body'] : [];
  return {
    title: text(w['title']),
    head: cells(w['head']),
    rows: body.map(cells),
    more: typeof w['more'] === 'string' ? w['more'] : null,
  };
}

/**
 * Opens the window over `value` (null: the page has no widget). Preview: resolves true on «Сохранить»,
 * false on «Отмена», Escape or the backdrop. View (read-only): resolves false when closed.
 */
export function showWidgetWindow(
  doc: Document,
  appearance: 'light' | 'dark',
  value: unknown,
  mode: 'preview' | 'view',
): Promise<boolean> {
  const { c, dialog, el, button, show } = demoWindow(doc, appearance, WIDGET_WINDOW_LABEL);
  dialog.dataset['testid'] = mode === 'preview' ? 'demo-widget-preview' : 'demo-widget-view';
  const note = el('div', `color:${c.muted};font-size:13px;margin-bottom:8px;`, WIDGET_WINDOW_LABEL);
  dialog.append(note);
  if (value === null) {
    dialog.append(el('p', 'margin:0 0 12px;', 'Виджет в сообществе не установлен.'));
  } else {
    const v = widgetView(value);
    const title = el('h2', 'margin:0 0 8px;font-size:17px;font-weight:600;word-break:break-word;', v.title);
    title.dataset['testid'] = 'demo-widget-title';
    const table = el('table', `width:100%;border-collapse:collapse;font-size:14px;margin-bottom:8px;`);
    const cellStyle = `padding:6px 4px;border-bottom:1px solid ${c.line};text-align:left;word-break:break-word;`;
    if (v.head.length > 0) {
      const row = el('tr', '');
      row.dataset['testid'] = 'demo-widget-head';
      for (const h of v.head) row.append(el('th', `${cellStyle}color:${c.muted};font-weight:500;`, h.text));
      const thead = el('thead', '');
      thead.append(row);
      table.append(thead);
    }
    const tbody = el('tbody', '');
    for (const r of v.rows) {
      const row = el('tr', '');
      row.dataset['testid'] = 'demo-widget-row';
      for (const cell of r) {
        const td = el('td', cellStyle, cell.text);
        td.dataset['testid'] = 'demo-widget-cell';
        row.append(td);
      }
      tbody.append(row);
    }
    table.append(tbody);
    dialog.append(title, table);
    if (v.more !== null)
      dialog.append(el('div', `color:${c.accent};font-size:14px;margin-bottom:12px;`, v.more));
  }
  const footer = el('div', 'display:flex;gap:8px;justify-content:flex-end;');
  dialog.append(footer);

  return new Promise<boolean>((resolve) => {
    let close: (() => void) | null = null;
    const finish = (saved: boolean) => {
      close?.();
      resolve(saved);
    };
    if (mode === 'preview') {
      const save = button('Сохранить', 'demo-widget-save', true);
      const cancel = button('Отмена', 'demo-widget-cancel', false);
      save.addEventListener('click', () => finish(true));
      cancel.addEventListener('click', () => finish(false));
      footer.append(cancel, save);
      close = show(() => finish(false));
      save.focus();
    } else {
      const closeButton = button('Закрыть', 'demo-widget-close', false);
      closeButton.addEventListener('click', () => finish(false));
      footer.append(closeButton);
      close = show(() => finish(false));
      closeButton.focus();
    }
  });
}
