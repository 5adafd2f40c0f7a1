// What the giveaway and quiz screens need to know about the page: its time zone (the scorecard's
// setting, kept per page in the viewer's VK Storage; Moscow time when not set) and its name. Read
// through the services' page reads (wired to data/ by the composition root).
import { useEffect, useState } from 'react';
import { DEFAULT_OPTIONS } from '../core/options';
import { useServices } from './services';

export function usePageTimeZone(groupId: number | null): string {
  const { pages } = useServices();
  const [timeZone, setTimeZone] = useState<string>(DEFAULT_OPTIONS.timeZone);
  useEffect(() => {
    if (groupId === null) return;
    let cancelled = false;
    pages
      .timeZoneOf(groupId)
      .then((zone) => !cancelled && setTimeZone(zone))
      // The default zone is a fine answer when the settings cannot be read.
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [pages, groupId]);
  return timeZone;
}

/** Community names by id (the page itself, partners); missing names stay missing. */
export function useGroupNames(ids: readonly number[]): ReadonlyMap<number, string> {
  const { pages } = useServices();
  const [names, setNames] = useState<ReadonlyMap<number, string>>(new Map());
  const key = [...ids].sort((a, b) => a - b).join(',');
  useEffect(() => {
    if (key === '') return;
    let cancelled = false;
    pages
      .namesOf(key.split(',').map(Number))
      .then((found) => !cancelled && setNames(found))
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [pages, key]);
  return names;
}
