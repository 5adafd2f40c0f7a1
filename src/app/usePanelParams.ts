// A panel's route params. When the route changes, the panel that is leaving still renders while it
// slides away: useParams() then returns the next route's params (or none), and the leaving screen
// would remount with a wrong id, ask VK again or flash «Страница не найдена». Here a panel that is
// not the active one keeps the params it last showed.
import { useActiveVkuiLocation, useParams } from '@vkontakte/vk-mini-apps-router';
import { useState } from 'react';

type Params<K extends string> = Readonly<Partial<Record<K, string>>>;

function sameParams(a: Readonly<Record<string, string | undefined>>, b: typeof a): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => a[key] === b[key]);
}

export function usePanelParams<K extends string>(panelId: string): Params<K> {
  const { panel } = useActiveVkuiLocation();
  const params = useParams<K>();
  const none = {} as Params<K>;
  const current = panel === panelId ? (params ?? none) : null;
  const [last, setLast] = useState(current ?? none);
  // Storing what the last render showed, the way React documents it (a state update during render).
  if (current && !sameParams(current, last)) setLast(current);
  return current ?? last;
}
