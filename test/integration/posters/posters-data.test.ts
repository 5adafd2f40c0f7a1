// The poster screens' reads over the simulated VK: page facts in one request, the supervisor's list
// from the same store the table uses, the viewer's poster choices in VK Storage.
import { describe, expect, it } from 'vitest';
import { guessInstitutionType } from '../../../src/core/posters';
import { openListStore } from '../../../src/data/children/list-store';
import {
  childrenPostersKey,
  fetchPosterPages,
  loadChildrenCallToAction,
  loadChildrenPosterPages,
  loadPosterSettings,
  posterSettingsKey,
  saveChildrenCallToAction,
  savePosterSettings,
} from '../../../src/data/posters';
import { HEAD_ID } from '../../../src/demo/pages';
import { DEMO_NOW, demoServices } from '../demo-services';

describe('fetchPosterPages', () => {
  it('reads names, short addresses, themes and states in one request', async () => {
    const { services } = demoServices('role=admin');
    const pages = await fetchPosterPages(services.api, [HEAD_ID, 219000007, 219000019, 219000024, 219000027]);
    expect(services.api.stats().requests).toBe(1);
    expect(pages.get(HEAD_ID)).toEqual({
      id: HEAD_ID,
      name: 'Администрация Лесногорского муниципального округа',
      screenName: 'lesnogorsk_adm',
      activity: 'Органы государственной власти',
      status: 'ok',
    });
    // No short address: VK (and the demo) answer club<id>, which is the poster's link anyway.
    expect(pages.get(219000007)).toMatchObject({ screenName: 'club219000007', status: 'ok' });
    expect(pages.get(219000024)).toMatchObject({ status: 'private' });
    expect(pages.get(219000027)).toMatchObject({ status: 'deleted' });
    const sport = pages.get(219000019)!;
    expect(sport.activity).toBe('Спорт');
    expect(guessInstitutionType(sport.name, sport.activity)).toEqual({ type: 'sport', basis: 'name' });
  });

  it('leaves out an id VK does not know', async () => {
    const { services } = demoServices('role=admin');
    const pages = await fetchPosterPages(services.api, [219999999]);
    expect(pages.size).toBe(0);
  });
});

describe('the supervisor list for posters', () => {
  const deps = (services: ReturnType<typeof demoServices>['services']) => ({
    api: services.api,
    tokens: services.tokens,
    userStorage: services.userStorage,
    parentId: HEAD_ID,
    tryCommunity: true,
  });

  it('is empty until the supervisor adds pages', async () => {
    const { services } = demoServices('role=admin');
    const list = await loadChildrenPosterPages(deps(services));
    expect(list.entries).toEqual([]);
    expect(list.pages.size).toBe(0);
  });

  it('reads the list the table saved and resolves its pages', async () => {
    const { services } = demoServices('role=admin');
    const store = await openListStore(deps(services));
    await store.save(
      [
        { id: 219000004, name: 'Школа № 1', category: 'active' },
        { id: 219000027, name: 'ДК п. Озёрный', category: null },
        { id: 219000022, name: 'МФЦ', category: 'active' },
      ],
      DEMO_NOW,
    );
    const list = await loadChildrenPosterPages(deps(services));
    expect(list.place).toBe(store.place);
    expect(list.entries.map((entry) => entry.id)).toEqual([219000004, 219000027, 219000022]);
    expect(list.pages.get(219000004)).toMatchObject({
      name: 'МБОУ «СОШ № 1»',
      screenName: 'lesnogorsk_school1',
    });
    expect(list.pages.get(219000027)?.status).toBe('deleted');
    expect(list.pages.get(219000022)?.screenName).toBe('mfc_lesnogorsk');
  });
});

describe('poster choices in VK Storage', () => {
  it('keeps the call to action and the type per page, and the shared call to action per parent', async () => {
    const { services } = demoServices('role=admin');
    expect(await loadPosterSettings(services.userStorage, HEAD_ID)).toBeNull();
    await savePosterSettings(services.userStorage, HEAD_ID, {
      callToAction: 'Мы рядом',
      institutionType: 'mfc',
    });
    expect(await loadPosterSettings(services.userStorage, HEAD_ID)).toEqual({
      callToAction: 'Мы рядом',
      institutionType: 'mfc',
    });
    expect(await loadPosterSettings(services.userStorage, 219000004)).toBeNull();

    expect(await loadChildrenCallToAction(services.userStorage, HEAD_ID)).toBeNull();
    await saveChildrenCallToAction(services.userStorage, HEAD_ID, 'Все новости здесь');
    expect(await loadChildrenCallToAction(services.userStorage, HEAD_ID)).toBe('Все новости здесь');
    expect(await loadChildrenCallToAction(services.userStorage, null)).toBeNull();
  });

  it('uses keys VK Storage accepts', () => {
    for (const key of [posterSettingsKey(HEAD_ID), childrenPostersKey(HEAD_ID), childrenPostersKey(null)])
      expect(key).toMatch(/^[a-zA-Z_\-0-9]{1,100}$/);
  });
});
