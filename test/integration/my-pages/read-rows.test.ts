// «Мои сообщества»: each page judged as its own scorecard judges it (the admin's settings, the
// monitoring-grade ER), read in the supervisor's batches, in the order given.
import { describe, expect, it } from 'vitest';
import { computeMonitoringEr } from '../../../src/core/monitoring';
import { rowVerdict } from '../../../src/core/pages/supervisor-table';
import { computeScorecard, withMonitoringRatingEr } from '../../../src/core/scorecard';
import { fetchAdminPages } from '../../../src/data/admin-pages';
import { fetchMonitoringInput } from '../../../src/data/monitoring';
import { readMyPageRows } from '../../../src/data/my-pages';
import { savePageSettings } from '../../../src/data/page-settings';
import { fetchPageSnapshot } from '../../../src/data/page-snapshot';
import { DEMO_NOW, demoServices } from '../demo-services';

const OUTSIDE = 'role=none&outside=1';

describe('readMyPageRows', () => {
  it("gives every admin page the verdict its scorecard shows, in the list's order", async () => {
    const { services } = demoServices(OUTSIDE);
    const pages = await fetchAdminPages(services.api);
    expect(pages.length).toBeGreaterThan(1);
    const streamed: number[] = [];
    const rows = await readMyPageRows(services, pages, {
      now: DEMO_NOW,
      onRow: (row) => streamed.push(row.id),
    });
    expect(rows.map((row) => row.id)).toEqual(pages.map((page) => page.id));
    await expect.poll(() => streamed.length).toBe(pages.length);

    // The scorecard's way, page by page: the snapshot, then the monitoring-grade ER in the rating.
    for (const page of pages) {
      const fresh = demoServices(OUTSIDE).services;
      const snapshot = await fetchPageSnapshot(fresh.api, page.id, {
        now: DEMO_NOW,
        timeZone: 'Europe/Moscow',
        withStats: false,
        withPostponed: false,
      });
      const plain = computeScorecard({
        page: snapshot.page,
        posts: snapshot.posts,
        reach: snapshot.reach,
        category: 'active',
        posWidgetsDeclared: null,
        now: DEMO_NOW,
      });
      const input = await fetchMonitoringInput(fresh.api, {
        groupId: page.id,
        posts: plain.er.posts,
        canManage: true,
      });
      const card = withMonitoringRatingEr(plain, computeMonitoringEr(plain.er, input));
      const row = rows.find((r) => r.id === page.id)!;
      expect(row.state).toBe('ok');
      expect(rowVerdict(row)).toEqual(card.verdict);
      expect(row.state === 'ok' && row.scorecard.rating.total).toBe(card.rating.total);
    }
  });

  it("judges a page by its admin's settings: a business card is not rated on posting", async () => {
    const { services } = demoServices(OUTSIDE);
    const pages = await fetchAdminPages(services.api);
    const [first] = pages;
    await savePageSettings(services.userStorage, first!.id, {
      category: 'card',
      posWidgetsDeclared: true,
      timeZone: 'Asia/Yekaterinburg',
    });
    const [row] = await readMyPageRows(services, [first!], { now: DEMO_NOW });
    expect(row?.state === 'ok' && row.scorecard.frequency.assessed).toBe(false);
    expect(row?.state === 'ok' && row.scorecard.verdict.indicators.frequency).toBe('not-assessed');
    expect(row?.state === 'ok' && row.monitoring).not.toBeNull();
  });

  it('says why a page cannot be judged instead of leaving it out', async () => {
    const { services } = demoServices(OUTSIDE);
    const pages = await fetchAdminPages(services.api);
    const deleted = { ...pages[0]!, id: 219000027, name: 'Удалённая' };
    const rows = await readMyPageRows(services, [deleted, pages[0]!], { now: DEMO_NOW });
    expect(rows.map((row) => row.state)).toEqual(['unavailable', 'ok']);
    expect(rowVerdict(rows[0]!).status).toBe('fail');
  });
});
