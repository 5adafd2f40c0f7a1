// The monitoring-grade ER of the scorecard's ER sample: the extra lists (likers, reposters, commenters,
// their account status, the managers) are read once the plain ER is on screen, and again only when the
// sample or its counters change.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useServices } from '../../app/services';
import {
  computeMonitoringEr,
  sampleKey,
  type MonitoringEr,
  type MonitoringErInput,
} from '../../core/monitoring';
import type { Scorecard } from '../../core/scorecard';
import { fetchMonitoringInput } from '../../data/monitoring';

export type MonitoringState =
  /** Not read yet: a non-manager (e.g. a supervisor looking at a child) asks for it explicitly. */
  | { status: 'idle'; request: () => void }
  | { status: 'loading' }
  | { status: 'ready'; monitoring: MonitoringEr }
  | { status: 'error'; error: unknown; retry: () => void };

type Fetched = { key: string; input: MonitoringErInput } | { key: string; error: unknown };

/**
 * @param scorecard the plain scorecard (null while it loads): its ER sample is what is re-counted
 * @param canManage admins get it read at once; others (a supervisor going through many pages) only
 *   on request, since it costs extra requests per page
 */
export function useMonitoring(scorecard: Scorecard | null, canManage: boolean): MonitoringState | null {
  const [requested, setRequested] = useState(canManage);
  const { api } = useServices();
  const er = scorecard?.er ?? null;
  const groupId = scorecard?.page.id ?? 0;
  // What the lists depend on: the page, the sampled posts and their counters.
  const key = er ? `${groupId}|${canManage}|${sampleKey(er.posts)}` : null;
  const [fetched, setFetched] = useState<Fetched | null>(null);
  const started = useRef<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    // `er` changes identity on every recompute (a category change): only a new key (or a retry) reads
    // again.
    const ticket = `${attempt}#${key}`;
    if (key === null || !er || !requested || started.current === ticket) return;
    started.current = ticket;
    fetchMonitoringInput(api, { groupId, posts: er.posts, canManage })
      .then((input) => setFetched({ key, input }))
      .catch((error: unknown) => setFetched({ key, error }));
  }, [api, key, er, groupId, canManage, attempt, requested]);

  return useMemo((): MonitoringState | null => {
    if (!er || key === null) return null;
    if (!requested) return { status: 'idle', request: () => setRequested(true) };
    // A result for an older sample is never shown as this one's.
    if (!fetched || fetched.key !== key) return { status: 'loading' };
    if ('error' in fetched)
      return {
        status: 'error',
        error: fetched.error,
        retry: () => {
          setFetched(null);
          setAttempt((n) => n + 1);
        },
      };
    return { status: 'ready', monitoring: computeMonitoringEr(er, fetched.input) };
  }, [er, key, fetched, requested]);
}
