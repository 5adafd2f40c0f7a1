// The demo's stand-in for the post VK opens on VKWebAppOpenWallPost: a small window over the app,
// plain DOM (the demo must not depend on the app's React tree), where the viewer can like, share and
// comment as on VK. Data goes in through textContent only, never as HTML.
import { demoWindow } from './demo-window';

export interface PostView {
  /** The page's name. */
  title: string;
  text: string;
  /** The post's photo (a data: URI of the demo's pictures), if it has one. */
  photo?: string | null;
  likes: number;
  reposts: number;
  comments: number;
  liked: boolean;
  reposted: boolean;
}

export interface PostWindowControls {
  view(): PostView;
  toggleLike(): void;
  repost(): void;
  /** Sends a comment as the viewer; resolves to an error message in Russian, or null when sent. */
  comment(text: string): Promise<string | null>;
}

export const POST_WINDOW_LABEL = 'Запись сообщества (демо)';

/** Opens the window; resolves when the viewer closes it (the button, Escape or the backdrop). */
export function showPostWindow(
  doc: Document,
  appearance: 'light' | 'dark',
  controls: PostWindowControls,
): Promise<void> {
  const { c, dialog, el, button, show } = demoWindow(doc, appearance, POST_WINDOW_LABEL);
  const heading = el('h2', 'margin:0 0 4px;font-size:17px;font-weight:600;');
  const note = el('div', `color:${c.muted};font-size:13px;margin-bottom:12px;`, POST_WINDOW_LABEL);
  const body = el('p', 'margin:0 0 12px;white-space:pre-wrap;word-break:break-word;');
  const photo = el('img', 'display:block;width:100%;height:auto;border-radius:8px;margin:0 0 12px;');
  photo.alt = 'Фото к записи';
  photo.dataset['testid'] = 'demo-post-photo';
  const counters = el('div', `color:${c.muted};font-size:14px;margin-bottom:12px;`);
  counters.dataset['testid'] = 'demo-post-counters';
  const like = button('Нравится', 'demo-post-like', false);
  const share = button('Поделиться', 'demo-post-repost', false);
  const actions = el('div', 'display:flex;gap:8px;flex-wrap:wrap;margin-bottom:12px;');
  actions.append(like, share);
  const textarea = el(
    'textarea',
    `display:block;box-sizing:border-box;width:100%;min-height:72px;font:inherit;padding:8px;border-radius:8px;` +
      `border:1px solid ${c.line};background:${c.soft};color:${c.text};resize:vertical;`,
  );
  textarea.dataset['testid'] = 'demo-post-comment-text';
  textarea.setAttribute('aria-label', 'Комментарий');
  textarea.placeholder = 'Написать комментарий…';
  const status = el('div', 'min-height:20px;font-size:14px;margin:6px 0;');
  status.setAttribute('role', 'status');
  status.dataset['testid'] = 'demo-post-status';
  const send = button('Отправить', 'demo-post-comment-send', true);
  const closeButton = button('Закрыть', 'demo-post-close', false);
  const footer = el('div', 'display:flex;gap:8px;justify-content:space-between;');
  footer.append(send, closeButton);
  dialog.append(heading, note, body, counters, actions, textarea, status, footer);

  const render = () => {
    const v = controls.view();
    heading.textContent = v.title;
    body.textContent = v.text;
    // Only the demo's own pictures: a data: URI of an image, never a remote address.
    const src = v.photo?.startsWith('data:image/') ? v.photo : null;
    if (src === null) photo.remove();
    else {
      if (photo.getAttribute('src') !== src) photo.src = src;
      if (!photo.isConnected) body.after(photo);
    }
    counters.textContent = `Нравится: ${v.likes} · Поделились: ${v.reposts} · Комментарии: ${v.comments}`;
    like.setAttribute('aria-pressed', String(v.liked));
    like.textContent = v.liked ? 'Нравится ✓' : 'Нравится';
    share.textContent = v.reposted ? 'Поделились ✓' : 'Поделиться';
    share.disabled = v.reposted;
  };
  const say = (text: string, error: boolean) => {
    status.textContent = text;
    status.style.color = error ? c.error : c.muted;
  };

  return new Promise<void>((resolve) => {
    let close: (() => void) | null = null;
    const finish = () => {
      close?.();
      resolve();
    };
    like.addEventListener('click', () => {
      controls.toggleLike();
      render();
    });
    share.addEventListener('click', () => {
      controls.repost();
      render();
      say('Запись опубликована у вас на стене.', false);
    });
    send.addEventListener('click', () => {
      const text = textarea.value.trim();
      if (text === '') {
        say('Напишите текст комментария.', true);
        return;
      }
      send.disabled = true;
      say('Отправляем…', false);
      void controls.comment(text).then((error) => {
        send.disabled = false;
        if (error === null) {
          textarea.value = '';
          say('Комментарий опубликован.', false);
        } else say(error, true);
        render();
      });
    });
    closeButton.addEventListener('click', finish);
    render();
    close = show(finish);
    like.focus();
  });
}
