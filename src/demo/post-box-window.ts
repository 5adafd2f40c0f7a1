// The demo's stand-in for VK's post box (VKWebAppShowWallPostBox): the text to edit, the time to
// publish at (VK's own scheduling: empty publishes now), «Опубликовать» and «Отмена». Plain DOM, like
// the other demo windows; text goes in through `value` and textContent only, never as HTML.
import { demoWindow } from './demo-window';

export const POST_BOX_LABEL = 'Новая запись (демо)';

export interface PostBoxChoice {
  text: string;
  /** Unix seconds to publish at; null: now. */
  publishAt: number | null;
}

/**
 * Opens the box for the page; resolves with what the admin posted, or null when they closed it (the
 * button, Escape or the backdrop). `check` returns an error in Russian to show, or null to accept.
 */
export function showPostBoxWindow(
  doc: Document,
  appearance: 'light' | 'dark',
  o: { pageName: string; message: string; check: (choice: PostBoxChoice) => string | null },
): Promise<PostBoxChoice | null> {
  const { c, dialog, el, button, show } = demoWindow(doc, appearance, POST_BOX_LABEL);
  const heading = el('h2', 'margin:0 0 4px;font-size:17px;font-weight:600;', o.pageName);
  const note = el(
    'div',
    `color:${c.muted};font-size:13px;margin-bottom:12px;`,
    `${POST_BOX_LABEL}: от имени сообщества`,
  );
  const field = `display:block;box-sizing:border-box;width:100%;font:inherit;padding:8px;border-radius:8px;border:1px solid ${c.line};background:${c.soft};color:${c.text};`;
  const textarea = el('textarea', `${field}min-height:160px;resize:vertical;margin-bottom:12px;`);
  textarea.value = o.message;
  textarea.dataset['testid'] = 'demo-post-box-text';
  textarea.setAttribute('aria-label', 'Текст записи');
  const whenLabel = el(
    'label',
    'display:block;font-size:14px;margin-bottom:4px;',
    'Время публикации (пусто — сейчас)',
  );
  const when = el('input', `${field}margin-bottom:8px;`);
  when.type = 'datetime-local';
  when.id = 'demo-post-box-when';
  whenLabel.htmlFor = when.id;
  when.dataset['testid'] = 'demo-post-box-when';
  const status = el('div', 'min-height:20px;font-size:14px;margin:6px 0;');
  status.setAttribute('role', 'status');
  status.style.color = c.error;
  const publish = button('Опубликовать', 'demo-post-box-publish', true);
  const cancel = button('Отмена', 'demo-post-box-cancel', false);
  const footer = el('div', 'display:flex;gap:8px;justify-content:space-between;');
  footer.append(publish, cancel);
  dialog.dataset['testid'] = 'demo-post-box';
  dialog.append(heading, note, textarea, whenLabel, when, status, footer);

  return new Promise((resolve) => {
    let close: (() => void) | null = null;
    const finish = (choice: PostBoxChoice | null) => {
      close?.();
      resolve(choice);
    };
    publish.addEventListener('click', () => {
      // datetime-local is the viewer's local time, as VK's own box shows it.
      const at = when.value === '' ? null : Math.floor(new Date(when.value).getTime() / 1000);
      const choice = { text: textarea.value.trim(), publishAt: Number.isFinite(at) ? at : null };
      const error = choice.text === '' ? 'Напишите текст записи.' : o.check(choice);
      if (error === null) finish(choice);
      else status.textContent = error;
    });
    cancel.addEventListener('click', () => finish(null));
    close = show(() => finish(null));
    textarea.focus();
  });
}
