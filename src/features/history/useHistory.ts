// Reads the page's three months once (with progress), its settings (category, time zone) and, when
// the admin asks, the statistics of subscriptions; the core turns them into the screen's figures.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useServices } from '../../shared/services';
import { computeHistory, type History } from '../../core/history/history';
import type { SubscriptionDay } from '../../core/history/members';
import { fetchHistory, type HistoryData, type HistoryProgress } from '../../data/history/read-history';
import { fetchSubscriptionDays } from '../../data/history/subscriptions';
import { DEFAULT_PAGE_SETTINGS, loadPageSettings, type PageSettings } from '../../data/page-settings';
import { useLoad, type LoadState } from '../../shared/useLoad';
import { isTokenRefused } from '../../shared/vk-error-text';

export type MembersState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; days: SubscriptionDay[] }
  | { status: 'refused' }
  | { status: 'error'; error: unknown };

export interface HistoryState {
  load: LoadState<HistoryData>;
  progress: HistoryProgress | null;
  settings: PageSettings;
  history: History | null;
  members: MembersState;
  requestMembers(): void;
}

export function useHistory(groupId: number): HistoryState {
  const { api, clock, userStorage } = useServices();
  const [progress, setProgress] = useState<HistoryProgress | null>(null);
  const [settings, setSettings] = useState<PageSettings>(DEFAULT_PAGE_SETTINGS);
  const [members, setMembers] = useState<MembersState>({ status: 'idle' });

  const read = useCallback(() => {
    setProgress(null);
    return fetchHistory(api, groupId, { now: Math.floor(clock.now() / 1000), onProgress: setProgress });
  }, [api, clock, groupId]);
  const load = useLoad(read);

  useEffect(() => {
    let cancelled = false;
    loadPageSettings(userStorage, groupId)
      .then((stored) => !cancelled && setSettings(stored))
      // The defaults (an active page in Moscow time) are a fine answer when storage fails.
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [userStorage, groupId]);

  const data = load.state.status === 'ready' ? load.state.value : null;
  const requestMembers = useCallback(() => {
    if (!data) return;
    setMembers({ status: 'loading' });
    fetchSubscriptionDays(api, groupId, { from: data.postsFrom, to: data.fetchedAt }).then(
      (days) => setMembers({ status: 'ready', days }),
      (error: unknown) =>
        setMembers(isTokenRefused(error) ? { status: 'refused' } : { status: 'error', error }),
    );
  }, [api, groupId, data]);

  const days = members.status === 'ready' ? members.days : null;
  const history = useMemo(
    () =>
      data
        ? computeHistory({
            posts: data.posts,
            category: settings.category,
            now: data.fetchedAt,
            membersToday: data.page.membersCount,
            subscriptionDays: days,
            options: { timeZone: settings.timeZone },
          })
        : null,
    [data, settings, days],
  );

  return { load, progress, settings, history, members, requestMembers };
}
