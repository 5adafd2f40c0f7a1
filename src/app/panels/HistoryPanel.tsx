import { History } from '../lazyFeatures';
import { ScreenPanel, NotFound } from '../ScreenPanel';
import { usePageParam } from '../usePageParam';

/** A page's last three months and its best time to post. */
export function HistoryPanel({ id }: { id: string }) {
  const { groupId, canManage } = usePageParam(id);
  return (
    <ScreenPanel id={id} title="История">
      {groupId !== null ? <History groupId={groupId} canManage={canManage} /> : <NotFound />}
    </ScreenPanel>
  );
}
