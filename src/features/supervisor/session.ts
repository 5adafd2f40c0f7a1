// The supervisor's working state as a plain observable object: it outlives the panels (opening a
// child's scorecard and coming back keeps the table), and React reads it via useSyncExternalStore.
import {
  summarizeChildren,
  type ChildrenSummary,
  type SupervisorRow,
} from '../../core/pages/supervisor-table';
import { openListStore, type ChildEntry, type ListStore } from '../../data/children/list-store';
import { toSupervisorRow } from '../../data/children/rows';
import type { SnapshotCache } from '../../data/supervisor/cache';
import { refreshChildren } from '../../data/supervisor/refresh';
import type { ChildResult } from '../../data/supervisor/types';
import type { VkApi } from '../../vk/api-client';
import type { Clock } from '../../vk/clock';
import type { VkStorage } from '../../vk/storage';
import type { TokenStore } from '../../vk/tokens';

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
}

export class SupervisorSession {
  private state: SessionState;
  private readonly listeners = new Set<() => void>();
  private results = new Map<number, ChildResult>();
  private ticket = 0;

  constructor(private readonly deps: SessionDeps) {
    this.state = {
      list: { status: 'opening' },
      entries: [],
      rows: [],
      summary: summarizeChildren([]),
      progress: { running: false, done: 0, total: 0, error: null },
      oldestFetch: null,
      viewOrder: [],
    };
    void this.open();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): SessionState => this.state;

  /** Remembers the table's order when a row is opened, so the child screen can step through it. */
  setViewOrder(ids: readonly number[]): void {
    this.set({ viewOrder: [...ids] });
  }

  /** Sets a child's category in the list (saved where the list lives) and recomputes its row. */
  async setCategory(id: number, category: ChildEntry['category']): Promise<void> {
    const entries = this.state.entries.map((entry) => (entry.id === id ? { ...entry, category } : entry));
    const { list } = this.state;
    this.set({ entries });
    this.rebuildRows();
    if (list.status === 'ready') await list.store.save(entries, this.now());
  }

  /** Takes a page off the list (saved where the list lives). */
  async remove(id: number): Promise<void> {
    const entries = this.state.entries.filter((entry) => entry.id !== id);
    const { list } = this.state;
    this.results.delete(id);
    this.set({ entries, viewOrder: this.state.viewOrder.filter((other) => other !== id) });
    this.rebuildRows();
    if (list.status === 'ready') await list.store.save(entries, this.now());
  }

  /** Re-reads every page, ignoring the cache. */
  refreshNow(): void {
    void this.run(true);
  }

  /** Saves the list the user confirmed, then refreshes the pages in it (cached ones cost nothing). */
  async save(entries: readonly ChildEntry[]): Promise<void> {
    const { list } = this.state;
    if (list.status !== 'ready') throw new Error('The list is not open yet');
    await list.store.save(entries, this.now());
    this.set({ entries: [...entries] });
    this.rebuildRows();
    void this.run(false);
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
    const mine = ++this.ticket;
    const ids = this.state.entries.map((entry) => entry.id);
    this.results = new Map([...this.results].filter(([id]) => !force && ids.includes(id)));
    this.set({ progress: { running: true, done: 0, total: ids.length, error: null } });
    this.rebuildRows();
    let done = 0;
    try {
      await refreshChildren(this.deps.api, ids, {
        now: this.now(),
        timeZone: this.deps.timeZone,
        cache: this.deps.cache,
        force,
        onResult: (result) => {
          if (mine !== this.ticket) return;
          this.results.set(result.id, result);
          done += 1;
          this.set({ progress: { ...this.state.progress, done } });
          this.rebuildRows();
        },
      });
      if (mine === this.ticket) this.set({ progress: { ...this.state.progress, running: false } });
    } catch (error) {
      if (mine === this.ticket) this.set({ progress: { ...this.state.progress, running: false, error } });
    }
  }

  private rebuildRows(): void {
    const rows = this.state.entries.flatMap((entry): SupervisorRow[] => {
      const result = this.results.get(entry.id);
      return result ? [toSupervisorRow(result, entry, this.deps.timeZone)] : [];
    });
    let oldest: number | null = null;
    for (const result of this.results.values())
      oldest = oldest === null ? result.fetchedAt : Math.min(oldest, result.fetchedAt);
    this.set({ rows, summary: summarizeChildren(rows), oldestFetch: oldest });
  }

  private now(): number {
    return Math.floor(this.deps.clock.now() / 1000);
  }

  private set(change: Partial<SessionState>): void {
    this.state = { ...this.state, ...change };
    this.listeners.forEach((listener) => listener());
  }
}
