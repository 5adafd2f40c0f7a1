import { Replies } from '../lazyFeatures';
import { ScreenPanel, NotFound } from '../ScreenPanel';
import { usePageParam } from '../usePageParam';

/** The subscriber comments of the month that wait for the page's answer. */
export function RepliesPanel({ id }: { id: string }) {
  const { groupId, canManage } = usePageParam(id);
  return (
    <ScreenPanel id={id} title="Ответы подписчикам">
      {groupId !== null ? <Replies groupId={groupId} canManage={canManage} /> : <NotFound />}
    </ScreenPanel>
  );
}
