import { Scorecard } from '../lazyFeatures';
import { useOpenScorecardTool } from '../scorecardTools';
import { ScreenPanel, NotFound } from '../ScreenPanel';
import { usePageParam } from '../usePageParam';

/** Any page's scorecard by id (read-only unless it is the page the app was opened from). */
export function PagePanel({ id }: { id: string }) {
  const { groupId, canManage } = usePageParam(id);
  const openTool = useOpenScorecardTool();
  return (
    <ScreenPanel id={id} title="Страница">
      {groupId !== null ? (
        <Scorecard groupId={groupId} canManage={canManage} onOpenTool={openTool} />
      ) : (
        <NotFound />
      )}
    </ScreenPanel>
  );
}
