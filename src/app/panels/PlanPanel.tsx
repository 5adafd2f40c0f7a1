import { Plan } from '../lazyFeatures';
import { ScreenPanel, NotFound } from '../ScreenPanel';
import { usePageParam } from '../usePageParam';

/** The rest of the month's posts: how many, on which days, about what. */
export function PlanPanel({ id }: { id: string }) {
  const { groupId, canManage } = usePageParam(id);
  return (
    <ScreenPanel id={id} title="План публикаций">
      {groupId !== null ? <Plan groupId={groupId} canManage={canManage} /> : <NotFound />}
    </ScreenPanel>
  );
}
