// The supervisor's working state as a plain observable object: it outlives the panels (opening a
// child's scorecard and coming back keeps the table), and React reads it via useSyncExternalStore.
import { computeMonitoringEr, sampleKey, type MonitoringEr } from '../../core/monitoring';
import {
  summarizeChildren,
  withMonitoringEr,
  type ChildrenSummary,
  type SupervisorRow,
} from '../../core/pages/supervisor-table';
import { openListStore, type ChildEntry, type ListStore } from '../../data/children/list-store';
import { toSupervisorRow } from '../../data/children/rows';
import { fetchMonitoringInput, type MonitoringRead } from '../../data/monitoring';
import type { SnapshotCache } from '../../data/supervisor/cache';
import { refreshChildren } from '../../data/supervisor/refresh';
import type { ChildResult } from '../../data/supervisor/types';
import type { VkApi } from '../../vk/api-client';
import type { Clock } from '../../vk/clock';
import type { VkStorage } from '../../vk/storage';
import type { TokenStore } from '../../vk/tokens';

/** Rows stream in per page; the screen is updated at most this often (a 1,700-row table is heavy). */
const FLUSH_MS = 100;

export interface SessionDeps {
  api: VkApi;
  tokens: TokenStore;
  userStorage: VkStorage;
  clock: Clock;
  cache: SnapshotCache;
  timeZone: string;
  parentId: number | null;
  /** Try the parent's community storage first (admins of the parent page). */
  tryCommunity: boolean;
}

export type ListState =
  { status: 'opening' } | { status: 'ready'; store: ListStore } | { status: 'error'; error: unknown };

/** A row's «Уточнить» (the monitoring-grade ER) while it is read, or why it failed. */
export type RefineState = { status: 'loading' } | { status: 'error'; error: unknown };

export interface SessionState {
  list: ListState;
  entries: readonly ChildEntry[];
  /** Rows in list order, for the pages whose result has arrived. */
  rows: readonly SupervisorRow[];
  summary: ChildrenSummary;
  progress: { running: boolean; done: number; total: number; error: unknown };
  /** Unix seconds of the oldest figure on screen («обновлено N минут назад»). */
  oldestFetch: number | null;
  /** The ids in the order the table showed them when a row was opened (for next / previous). */
  viewOrder: readonly number[];
  /** The last change of the list that could not be saved (shown until the next successful save). */
  saveError: unknown;
  /** Rows whose monitoring-grade ER is being read or failed; a refined row carries it itself. */
  refining: ReadonlyMap<number, RefineState>;
}

export class SupervisorSession {
  private state: SessionState;
  private readonly listeners = new Set<() => void>();
  /** Per page: its last result and the row built from it (rebuilt only when that page changes). */
  private readonly results = new Map<number, ChildResult>();
  private readonly rowsById = new Map<number, SupervisorRow>();
  /** Monitoring-grade ERs asked for, with the sample they were read for. */
  private readonly refined = new Map<number, MonitoringRead & { monitoring: MonitoringEr }>();
  private running: AbortController | null = null;
  private flushTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly deps: SessionDeps) {
    this.state = {
      list: { status: 'opening' },
      entries: [],
      rows: [],
      summary: summarizeChildren([]),
      progress: { running: false, done: 0, total: 0, error: null },
      oldestFetch: null,
      viewOrder: [],
      saveError: null,
      refining: new Map(),
    };
    void this.open();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): SessionState => this.state;

  /** The page's last result from the refresh (the child screen shows it without reading again). */
  resultOf(id: number): ChildResult | undefined {
    return this.results.get(id);
  }

  /** The lists «Уточнить» read for the page (its scorecard shows them without reading again). */
  monitoringReadOf(id: number): MonitoringRead | undefined {
    return this.refined.get(id);
  }

  /** Opens the list again after it failed to open (a network blip, an unreadable value). */
  reopen(): void {
    if (this.state.list.status !== 'error') return;
    this.set({ list: { status: 'opening' } });
    void this.open();
  }

  /** Remembers the table's order when a row is opened, so the child screen can step through it. */
  setViewOrder(ids: readonly number[]): void {
    this.set({ viewOrder: [...ids] });
  }

  /** Re-reads every page, ignoring the cache. */
  refreshNow(): void {
    void this.run(true);
  }

  /** Saves the list the user confirmed, then refreshes (pages already read come from the cache). */
  async save(entries: readonly ChildEntry[]): Promise<void> {
    await this.store().save(entries, this.now());
    this.set({ entries: [...entries], saveError: null });
    this.publishRows();
    void this.run(false);
  }

  /** Sets a child's category in the list and recomputes its row; a failed save is shown. */
  async setCategory(id: number, category: ChildEntry['category']): Promise<void> {
    const entries = this.state.entries.map((entry) => (entry.id === id ? { ...entry, category } : entry));
    this.set({ entries });
    this.rebuildRow(id);
    this.publishRows();
    await this.persist(entries);
  }

  /**
   * «Уточнить»: reads the lists behind the row's ER sample and puts the monitoring-grade ER into its
   * rating. Kept until the sample changes (a refresh with new posts or counters drops it).
   */
  async refine(id: number): Promise<void> {
    const row = this.rowsById.get(id);
    if (row?.state !== 'ok' || this.state.refining.get(id)?.status === 'loading') return;
    const { er } = row.scorecard;
    this.setRefining(id, { status: 'loading' });
    try {
      const input = await fetchMonitoringInput(this.deps.api, {
        groupId: id,
        posts: er.posts,
        canManage: false,
      });
      this.refined.set(id, {
        sampleKey: sampleKey(er.posts),
        input,
        monitoring: computeMonitoringEr(er, input),
      });
      this.setRefining(id, null);
      this.publishRows();
    } catch (error) {
      this.setRefining(id, { status: 'error', error });
    }
  }

  private setRefining(id: number, state: RefineState | null): void {
    const refining = new Map(this.state.refining);
    if (state) refining.set(id, state);
    else refining.delete(id);
    this.set({ refining });
  }

  /** Takes a page off the list; resolves false when the change could not be saved. */
  async remove(id: number): Promise<boolean> {
    const entries = this.state.entries.filter((entry) => entry.id !== id);
    this.results.delete(id);
    this.rowsById.delete(id);
    this.refined.delete(id);
    this.set({ entries, viewOrder: this.state.viewOrder.filter((other) => other !== id) });
    this.publishRows();
    return this.persist(entries);
  }

  private async persist(entries: readonly ChildEntry[]): Promise<boolean> {
    try {
      await this.store().save(entries, this.now());
      this.set({ saveError: null });
      return true;
    } catch (error) {
      this.set({ saveError: error });
      return false;
    }
  }

  private store(): ListStore {
    const { list } = this.state;
    if (list.status !== 'ready') throw new Error('The list is not open yet');
    return list.store;
  }

  private async open(): Promise<void> {
    const { api, tokens, userStorage, parentId, tryCommunity } = this.deps;
    try {
      const store = await openListStore({ api, tokens, userStorage, parentId, tryCommunity });
      const saved = await store.load();
      this.set({ list: { status: 'ready', store }, entries: saved?.entries ?? [] });
      if (this.state.entries.length > 0) void this.run(false);
    } catch (error) {
      this.set({ list: { status: 'error', error } });
    }
  }

  private async run(force: boolean): Promise<void> {
    // A newer run replaces an older one: it stops issuing requests and its results are ignored.
    this.running?.abort();
    const controller = new AbortController();
    this.running = controller;
    const ids = this.state.entries.map((entry) => entry.id);
    if (force) {
      this.results.clear();
      this.rowsById.clear();
      this.publishRows();
    }
    this.set({ progress: { running: true, done: 0, total: ids.length, error: null } });
    let done = 0;
    try {
      await refreshChildren(this.deps.api, ids, {
        now: this.now(),
        timeZone: this.deps.timeZone,
        cache: this.deps.cache,
        force,
        signal: controller.signal,
        onResult: (result) => {
          if (controller.signal.aborted) return;
          this.results.set(result.id, result);
          this.rebuildRow(result.id);
          done += 1;
          this.scheduleFlush(
            () => this.state.progress.running && { progress: { ...this.state.progress, done } },
          );
        },
      });
      if (!controller.signal.aborted)
        this.flush({ progress: { ...this.state.progress, done, running: false } });
    } catch (error) {
      if (!controller.signal.aborted)
        this.flush({ progress: { ...this.state.progress, running: false, error } });
    }
  }

  private rebuildRow(id: number): void {
    const result = this.results.get(id);
    const entry = this.state.entries.find((e) => e.id === id);
    if (result && entry) this.rowsById.set(id, toSupervisorRow(result, entry, this.deps.timeZone));
  }

  /** Coalesces streamed results into one screen update per FLUSH_MS. */
  private scheduleFlush(change: () => Partial<SessionState> | false): void {
    if (this.flushTimer !== null) return;
    this.flushTimer = setTimeout(() => {
      this.flushTimer = null;
      this.flush(change() || {});
    }, FLUSH_MS);
  }

  private flush(change: Partial<SessionState>): void {
    if (this.flushTimer !== null) {
      clearTimeout(this.flushTimer);
      this.flushTimer = null;
    }
    this.set(change);
    this.publishRows();
  }

  /** Rows in list order, the summary and the oldest figure, from the per-page rows. */
  private publishRows(): void {
    const rows = this.state.entries.flatMap((entry) => {
      const row = this.rowsById.get(entry.id);
      return row ? [this.withRefinement(row)] : [];
    });
    let oldest: number | null = null;
    for (const entry of this.state.entries) {
      const fetchedAt = this.results.get(entry.id)?.fetchedAt;
      if (fetchedAt !== undefined) oldest = oldest === null ? fetchedAt : Math.min(oldest, fetchedAt);
    }
    this.set({ rows, summary: summarizeChildren(rows), oldestFetch: oldest });
  }

  private withRefinement(row: SupervisorRow): SupervisorRow {
    const refined = this.refined.get(row.id);
    if (row.state !== 'ok' || !refined || refined.sampleKey !== sampleKey(row.scorecard.er.posts)) return row;
    return withMonitoringEr(row, refined.monitoring);
  }

  private now(): number {
    return Math.floor(this.deps.clock.now() / 1000);
  }

  private set(change: Partial<SessionState>): void {
    this.state = { ...this.state, ...change };
    this.listeners.forEach((listener) => listener());
  }
}
