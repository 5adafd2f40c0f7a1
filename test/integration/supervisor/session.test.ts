// The supervisor session (features/supervisor) over the simulated VK: the list is opened where it
// lives, a saved list refreshes and streams rows, categories and removals are saved and recomputed.
import { describe, expect, it } from 'vitest';
import { computeMonitoringEr } from '../../../src/core/monitoring';
import { rowFlags } from '../../../src/core/pages/supervisor-table';
import { fetchMonitoringInput } from '../../../src/data/monitoring';
import { createMemoryCache } from '../../../src/data/supervisor/cache';
import { HEAD_ID } from '../../../src/demo/pages';
import { SupervisorSession, type SessionState } from '../../../src/features/supervisor/session';
import { demoServices } from '../demo-services';
import { childrenWorld, until } from './supervisor-services';

const ENTRIES = [
  { id: 219000004, name: 'СОШ № 1', category: 'active' as const },
  { id: 219000006, name: 'Гимназия № 3', category: null },
  { id: 219000024, name: 'Бухгалтерия', category: 'card' as const },
];

function sessionOver(query: string) {
  const { services } = demoServices(query);
  const session = new SupervisorSession({
    ...services,
    cache: createMemoryCache(),
    timeZone: 'Europe/Moscow',
    parentId: HEAD_ID,
    tryCommunity: true,
  });
  return { session, services };
}

describe('SupervisorSession', () => {
  it('opens an empty list in the community storage, saves, refreshes and streams a row per page', async () => {
    const { session } = sessionOver('role=admin');
    const opened = await until(session, (s) => s.list.status !== 'opening');
    expect(opened.list.status === 'ready' && opened.list.store.place).toBe('community');
    expect(opened.entries).toEqual([]);

    await session.save(ENTRIES);
    const done = await until(session, (s) => !s.progress.running && s.rows.length === 3);
    expect(done.rows.map((row) => [row.id, row.state])).toEqual([
      [219000004, 'ok'],
      [219000006, 'ok'],
      [219000024, 'unavailable'],
    ]);
    expect(done.progress).toEqual({ running: false, done: 3, total: 3, error: null });
    expect(done.pending.size).toBe(0);
    // Two assessed: the school and the gymnasium; the private page is a business card, not assessed.
    expect(done.summary.assessed).toBe(2);
    expect(done.oldestFetch).not.toBeNull();
  });

  it('saves a category change and recomputes the row, and saves a removal', async () => {
    const { session } = sessionOver('role=admin');
    await until(session, (s) => s.list.status === 'ready');
    await session.save(ENTRIES);
    await until(session, (s) => !s.progress.running && s.rows.length === 3);

    await session.setCategory(219000006, 'card');
    const row = session.getState().rows.find((r) => r.id === 219000006)!;
    expect(row.category).toBe('card');
    expect(row.state === 'ok' && row.scorecard.frequency.assessed).toBe(false);

    await session.remove(219000004);
    expect(session.getState().entries.map((e) => e.id)).toEqual([219000006, 219000024]);
    expect(session.getState().rows.map((r) => r.id)).toEqual([219000006, 219000024]);
    const store = session.getState().list;
    expect(store.status === 'ready' && (await store.store.load())?.entries).toEqual([
      { ...ENTRIES[1], category: 'card' },
      ENTRIES[2],
    ]);
  });

  it("keeps the list in the viewer's storage when the community token is refused", async () => {
    const { session } = sessionOver('role=admin&deny=community');
    const opened = await until(session, (s) => s.list.status !== 'opening');
    expect(opened.list.status === 'ready' && opened.list.store.place).toBe('user');
  });

  it('refines one row with the monitoring-grade ER on request and keeps the flags per row', async () => {
    const { session, services } = sessionOver('role=admin');
    await until(session, (s) => s.list.status !== 'opening');
    await session.save(ENTRIES);
    const done = await until(session, (s) => !s.progress.running && s.rows.length === 3);
    const plain = done.rows.find((row) => row.id === 219000004);
    if (plain?.state !== 'ok') throw new Error('expected the school row');
    expect(plain.monitoring).toBeNull();
    // The table reads no community statistics: reach is an estimate, and the row says so.
    expect(rowFlags(plain)).toContainEqual({ kind: 'reach-estimated', reason: 'not-requested' });
    // The private page has no figures and carries its state as a flag.
    const closed = done.rows.find((row) => row.id === 219000024);
    expect(closed && rowFlags(closed).map((flag) => flag.kind)).toEqual(['private-page']);

    const refining = session.refine(219000004);
    expect(session.getState().refining.get(219000004)).toEqual({ status: 'loading' });
    await refining;
    const refined = session.getState().rows.find((row) => row.id === 219000004);
    if (refined?.state !== 'ok' || !refined.monitoring) throw new Error('expected a refined row');
    expect(session.getState().refining.has(219000004)).toBe(false);

    // The same figure the core computes from the same lists, read independently.
    const input = await fetchMonitoringInput(services.api, {
      groupId: 219000004,
      posts: plain.scorecard.er.posts,
      canManage: false,
    });
    const expected = computeMonitoringEr(plain.scorecard.er, input);
    expect(refined.monitoring.percent).toBe(expected.percent);
    // The rating counts it: the ER component scores the monitoring-grade achievement.
    expect(refined.scorecard.rating.components[1].score).toBe(expected.achievement);
    // The other rows are untouched.
    expect(session.getState().rows.find((row) => row.id === 219000006)).toBe(
      done.rows.find((row) => row.id === 219000006),
    );
  });

  it('keeps every row on screen through «Обновить» and replaces each in place as it arrives', async () => {
    const { session } = sessionOver('role=admin');
    await until(session, (s) => s.list.status === 'ready');
    await session.save(ENTRIES);
    const first = await until(session, (s) => !s.progress.running && s.rows.length === 3);

    const seen: SessionState[] = [];
    const unsubscribe = session.subscribe(() => seen.push(session.getState()));
    session.refreshNow();
    // At once: the rows stay, all waiting for their new figures.
    const started = session.getState();
    started.rows.forEach((row, i) => expect(row).toBe(first.rows[i]));
    expect([...started.pending].sort()).toEqual(ENTRIES.map((entry) => entry.id).sort());
    expect(started.progress).toMatchObject({ running: true, done: 0, total: 3 });

    const done = await until(session, (s) => !s.progress.running);
    unsubscribe();
    // Never blank, always in list order; a row stops waiting once its page has answered.
    for (const state of seen) {
      expect(state.rows.map((row) => row.id)).toEqual(ENTRIES.map((entry) => entry.id));
      expect(state.pending.size).toBe(state.progress.running ? 3 - state.progress.done : 0);
    }
    expect(done.pending.size).toBe(0);
    expect(done.progress).toEqual({ running: false, done: 3, total: 3, error: null });
    // Replaced with the new reading, not kept.
    done.rows.forEach((row, i) => expect(row).not.toBe(first.rows[i]));
  });

  it('counts pages done as the batches stream in, from the first one', async () => {
    const { services, ids } = childrenWorld(200);
    const session = new SupervisorSession({
      ...services,
      cache: createMemoryCache(),
      timeZone: 'Europe/Moscow',
      parentId: HEAD_ID,
      tryCommunity: true,
    });
    await until(session, (s) => s.list.status === 'ready');
    const running: SessionState[] = [];
    const unsubscribe = session.subscribe(() => {
      const state = session.getState();
      if (state.progress.running) running.push(state);
    });
    await session.save(ids.map((id) => ({ id, name: String(id), category: null })));
    const done = await until(session, (s) => !s.progress.running && s.rows.length === 200);
    unsubscribe();
    expect(done.progress.done).toBe(200);

    const counts = running.map((state) => state.progress.done);
    // Rising, never back, and shown between the start and the end (not «0 из 200» until the end).
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    const between = new Set(counts.filter((n) => n > 0 && n < 200));
    expect(between.size).toBeGreaterThanOrEqual(2);
    // The first answer (the pages groups.getById already says are deleted) is shown at once.
    expect(Math.min(...between)).toBeLessThan(25);
    // The count and the rows it counts reach the screen together.
    for (const state of running) expect(state.rows.length).toBe(state.progress.done);
  }, 60_000);
});
