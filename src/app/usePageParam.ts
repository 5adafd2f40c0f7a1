import { canManage } from '../core/roles';
import { useServices } from '../shared/services';
import { usePanelParams } from './usePanelParams';

/**
 * The page a panel's address names (`:groupId`; null when it names none), and whether the viewer
 * manages it: the page the app was opened from, by its admin or editor (or any page outside a community).
 */
export function usePageParam(panelId: string): { groupId: number | null; canManage: boolean } {
  const params = usePanelParams<'groupId'>(panelId);
  const { launch } = useServices();
  const groupId = Number(params.groupId);
  if (!Number.isInteger(groupId) || groupId <= 0) return { groupId: null, canManage: false };
  return {
    groupId,
    canManage: launch.role === 'outside' || (groupId === launch.groupId && canManage(launch.role)),
  };
}
