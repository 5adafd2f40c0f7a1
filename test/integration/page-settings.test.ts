// Page settings live in the viewer's VK Storage (the demo keeps it in Web Storage, like VK's limits).
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PAGE_SETTINGS,
  loadPageSettings,
  pageSettingsKey,
  savePageSettings,
} from '../../src/data/page-settings';
import { HEAD_ID } from '../../src/demo/pages';
import { demoServices } from './demo-services';

describe('page settings in VK Storage', () => {
  it('reads the methodology defaults for a page never configured', async () => {
    const { services } = demoServices('role=admin');
    expect(await loadPageSettings(services.userStorage, HEAD_ID)).toEqual(DEFAULT_PAGE_SETTINGS);
  });

  it('round-trips what the admin chose, per page', async () => {
    const { services } = demoServices('role=admin');
    const chosen = {
      category: 'flagship',
      posWidgetsDeclared: true,
      timeZone: 'Asia/Yekaterinburg',
    } as const;
    await savePageSettings(services.userStorage, HEAD_ID, chosen);
    expect(await loadPageSettings(services.userStorage, HEAD_ID)).toEqual(chosen);
    expect(await loadPageSettings(services.userStorage, HEAD_ID + 1)).toEqual(DEFAULT_PAGE_SETTINGS);
  });

  it('reads settings saved before the time zone existed as Moscow time', async () => {
    const { services } = demoServices('role=admin');
    await services.userStorage.setJson(pageSettingsKey(HEAD_ID), {
      category: 'card',
      posWidgetsDeclared: false,
    });
    expect(await loadPageSettings(services.userStorage, HEAD_ID)).toEqual({
      category: 'card',
      posWidgetsDeclared: false,
      timeZone: 'Europe/Moscow',
    });
  });

  it('refuses a stored value that is not a settings object instead of guessing', async () => {
    const { services } = demoServices('role=admin');
    await services.userStorage.setJson(pageSettingsKey(HEAD_ID), { category: 'huge', timeZone: 'Mars/Base' });
    await expect(loadPageSettings(services.userStorage, HEAD_ID)).rejects.toThrow();
  });
});
