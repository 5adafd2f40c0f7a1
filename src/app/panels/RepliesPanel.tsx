import { canManage } from '../../core/roles';
import { Replies } from '../lazyFeatures';
import { useServices } from '../../shared/services';
import { ScreenPanel, NotFound } from '../ScreenPanel';
import { usePanelParams } from '../usePanelParams';

/** The subscriber comments of the month that wait for the page's answer. */
export function RepliesPanel({ id }: { id: string }) {
  const params = usePanelParams<'groupId'>(id);
  const { launch } = useServices();
  const groupId = Number(params.groupId);
  const valid = Number.isInteger(groupId) && groupId > 0;
  return (
    <ScreenPanel id={id} title="Ответы подписчикам">
      {valid ? (
        <Replies
          groupId={groupId}
          canManage={launch.role === 'outside' || (groupId === launch.groupId && canManage(launch.role))}
        />
      ) : (
        <NotFound />
      )}
    </ScreenPanel>
  );
}
