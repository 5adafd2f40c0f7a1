// The supervisor session of the current parent page, kept in the app's memory across panels.
import { useSyncExternalStore } from 'react';
import { useServices } from '../../shared/services';
import { DEFAULT_OPTIONS } from '../../core/options';
import { createIndexedDbCache } from '../../data/supervisor/cache';
import { SupervisorSession, type SessionState } from './session';

export function useSupervisor(
  parentId: number | null,
  tryCommunity: boolean,
): [SessionState, SupervisorSession] {
  const { api, tokens, userStorage, clock, memory, launch } = useServices();
  const key = `supervisor:${parentId ?? 'own'}`;
  let session = memory.get(key) as SupervisorSession | undefined;
  if (!session) {
    session = new SupervisorSession({
      api,
      tokens,
      userStorage,
      clock,
      // IndexedDB per VK account, or nothing where the browser refuses it.
      cache: createIndexedDbCache(launch.userId),
      timeZone: DEFAULT_OPTIONS.timeZone,
      parentId,
      tryCommunity,
    });
    memory.set(key, session);
  }
  const state = useSyncExternalStore(session.subscribe, session.getState);
  return [state, session];
}
