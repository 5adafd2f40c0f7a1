// The monitoring-grade ER of the scorecard's ER sample: the extra lists (likers, reposters, commenters,
// their account status, the managers) are read once the plain ER is on screen, and again only when the
// sample or its counters change.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useServices } from '../../shared/services';
import {
  computeMonitoringEr,
  sampleKey,
  type MonitoringEr,
  type MonitoringErInput,
} from '../../core/monitoring';
import type { Scorecard } from '../../core/scorecard';
import { fetchMonitoringInput, type MonitoringRead } from '../../data/monitoring';

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
 * @param known lists already read for this page's sample: shown without reading again
 */
export function useMonitoring(
  scorecard: Scorecard | null,
  canManage: boolean,
  known?: MonitoringRead,
): MonitoringState | null {
  const [requested, setRequested] = useState(canManage || known !== undefined);
  const { api } = useServices();
  const er = scorecard?.er ?? null;
  const groupId = scorecard?.page.id ?? 0;
  // What the lists depend on: the page, the sampled posts and their counters.
  const key = er ? `${groupId}|${canManage}|${sampleKey(er.posts)}` : null;
  const [fetched, setFetched] = useState<Fetched | null>(null);
  const started = useRef<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  // Lists read elsewhere (the supervisor's «Уточнить», without managers) stand in while they fit.
  const knownInput =
    known && !canManage && er && known.sampleKey === sampleKey(er.posts) ? known.input : null;

  useEffect(() => {
    // `er` changes identity on every recompute (a category change): only a new key (or a retry) reads
    // again.
    const ticket = `${attempt}#${key}`;
    if (key === null || !er || !requested || knownInput || started.current === ticket) return;
    started.current = ticket;
    fetchMonitoringInput(api, { groupId, posts: er.posts, canManage })
      .then((input) => setFetched({ key, input }))
      .catch((error: unknown) => setFetched({ key, error }));
  }, [api, key, er, groupId, canManage, attempt, requested, knownInput]);

  return useMemo((): MonitoringState | null => {
    if (!er || key === null) return null;
    if (!requested) return { status: 'idle', request: () => setRequested(true) };
    // A result for an older sample is never shown as this one's.
    if (!fetched || fetched.key !== key)
      return knownInput
        ? { status: 'ready', monitoring: computeMonitoringEr(er, knownInput) }
        : { status: 'loading' };
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
  }, [er, key, fetched, requested, knownInput]);
}
