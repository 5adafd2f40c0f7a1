// The frame of the demo's simulated VK windows (the post window, the widget window): a modal dialog
// over the app in plain DOM (the demo must not depend on the app's React tree), inline styles in the
// bridge's appearance. Text goes in through textContent only, never as HTML.

export const PALETTES = {
  light: {
    bg: '#ffffff',
    text: '#000000',
    muted: '#6d7885',
    line: '#dce1e6',
    soft: '#f0f2f5',
    accent: '#2688eb',
    error: '#e64646',
  },
  dark: {
    bg: '#232324',
    text: '#e1e3e6',
    muted: '#969a9f',
    line: '#3a3b3c',
    soft: '#2c2d2e',
    accent: '#71aaeb',
    error: '#ff6b6b',
  },
} as const;

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

export type Palette = (typeof PALETTES)[keyof typeof PALETTES];

export interface DemoWindow {
  c: Palette;
  dialog: HTMLDivElement;
  el<K extends keyof HTMLElementTagNameMap>(tag: K, style: string, text?: string): HTMLElementTagNameMap[K];
  button(label: string, testId: string, primary: boolean): HTMLButtonElement;
  /**
   * Shows the window; `onDismiss` runs when the viewer dismisses it (Escape or the backdrop). Returns
   * `close()`, which removes the window and gives the focus back.
   */
  show(onDismiss: () => void): () => void;
}

export function demoWindow(doc: Document, appearance: 'light' | 'dark', label: string): DemoWindow {
  const c = PALETTES[appearance];
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, style: string, text?: string) => {
    const node = doc.createElement(tag);
    node.style.cssText = style;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const button = (text: string, testId: string, primary: boolean) => {
    const b = el(
      'button',
      `font:inherit;font-size:14px;padding:8px 14px;border-radius:8px;cursor:pointer;border:1px solid ${
        primary ? c.accent : c.line
      };background:${primary ? c.accent : c.soft};color:${primary ? '#ffffff' : c.text};`,
      text,
    );
    b.type = 'button';
    b.dataset['testid'] = testId;
    return b;
  };
  const backdrop = el(
    'div',
    'position:fixed;inset:0;z-index:2147483000;background:rgba(0,0,0,0.5);display:flex;align-items:center;justify-content:center;padding:16px;',
  );
  const dialog = el(
    'div',
    `background:${c.bg};color:${c.text};font-family:${FONT};font-size:15px;line-height:1.45;border-radius:12px;` +
      `max-width:520px;width:100%;max-height:90vh;overflow:auto;padding:16px;box-shadow:0 8px 32px rgba(0,0,0,0.35);` +
      `color-scheme:${appearance};`,
  );
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-modal', 'true');
  dialog.setAttribute('aria-label', label);
  backdrop.append(dialog);

  const show = (onDismiss: () => void) => {
    const previousFocus = doc.activeElement as HTMLElement | null;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        onDismiss();
      }
    };
    backdrop.addEventListener('click', (e) => {
      if (e.target === backdrop) onDismiss();
    });
    doc.addEventListener('keydown', onKey, true);
    doc.body.append(backdrop);
    return () => {
      backdrop.remove();
      doc.removeEventListener('keydown', onKey, true);
      previousFocus?.focus?.();
    };
  };
  return { c, dialog, el, button, show };
}
