// The supervisor's working state as a plain observable object: it outlives the panels (opening a
// child's scorecard and coming back keeps the table), and React reads it via useSyncExternalStore.
import { computeMonitoringEr, sampleKey, type MonitoringEr } from '../../core/monitoring';
import {
  summarizeChildren,
  withMonitoringEr,
  type ChildrenSummary,
  type RowOrder,
  type RowReplies,
  type SupervisorRow,
} from '../../core/pages/supervisor-table';
import { monthOf } from '../../core/time';
import type { VerdictStatus } from '../../core/verdict';
import { openListStore, type ChildEntry, type ListStore } from '../../data/children/list-store';
import { toSupervisorRow } from '../../data/children/rows';
import { fetchMonitoringInput, type MonitoringRead } from '../../data/monitoring';
import type { SnapshotCache } from '../../data/supervisor/cache';
import { refreshChildren } from '../../data/supervisor/refresh';
import {
  readRepliesOfPages,
  repliesKeyOf,
  repliesReadCost,
  type PageRepliesResult,
  type RepliesTarget,
} from '../../data/supervisor/replies';
import type { ChildResult } from '../../data/supervisor/types';
import type { VkApi } from '../../vk/api-client';
import type { Clock } from '../../vk/clock';
import type { VkStorage } from '../../vk/storage';
import type { TokenStore } from '../../vk/tokens';

/**
 * Rows stream in per page; the screen is updated at most this often (a 1,700-row table is heavy),
 * measured on the session's clock. The first result after a quiet spell is shown at once, so the
 * count moves as soon as anything is known, even when the thread is too busy for a timer to fire.
 */
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

/** How the table is shown: kept in the session, so opening a page and coming back keeps the filter. */
export interface TableView {
  order: RowOrder;
  /** Only rows with this verdict, or every row. */
  status: VerdictStatus | 'all';
  query: string;
}

/** A row's «Уточнить» (the monitoring-grade ER) while it is read, or why it failed. */
export type RefineState = { status: 'loading' } | { status: 'error'; error: unknown };

/** «Посчитать ответы подписчикам»: pages answered in the running (or last) read, of `total`. */
export interface RepliesProgress {
  running: boolean;
  done: number;
  total: number;
  /** The last read was stopped before its end («Остановить»). */
  stopped: boolean;
}

/** Which pages «Посчитать ответы подписчикам» reads: all of them, or those without current figures. */
export type RepliesScope = 'all' | 'missing';

/** The month whose replies are read, in the table's zone, at the moment of reading (unix seconds). */
type RepliesMoment = { month: string; timeZone: string; now: number };

export interface SessionState {
  list: ListState;
  entries: readonly ChildEntry[];
  /** Rows in list order, for the pages whose result has arrived. */
  rows: readonly SupervisorRow[];
  summary: ChildrenSummary;
  /** `done`: pages answered in the running (or last) refresh, of `total`; rises as results stream in. */
  progress: { running: boolean; done: number; total: number; error: unknown };
  /**
   * Pages whose row on screen is still the one from before the running refresh (shown dimmed until
   * their new figures arrive and replace them in place); empty when nothing runs.
   */
  pending: ReadonlySet<number>;
  /** Unix seconds of the oldest figure on screen («обновлено в 14:05»). */
  oldestFetch: number | null;
  /** The ids in the order the table showed them when a row was opened (for next / previous). */
  viewOrder: readonly number[];
  view: TableView;
  /** The last change of the list that could not be saved (shown until the next successful save). */
  saveError: unknown;
  /** Rows whose monitoring-grade ER is being read or failed; a refined row carries it itself. */
  refining: ReadonlyMap<number, RefineState>;
  replies: RepliesProgress;
  /**
   * Rows whose replies failed in the last read, or are being read again on their own; a row read
   * carries its figures itself (`SupervisorRow.replies`, while they hold for its posts).
   */
  replyReads: ReadonlyMap<number, RefineState>;
}

export class SupervisorSession {
  private state: SessionState;
  private readonly listeners = new Set<() => void>();
  /** Per page: its last result and the row built from it (rebuilt only when that page changes). */
  private readonly results = new Map<number, ChildResult>();
  private readonly rowsById = new Map<number, SupervisorRow>();
  /** Monitoring-grade ERs asked for, with the sample they were read for. */
  private readonly refined = new Map<number, MonitoringRead & { monitoring: MonitoringEr }>();
  /** Replies figures read, with what they were read for (repliesKeyOf). */
  private readonly repliesRead = new Map<number, { key: string; replies: RowReplies }>();
  /** What each reading of a page's posts would read (repliesKeyOf), per month. */
  private readonly repliesKeys = new WeakMap<ChildResult, { month: string; key: string }>();
  /** `replyReads`, updated per result and copied into the state on each update of the rows. */
  private readonly replyReads = new Map<number, RefineState>();
  private running: AbortController | null = null;
  private readingReplies: AbortController | null = null;
  private flushTimer: ReturnType<typeof setTimeout> | null = null;
  /** What the pending timer will show, per stream (the refresh, the replies): the latest change asked for. */
  private readonly flushChanges = new Map<'refresh' | 'replies', () => Partial<SessionState>>();
  /** The session clock's milliseconds at the last screen update. */
  private lastFlushAt = Number.NEGATIVE_INFINITY;
  /** Ids of `pending`, updated per result and copied into the state on each flush. */
  private readonly waiting = new Set<number>();

  constructor(private readonly deps: SessionDeps) {
    this.state = {
      list: { status: 'opening' },
      entries: [],
      rows: [],
      summary: summarizeChildren([]),
      progress: { running: false, done: 0, total: 0, error: null },
      pending: new Set(),
      oldestFetch: null,
      viewOrder: [],
      view: { order: 'worst', status: 'all', query: '' },
      saveError: null,
      refining: new Map(),
      replies: { running: false, done: 0, total: 0, stopped: false },
      replyReads: new Map(),
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

  /** Changes the table's order, status filter or search. */
  setView(change: Partial<TableView>): void {
    this.set({ view: { ...this.state.view, ...change } });
  }

  /** Re-reads every page, ignoring the cache; the rows stay on screen until each is replaced. */
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

  /**
   * «Посчитать ответы подписчикам»: the replies figures of every page read (`all`) or of the pages
   * without current figures (`missing`), from the posts the refresh read; rows stream their figures in.
   * A new read replaces a running one.
   */
  readReplies(scope: RepliesScope = 'all'): void {
    void this.runReplies(scope);
  }

  /** Stops the running read: the pages read keep their figures, the others can be read later. */
  stopReplies(): void {
    this.readingReplies?.abort();
  }

  /** Reads one page's replies again (after it failed). */
  async retryReplies(id: number): Promise<void> {
    const target = this.repliesTarget(id);
    if (!target || this.replyReads.get(id)?.status === 'loading') return;
    this.replyReads.set(id, { status: 'loading' });
    this.publishRows();
    const [result] = await readRepliesOfPages(this.deps.api, [target], this.repliesMoment());
    if (result) this.acceptReplies(result);
    this.publishRows();
  }

  private async runReplies(scope: RepliesScope): Promise<void> {
    this.readingReplies?.abort();
    const controller = new AbortController();
    this.readingReplies = controller;
    const moment = this.repliesMoment();
    const targets = this.repliesTargets(scope, moment);
    let done = 0;
    const progress = (running: boolean, stopped = false) => ({
      replies: { running, done, total: targets.length, stopped },
    });
    this.flush(progress(true));
    // The first page read is shown as soon as it comes.
    this.lastFlushAt = Number.NEGATIVE_INFINITY;
    try {
      await readRepliesOfPages(this.deps.api, targets, {
        ...moment,
        signal: controller.signal,
        onResult: (result) => {
          if (controller.signal.aborted) return;
          this.acceptReplies(result);
          done += 1;
          this.streamed('replies', () => progress(true));
        },
      });
      if (controller.signal.aborted) return;
      this.flush(progress(false));
    } catch {
      // Stopped; a newer read that replaced this one shows its own progress.
      if (this.readingReplies === controller) this.flush(progress(false, true));
    }
  }

  /** What «Посчитать ответы подписчикам» would read now: how many pages, posts and seconds at least. */
  repliesCost(scope: RepliesScope): { pages: number; posts: number; seconds: number } {
    const moment = this.repliesMoment();
    const targets = this.repliesTargets(scope, moment);
    return { pages: targets.length, ...repliesReadCost(targets, moment) };
  }

  /** The pages of the list with figures, in list order; `missing`: only those without current replies. */
  private repliesTargets(scope: RepliesScope, moment: RepliesMoment): RepliesTarget[] {
    return this.state.entries.flatMap((entry) => {
      const target = this.repliesTarget(entry.id);
      if (!target || (scope === 'missing' && this.currentReplies(entry.id, moment))) return [];
      return [target];
    });
  }

  /** What a page's replies are read from: its posts as the refresh read them (none without them). */
  private repliesTarget(id: number): RepliesTarget | null {
    const result = this.results.get(id);
    if (result?.status !== 'ok') return null;
    const { posts, postsComplete } = result.snapshot;
    return { groupId: id, posts, postsComplete };
  }

  /** The month and moment the replies are read for, and their zone: the table's. */
  private repliesMoment(): RepliesMoment {
    const now = this.now();
    return { month: monthOf(now, this.deps.timeZone), timeZone: this.deps.timeZone, now };
  }

  private acceptReplies(result: PageRepliesResult): void {
    // A page taken off the list meanwhile keeps nothing.
    if (!this.results.has(result.groupId)) return;
    if (result.status === 'ok') {
      this.repliesRead.set(result.groupId, { key: result.key, replies: result.replies });
      this.replyReads.delete(result.groupId);
    } else {
      this.replyReads.set(result.groupId, { status: 'error', error: result.error });
    }
  }

  /** The page's replies figures while they hold for its posts as last read (else null: read again). */
  private currentReplies(id: number, moment: RepliesMoment): RowReplies | null {
    const read = this.repliesRead.get(id);
    const result = read ? this.results.get(id) : undefined;
    if (!read || result?.status !== 'ok') return null;
    // Every update of the screen asks: the key is worked out once per reading of the page and month.
    let known = this.repliesKeys.get(result);
    if (known?.month !== moment.month) {
      known = { month: moment.month, key: repliesKeyOf(result.snapshot, moment) };
      this.repliesKeys.set(result, known);
    }
    return known.key === read.key ? read.replies : null;
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
    this.repliesRead.delete(id);
    this.replyReads.delete(id);
    this.waiting.delete(id);
    this.set({
      entries,
      viewOrder: this.state.viewOrder.filter((other) => other !== id),
      pending: new Set(this.waiting),
    });
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
    // The rows stay: each is replaced when its page answers; until then it is shown as waiting.
    this.waiting.clear();
    for (const id of ids) if (this.rowsById.has(id)) this.waiting.add(id);
    let done = 0;
    const progress = (running: boolean, error: unknown = null) => ({
      progress: { running, done, total: ids.length, error },
      pending: running ? new Set(this.waiting) : new Set<number>(),
    });
    this.flush(progress(true));
    // The first answer is shown as soon as it comes, however soon.
    this.lastFlushAt = Number.NEGATIVE_INFINITY;
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
          this.waiting.delete(result.id);
          done += 1;
          this.streamed('refresh', () => progress(true));
        },
      });
      if (controller.signal.aborted) return;
      this.waiting.clear();
      this.flush(progress(false));
    } catch (error) {
      if (controller.signal.aborted) return;
      this.waiting.clear();
      this.flush(progress(false, error));
    }
  }

  private rebuildRow(id: number): void {
    const result = this.results.get(id);
    const entry = this.state.entries.find((e) => e.id === id);
    if (result && entry) this.rowsById.set(id, toSupervisorRow(result, entry, this.deps.timeZone));
  }

  /**
   * A streamed result: shown at once when the screen was last updated FLUSH_MS ago or more (so the
   * count rises with every batch VK answers), otherwise coalesced into one update at the end of the
   * interval. The refresh and the replies stream apart: neither's latest change hides the other's.
   */
  private streamed(stream: 'refresh' | 'replies', change: () => Partial<SessionState>): void {
    this.flushChanges.set(stream, change);
    if (this.deps.clock.now() - this.lastFlushAt >= FLUSH_MS) {
      this.flush({});
      return;
    }
    this.flushTimer ??= setTimeout(() => {
      this.flushTimer = null;
      this.flush({});
    }, FLUSH_MS);
  }

  private flush(change: Partial<SessionState>): void {
    if (this.flushTimer !== null) {
      clearTimeout(this.flushTimer);
      this.flushTimer = null;
    }
    const streamed = [...this.flushChanges.values()].map((latest) => latest());
    this.flushChanges.clear();
    this.lastFlushAt = this.deps.clock.now();
    // One update: the count and the rows it counts reach the screen together.
    const latest = streamed.reduce<Partial<SessionState>>((all, next) => ({ ...all, ...next }), {});
    this.set({ ...latest, ...change, ...this.rowsState() });
  }

  private publishRows(): void {
    this.set(this.rowsState());
  }

  /** Rows in list order, the summary and the oldest figure, from the per-page rows. */
  private rowsState(): Pick<SessionState, 'rows' | 'summary' | 'oldestFetch' | 'replyReads'> {
    const moment = this.repliesMoment();
    const rows = this.state.entries.flatMap((entry) => {
      const row = this.rowsById.get(entry.id);
      if (!row) return [];
      const replies = row.state === 'ok' ? this.currentReplies(row.id, moment) : null;
      const refined = this.withRefinement(row);
      return [replies ? { ...refined, replies } : refined];
    });
    let oldest: number | null = null;
    for (const entry of this.state.entries) {
      const fetchedAt = this.results.get(entry.id)?.fetchedAt;
      if (fetchedAt !== undefined) oldest = oldest === null ? fetchedAt : Math.min(oldest, fetchedAt);
    }
    return {
      rows,
      summary: summarizeChildren(rows),
      oldestFetch: oldest,
      replyReads: new Map(this.replyReads),
    };
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
