// The scorecard's data use-case over the simulated VK: what it asks VK, and what it makes of the
// answers, including refusals, private pages and injected faults.
import { describe, expect, it } from 'vitest';
import { computeScorecard } from '../../src/core/scorecard';
import { fetchPageSnapshot } from '../../src/data/page-snapshot';
import { HEAD_ID } from '../../src/demo/pages';
import { PageUnavailableError } from '../../src/data/page-unavailable';
import { DEMO_NOW, demoServices } from './demo-services';

const BASE = { now: DEMO_NOW, timeZone: 'Europe/Moscow', withStats: false, withPostponed: false };
const COMPLIANT_ID = 219000006;
const PRIVATE_ID = 219000024;
const DELETED_ID = 219000027;

describe('fetchPageSnapshot over the demo world', () => {
  it('reads the page and its month of posts in one request (groups.getById + wall.get in one execute)', async () => {
    const { services, bridge } = demoServices('role=admin');
    const snapshot = await fetchPageSnapshot(services.api, HEAD_ID, BASE);
    // wall.get filter=owner: the community's own published posts (its reposts included).
    const published = (bridge.world.walls.get(HEAD_ID) ?? []).filter(
      (p) => p.state === 'published' && p.date <= DEMO_NOW && p.fromId === -HEAD_ID,
    );

    expect(services.api.stats()).toMatchObject({ requests: 1, calls: 2, retries: 0 });
    expect(snapshot.page.name).toBe('Администрация Лесногорского муниципального округа');
    expect(snapshot.posts.length).toBe(Math.min(100, published.length));
    expect(snapshot.posts.every((p) => p.state === 'published' && p.date <= DEMO_NOW)).toBe(true);
    expect(snapshot.postponed).toBe('not-requested');
    expect(snapshot.reach).toEqual({ kind: 'unavailable', reason: 'not-requested' });
    expect(snapshot.postsComplete).toBe(true);
  });

  it('adds scheduled posts and exact reach when the admin grants wall and stats', async () => {
    const { services } = demoServices('role=admin');
    const snapshot = await fetchPageSnapshot(services.api, HEAD_ID, {
      ...BASE,
      withStats: true,
      withPostponed: true,
    });
    expect(snapshot.postponed).toBe('included');
    expect(snapshot.posts.some((p) => p.state === 'postponed' && p.date > DEMO_NOW)).toBe(true);
    expect(snapshot.reach.kind).toBe('stats');
    expect(services.tokens.hasUserScope('wall')).toBe(true);
    expect(services.tokens.hasUserScope('stats')).toBe(true);
  });

  it('keeps the scorecard when the admin refuses the extra rights', async () => {
    const { services } = demoServices('role=admin&deny=wall,stats');
    const snapshot = await fetchPageSnapshot(services.api, HEAD_ID, {
      ...BASE,
      withStats: true,
      withPostponed: true,
    });
    expect(snapshot.postponed).toBe('refused');
    expect(snapshot.reach).toEqual({ kind: 'unavailable', reason: 'no-rights' });
    expect(snapshot.posts.length).toBeGreaterThan(0);
  });

  it('reports a private page as unreadable, with the page VK described', async () => {
    const { services } = demoServices('role=admin');
    const error = await fetchPageSnapshot(services.api, PRIVATE_ID, BASE).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PageUnavailableError);
    expect(error).toMatchObject({ state: 'private', page: { id: PRIVATE_ID, status: 'private' } });
    expect((error as PageUnavailableError).page.name.length).toBeGreaterThan(0);
  });

  it('reports a deleted page as deleted, not as closed to the viewer', async () => {
    const { services } = demoServices('role=admin');
    const error = await fetchPageSnapshot(services.api, DELETED_ID, BASE).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PageUnavailableError);
    expect(error).toMatchObject({ state: 'deleted', page: { id: DELETED_ID } });
  });

  it('keeps other failures as they are (a refused token is not a closed page)', async () => {
    const { services } = demoServices('role=admin&deny=token');
    const error = await fetchPageSnapshot(services.api, COMPLIANT_ID, BASE).catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(PageUnavailableError);
  });

  it('gives the same scorecard through injected faults (rate limits, VK errors, dropped connections)', async () => {
    const clean = demoServices('role=admin');
    const faulty = demoServices('role=admin&faults=0.4');
    const [a, b] = await Promise.all([
      fetchPageSnapshot(clean.services.api, COMPLIANT_ID, BASE),
      fetchPageSnapshot(faulty.services.api, COMPLIANT_ID, BASE),
    ]);
    const card = (s: typeof a) =>
      computeScorecard({ ...s, category: 'active', posWidgetsDeclared: null, now: DEMO_NOW });
    expect(faulty.services.api.stats().retries).toBeGreaterThan(0);
    expect(card(b).er).toEqual(card(a).er);
    expect(card(b).frequency).toEqual(card(a).frequency);
  });
});
