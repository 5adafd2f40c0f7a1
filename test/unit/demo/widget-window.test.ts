// @vitest-environment happy-dom
// VKWebAppShowCommunityWidgetPreviewBox in the browser: the simulated widget window shows what the
// code evaluates to, «Сохранить» installs it, «Отмена» refuses; showwidget=1 shows the installed one.
import { afterEach, describe, expect, it } from 'vitest';
import { WIDGET_WINDOW_LABEL } from '../../../src/demo/widget-window';
import { MemoryStorage, open } from './session-helpers';

const GYM = 219000006;
const CODE =
  'return {"title": "Лидеры <b>недели</b>", "head": [{"text": "Место"}, {"text": "Подписчик"}, {"text": "Очки"}], ' +
  '"body": [[{"text": "1"}, {"text": "Анна \\"<img src=x>\\""}, {"text": "12"}], [{"text": "2"}, {"text": "Олег"}, {"text": "7"}]], ' +
  '"more": "Вся таблица", "more_url": "https://vk.com/app8000001"};';

const byTestId = (id: string) => [...document.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
const rows = () =>
  byTestId('demo-widget-row').map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the widget window', () => {
  it('shows the evaluated widget as text and installs it on «Сохранить»', async () => {
    const storage = new MemoryStorage();
    const s = await open(`role=admin&group=${GYM}`, storage);
    const shown = s.bridge.send('VKWebAppShowCommunityWidgetPreviewBox', {
      group_id: GYM,
      type: 'table',
      code: CODE,
    });
    await expect.poll(() => document.querySelector('[role="dialog"]')).not.toBeNull();
    const dialog = document.querySelector('[role="dialog"]');
    expect(dialog?.getAttribute('aria-label')).toBe(WIDGET_WINDOW_LABEL);
    expect(byTestId('demo-widget-title')[0]?.textContent).toBe('Лидеры <b>недели</b>');
    expect(rows()).toEqual([
      ['1', 'Анна "<img src=x>"', '12'],
      ['2', 'Олег', '7'],
    ]);
    expect(document.querySelector('img, b')).toBeNull();
    expect(byTestId('demo-widget-cell')).toHaveLength(6);
    // Nothing is installed until the admin saves.
    expect(s.bridge.widgetOf(GYM)).toBeNull();
    byTestId('demo-widget-save')[0]?.click();
    expect(await shown).toEqual({ result: true });
    expect(document.querySelector('[role="dialog"]')).toBeNull();
    expect(s.bridge.widgetOf(GYM)).toEqual(expect.objectContaining({ title: 'Лидеры <b>недели</b>' }));
    expect(s.bridge.world.state.installed.has(GYM)).toBe(true);

    // After a reload (the journal) showwidget=1 shows the installed widget, read-only.
    const again = await open(`role=admin&group=${GYM}&showwidget=1`, storage);
    await again.bridge.send('VKWebAppInit');
    const view = byTestId('demo-widget-view')[0];
    expect(view?.getAttribute('role')).toBe('dialog');
    expect(rows()).toEqual([
      ['1', 'Анна "<img src=x>"', '12'],
      ['2', 'Олег', '7'],
    ]);
    expect(byTestId('demo-widget-save')).toEqual([]);
    byTestId('demo-widget-close')[0]?.click();
    expect(document.querySelector('[role="dialog"]')).toBeNull();
  });

  it('rejects with «User denied» on «Отмена» and installs nothing', async () => {
    const s = await open(`role=admin&group=${GYM}`, new MemoryStorage());
    const shown = s.bridge.send('VKWebAppShowCommunityWidgetPreviewBox', {
      group_id: GYM,
      type: 'table',
      code: CODE,
    });
    await expect.poll(() => byTestId('demo-widget-cancel').length).toBe(1);
    byTestId('demo-widget-cancel')[0]?.click();
    await expect(shown).rejects.toEqual({
      error_type: 'client_error',
      error_data: { error_code: 4, error_reason: 'User denied' },
    });
    expect(s.bridge.widgetOf(GYM)).toBeNull();
  });

  it('refuses code VK would refuse, before showing anything', async () => {
    const s = await open(`role=admin&group=${GYM}`, new MemoryStorage());
    await expect(
      s.bridge.send('VKWebAppShowCommunityWidgetPreviewBox', {
        group_id: GYM,
        type: 'table',
        code: 'return 5;',
      }),
    ).rejects.toEqual(expect.objectContaining({ error_data: expect.objectContaining({ error_code: 5 }) }));
    expect(document.querySelector('[role="dialog"]')).toBeNull();
  });

  it('shows “no widget” with showwidget=1 when none is installed', async () => {
    const s = await open(`role=admin&group=${GYM}&showwidget=1`, new MemoryStorage());
    await s.bridge.send('VKWebAppInit');
    expect(byTestId('demo-widget-view')[0]?.textContent).toContain('Виджет в сообществе не установлен.');
  });
});
