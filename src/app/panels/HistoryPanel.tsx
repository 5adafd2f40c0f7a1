import { canManage } from '../../core/roles';
import { History } from '../lazyFeatures';
import { useServices } from '../../shared/services';
import { ScreenPanel, NotFound } from '../ScreenPanel';
import { usePanelParams } from '../usePanelParams';

/** A page's last three months and its best time to post. */
export function HistoryPanel({ id }: { id: string }) {
  const params = usePanelParams<'groupId'>(id);
  const { launch } = useServices();
  const groupId = Number(params.groupId);
  const valid = Number.isInteger(groupId) && groupId > 0;
  return (
    <ScreenPanel id={id} title="История">
      {valid ? (
        <History
          groupId={groupId}
          canManage={launch.role === 'outside' || (groupId === launch.groupId && canManage(launch.role))}
        />
      ) : (
        <NotFound />
      )}
    </ScreenPanel>
  );
}
