// Loads one page's data from VK, keeps the admin's settings for it, and derives the scorecard with
// the core. Changing the category recomputes on the spot; only a refresh goes back to VK.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useServices } from '../../shared/services';
import type { Category } from '../../core/types';
import { computeScorecard, type Scorecard } from '../../core/scorecard';
import { readDatedSnapshot, type DatedSnapshot, type PageSnapshot } from '../../data/page-snapshot';
import {
  DEFAULT_PAGE_SETTINGS,
  loadPageSettings,
  savePageSettings,
  type PageSettings,
} from '../../data/page-settings';

export interface Extras {
  /** The admin agreed to grant `stats` for exact reach. */
  withStats: boolean;
  /** The admin agreed to grant `wall` for scheduled posts. */
  withPostponed: boolean;
}

type Load =
  | { status: 'loading' }
  | { status: 'ready'; snapshot: PageSnapshot; fetchedAt: number; refreshing: boolean }
  | { status: 'error'; error: unknown; snapshot: PageSnapshot | null; fetchedAt: number | null };

export interface ScorecardState {
  load: Load;
  scorecard: Scorecard | null;
  settings: PageSettings;
  extras: Extras;
  refresh(): Promise<void>;
  setExtras(extras: Partial<Extras>): void;
  updateSettings(change: Partial<PageSettings>): void;
  /** Saving the settings to VK Storage failed (the change still applies on screen). */
  settingsError: unknown;
}

/**
 * @param categoryOverride the category from a supervisor's list, which wins over the page settings
 * @param known a snapshot already read (the supervisor's refresh): shown without asking VK again
 */
export function useScorecard(
  groupId: number,
  categoryOverride?: Category,
  known?: DatedSnapshot,
): ScorecardState {
  const { api, clock, userStorage, firstRead } = useServices();
  // Read once, at mount: a later refresh always asks VK. The first read main.tsx started counts as
  // known when it has already arrived (no loading state, no second render).
  const [initial] = useState(() => known ?? firstRead.takeArrived(groupId) ?? undefined);
  const [load, setLoad] = useState<Load>(() =>
    initial ? { status: 'ready', ...initial, refreshing: false } : { status: 'loading' },
  );
  const [settings, setSettings] = useState<PageSettings>(DEFAULT_PAGE_SETTINGS);
  const [settingsError, setSettingsError] = useState<unknown>(null);
  const [extras, setExtrasState] = useState<Extras>({ withStats: false, withPostponed: false });
  const latest = useRef(0);
  const edited = useRef(false);

  const fetchNow = useCallback(
    async (mode: 'initial' | 'refresh', wanted: Extras) => {
      const ticket = ++latest.current;
      setLoad((prev) =>
        mode === 'refresh' && prev.status === 'ready'
          ? { ...prev, refreshing: true }
          : prev.status === 'ready'
            ? prev
            : { status: 'loading' },
      );
      try {
        // The first read may already be on its way (main.tsx starts it before this screen's code arrives).
        const early = mode === 'initial' ? firstRead.take(groupId) : null;
        const now = Math.floor(clock.now() / 1000);
        const { snapshot, fetchedAt } = await (early ?? readDatedSnapshot(api, groupId, now, wanted));
        if (ticket === latest.current) setLoad({ status: 'ready', snapshot, fetchedAt, refreshing: false });
      } catch (error) {
        // Keep what is on screen: a failed refresh must not blank the scorecard.
        if (ticket === latest.current)
          setLoad((prev) => ({
            status: 'error',
            error,
            snapshot: prev.status === 'loading' ? null : prev.snapshot,
            fetchedAt: prev.status === 'loading' ? null : prev.fetchedAt,
          }));
      }
    },
    [api, clock, firstRead, groupId],
  );

  useEffect(() => {
    let cancelled = false;
    edited.current = false;
    loadPageSettings(userStorage, groupId)
      // A change made before the stored settings arrived wins: it is also the one saved.
      .then((stored) => !cancelled && !edited.current && setSettings(stored))
      .catch((error: unknown) => !cancelled && setSettingsError(error));
    return () => {
      cancelled = true;
    };
  }, [userStorage, groupId]);

  useEffect(() => {
    if (!initial) void fetchNow('initial', { withStats: false, withPostponed: false });
  }, [fetchNow, initial]);

  const refresh = useCallback(() => fetchNow('refresh', extras), [fetchNow, extras]);

  const setExtras = useCallback(
    (change: Partial<Extras>) => {
      const next = { ...extras, ...change };
      setExtrasState(next);
      void fetchNow('refresh', next);
    },
    [extras, fetchNow],
  );

  const updateSettings = useCallback(
    (change: Partial<PageSettings>) => {
      const next = { ...settings, ...change };
      edited.current = true;
      setSettings(next);
      setSettingsError(null);
      savePageSettings(userStorage, groupId, next).catch((error: unknown) => setSettingsError(error));
    },
    [settings, userStorage, groupId],
  );

  const snapshot = load.status === 'loading' ? null : load.snapshot;
  const fetchedAt = load.status === 'loading' ? null : load.fetchedAt;
  const scorecard = useMemo(
    () =>
      snapshot && fetchedAt !== null
        ? computeScorecard({
            page: snapshot.page,
            posts: snapshot.posts,
            reach: snapshot.reach,
            category: categoryOverride ?? settings.category,
            posWidgetsDeclared: settings.posWidgetsDeclared,
            now: fetchedAt,
            options: { timeZone: settings.timeZone },
          })
        : null,
    [snapshot, fetchedAt, settings, categoryOverride],
  );

  return { load, scorecard, settings, extras, refresh, setExtras, updateSettings, settingsError };
}
