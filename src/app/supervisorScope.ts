// Whose list of subordinate pages the supervisor's screens show. Inside a community: that page's
// list. Outside, from «Мои сообщества» → «Подведомственные»: the chosen page's list (`?parent=ID`),
// the very list its admins see inside it. Outside with no page chosen: the viewer's personal list.
import { useSearchParams } from '@vkontakte/vk-mini-apps-router';
import { useServices } from '../shared/services';

export interface SupervisorScope {
  /** The page whose list it is; null for the viewer's personal list. */
  parentId: number | null;
  /** Try the page's community storage first (its admins share the list there). */
  tryCommunity: boolean;
  /** The address of a screen in this scope: `path` with `?parent=ID` when the scope came from one. */
  pathOf(path: string): string;
}

export function useSupervisorScope(): SupervisorScope {
  const { launch } = useServices();
  const [params] = useSearchParams();
  if (launch.groupId !== null)
    return { parentId: launch.groupId, tryCommunity: launch.role === 'admin', pathOf: (path) => path };
  const chosen = parentFromQuery(params.get('parent'));
  if (chosen === null) return { parentId: null, tryCommunity: false, pathOf: (path) => path };
  // «Мои сообщества» lists only the pages the viewer administers.
  return { parentId: chosen, tryCommunity: true, pathOf: (path) => childrenScopePath(path, chosen) };
}

/** `path` in the list of page `parentId` (outside a community). */
export function childrenScopePath(path: string, parentId: number): string {
  return `${path}?parent=${parentId}`;
}

function parentFromQuery(value: string | null): number | null {
  if (value === null || !/^[1-9]\d{0,11}$/.test(value)) return null;
  return Number(value);
}
