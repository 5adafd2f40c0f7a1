// What the giveaway and quiz screens need to know about the page: its time zone (the scorecard's
// setting, kept per page in the viewer's VK Storage; Moscow time when not set) and its name.
import { useEffect, useState } from 'react';
import { useServices } from '../app/services';
import { DEFAULT_OPTIONS } from '../core/options';
import { resolveRefs } from '../data/children/resolve';
import { loadPageSettings } from '../data/page-settings';

export function usePageTimeZone(groupId: number | null): string {
  const { userStorage } = useServices();
  const [timeZone, setTimeZone] = useState<string>(DEFAULT_OPTIONS.timeZone);
  useEffect(() => {
    if (groupId === null) return;
    let cancelled = false;
    loadPageSettings(userStorage, groupId)
      .then((settings) => !cancelled && setTimeZone(settings.timeZone))
      // The default zone is a fine answer when the settings cannot be read.
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [userStorage, groupId]);
  return timeZone;
}

/** Community names by id (the page itself, partners); missing names stay missing. */
export function useGroupNames(ids: readonly number[]): ReadonlyMap<number, string> {
  const { api } = useServices();
  const [names, setNames] = useState<ReadonlyMap<number, string>>(new Map());
  const key = [...ids].sort((a, b) => a - b).join(',');
  useEffect(() => {
    if (key === '') return;
    let cancelled = false;
    const wanted = key.split(',').map(Number);
    resolveRefs(
      api,
      wanted.map((id) => ({ raw: String(id), ref: { kind: 'group' as const, id } })),
    )
      .then((resolved) => {
        if (cancelled) return;
        const found = new Map<number, string>();
        for (const item of resolved) if (item.status === 'ok') found.set(item.page.id, item.page.name);
        setNames(found);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [api, key]);
  return names;
}
