// Where the supervisor's list comes from and where it is kept, over the simulated VK.
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { parsePageRef } from '../../../src/core/pages/page-ref';
import { resolveLinksBlock } from '../../../src/data/children/links-block';
import { mergeEntries, openListStore } from '../../../src/data/children/list-store';
import { resolveRefs } from '../../../src/data/children/resolve';
import { HEAD_ID } from '../../../src/demo/pages';
import { DEMO_NOW, demoServices } from '../demo-services';

const items = (...raws: string[]) => raws.map((raw) => ({ raw, ref: parsePageRef(raw) }));

describe('resolving what a supervisor pasted', () => {
  it('names communities given by id or screen name, and says why the rest are skipped', async () => {
    const { services } = demoServices('role=admin');
    const result = await resolveRefs(
      services.api,
      items(
        'https://vk.com/club219000004',
        'vk.com/gymnasium3_lsn',
        'https://vk.com/id500000001',
        'https://example.org/school',
        'vk.com/no_such_page_anywhere',
        'vk.com/club219000027',
      ),
    );
    expect(result.map((r) => (r.status === 'ok' ? r.page.name : r.reason))).toEqual([
      'МБОУ «СОШ № 1»',
      'МБОУ «Гимназия № 3»',
      'Ссылка на личную страницу, а не на сообщество',
      'Ссылка на сторонний сайт, а не на страницу ВКонтакте',
      'Такой страницы ВКонтакте нет',
      'МБУК «Дом культуры п. Озёрный»',
    ]);
    // The deleted page is kept: the table will say why it has no figures.
    expect(result[5]).toMatchObject({ status: 'ok', page: { deactivated: 'deleted' } });
  });

  it('costs two requests for a handful of pages (screen names, then ids, each batch one execute)', async () => {
    const { services } = demoServices('role=admin');
    await resolveRefs(services.api, items('vk.com/lesnogorsk_uo', 'vk.com/ds5_solnyshko', 'club219000004'));
    expect(services.api.stats().requests).toBe(2);
  });
});

describe('the links block of the parent page', () => {
  it('lists the linked subordinate pages and skips the profile and the outside site with reasons', async () => {
    const { services } = demoServices('role=admin');
    const result = await resolveLinksBlock(services.api, HEAD_ID);
    const ok = result.filter((r) => r.status === 'ok');
    const skipped = result.filter((r) => r.status === 'skipped');
    expect(ok.length).toBeGreaterThanOrEqual(20);
    expect(ok.every((r) => r.status === 'ok' && r.page.id !== HEAD_ID)).toBe(true);
    expect(skipped.map((r) => (r.status === 'skipped' ? r.reason : ''))).toEqual(
      expect.arrayContaining([
        expect.stringContaining('личную страницу'),
        expect.stringContaining('сторонний сайт'),
      ]),
    );
  });
});

describe('keeping the list', () => {
  const entries = [
    { id: 219000004, name: 'МБОУ «СОШ № 1»', category: 'active' as const },
    { id: 219000024, name: 'МКУ «Централизованная бухгалтерия»', category: 'card' as const },
  ];

  it("keeps it in the parent's community storage when the admin grants the community token", async () => {
    const { services } = demoServices('role=admin');
    const store = await openListStore({ ...services, parentId: HEAD_ID, tryCommunity: true });
    expect(store.place).toBe('community');
    await store.save(entries, DEMO_NOW);
    expect((await store.load())?.entries).toEqual(entries);
    // It went to the community's namespace, not the viewer's.
    expect(await services.userStorage.getJson('children_' + HEAD_ID, z.unknown())).toBeNull();
  });

  it("falls back to the viewer's own storage when the community token is refused", async () => {
    const { services } = demoServices('role=admin&deny=community');
    const store = await openListStore({ ...services, parentId: HEAD_ID, tryCommunity: true });
    expect(store.place).toBe('user');
    await store.save(entries, DEMO_NOW);
    expect(await store.load()).toEqual({ version: 1, entries, savedAt: DEMO_NOW });
  });

  it('merges added pages without duplicates, keeping categories already set', () => {
    const merged = mergeEntries(entries, [
      { id: 219000004, name: 'дубль', category: 'flagship' },
      { id: 219000005, name: 'МБОУ «СОШ № 2»', category: null },
    ]);
    expect(merged.map((e) => [e.id, e.category])).toEqual([
      [219000004, 'active'],
      [219000024, 'card'],
      [219000005, null],
    ]);
  });
});
