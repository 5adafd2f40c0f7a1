// Reads the rating (settings, period, activity, scores, names and photos) with its progress, and
// refreshes it in place: the table stays on screen while a refresh runs, and the activity cache in
// services.memory makes a refresh read only the posts whose counters moved.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useServices } from '../../shared/services';
import type { LeaderboardRules } from '../../core/leaderboard';
import {
  openLeaderboardSettings,
  loadLeaderboard,
  type LeaderboardProgress,
  type LeaderboardSettingsStore,
  type LoadedLeaderboard,
} from '../../data/leaderboard';

export type LeaderboardLoad =
  | { status: 'loading'; progress: LeaderboardProgress | null }
  | {
      status: 'ready';
      value: LoadedLeaderboard;
      refreshing: boolean;
      progress: LeaderboardProgress | null;
      /** The last refresh failed: the table shown is the previous one. */
      refreshError: unknown;
    }
  | { status: 'error'; error: unknown };

export interface LeaderboardRead {
  /** Names and photos for this many top rows (the viewer's own always). */
  shown: number;
  /** The page's settings live in its community storage, readable by its managers only. */
  canManage: boolean;
  /** For everyone else: the rules their link carried (null: the defaults). Keep the object stable. */
  rules?: LeaderboardRules | null;
}

/** The page's settings store (community storage), for its managers. */
export function useSettingsStore(groupId: number): LeaderboardSettingsStore {
  const { api } = useServices();
  return useMemo(() => openLeaderboardSettings(api, groupId), [api, groupId]);
}

/** One read of the board; `onProgress` hears its stages. */
export function useReadLeaderboard(groupId: number, { shown, canManage, rules = null }: LeaderboardRead) {
  const services = useServices();
  const store = useSettingsStore(groupId);
  return useCallback(
    (onProgress?: (progress: LeaderboardProgress) => void) =>
      loadLeaderboard(services, groupId, {
        canManage,
        settings: canManage ? store : undefined,
        rules,
        shown,
        viewerId: services.launch.userId,
        onProgress,
      }),
    [services, groupId, canManage, store, shown, rules],
  );
}

export function useLeaderboard(
  groupId: number,
  read: LeaderboardRead,
): {
  state: LeaderboardLoad;
  refresh: () => void;
  set: (value: LoadedLeaderboard) => void;
  /** Another read of the same board (no progress), e.g. for the widget refresher. */
  readAgain: () => Promise<LoadedLeaderboard>;
} {
  const readBoard = useReadLeaderboard(groupId, read);
  const [state, setState] = useState<LeaderboardLoad>({ status: 'loading', progress: null });
  const [attempt, setAttempt] = useState(0);
  const ticket = useRef(0);

  useEffect(() => {
    const mine = ++ticket.current;
    const update = (next: (state: LeaderboardLoad) => LeaderboardLoad) => {
      if (mine === ticket.current) setState(next);
    };
    readBoard((progress) => update((s) => (s.status === 'error' ? s : { ...s, progress }))).then(
      (value) =>
        update(() => ({ status: 'ready', value, refreshing: false, progress: null, refreshError: null })),
      (error: unknown) =>
        update((s) =>
          s.status === 'ready'
            ? { ...s, refreshing: false, progress: null, refreshError: error }
            : { status: 'error', error },
        ),
    );
  }, [readBoard, attempt]);

  const refresh = useCallback(() => {
    setState((s) =>
      s.status === 'ready'
        ? { ...s, refreshing: true, progress: null, refreshError: null }
        : { status: 'loading', progress: null },
    );
    setAttempt((n) => n + 1);
  }, []);
  /** A newer board read elsewhere (the widget refresher): shown unless a refresh is running. */
  const set = useCallback((value: LoadedLeaderboard) => {
    setState((s) => (s.status === 'ready' && !s.refreshing ? { ...s, value, refreshError: null } : s));
  }, []);
  const readAgain = useCallback(() => readBoard(), [readBoard]);
  return { state, refresh, set, readAgain };
}
