// While an admin has the rating open, the community widget follows the table: the data layer's
// refresher rebuilds the code every minute and updates the widget only when it changed. Each update
// is recorded in the page's settings (the next admin session knows what the widget shows).
import { useEffect, useRef, useState } from 'react';
import { useServices } from '../../shared/services';
import {
  createWidgetRefresher,
  widgetCodeOf,
  type LeaderboardSettingsStore,
  type LoadedLeaderboard,
} from '../../data/leaderboard';

export interface WidgetRefreshState {
  /** The last update (install or refresh), clock milliseconds; null when unknown. */
  updatedAt: number | null;
  /** The last round's failure; cleared by the next successful update. */
  error: unknown;
}

export function useWidgetRefresher({
  groupId,
  board,
  store,
  read,
  onBoard,
}: {
  groupId: number;
  /** The board on screen; null while loading. The refresher runs when its widget is installed. */
  board: LoadedLeaderboard | null;
  store: LeaderboardSettingsStore;
  read: () => Promise<LoadedLeaderboard>;
  /** Each round's fresh board, for the screen to show. */
  onBoard: (board: LoadedLeaderboard) => void;
}): WidgetRefreshState | null {
  const { api, clock, launch } = useServices();
  const installed = board?.settings.widget.installed ?? false;
  const widget = useRef(board?.settings.widget);
  widget.current = board?.settings.widget;
  const [state, setState] = useState<WidgetRefreshState>({ updatedAt: null, error: null });

  useEffect(() => {
    if (!installed) return;
    const last = widget.current;
    setState({ updatedAt: last?.updatedAt ?? null, error: null });
    const refresher = createWidgetRefresher({
      api,
      clock,
      groupId,
      last: { code: last?.lastCode ?? null, at: last?.updatedAt ?? null },
      build: async () => {
        const fresh = await read();
        onBoard(fresh);
        return widgetCodeOf(fresh, launch.appId, groupId);
      },
      onUpdated: (code, at) => {
        setState({ updatedAt: at, error: null });
        // Best effort: a failed save only costs the next session one redundant update.
        void store
          .get()
          .then((settings) =>
            store.save({ ...settings, widget: { installed: true, lastCode: code, updatedAt: at } }),
          )
          .catch(() => undefined);
      },
      onError: (error) => setState((s) => ({ ...s, error })),
    });
    refresher.start();
    return () => refresher.stop();
  }, [installed, api, clock, groupId, launch.appId, read, onBoard, store]);

  return installed ? state : null;
}
