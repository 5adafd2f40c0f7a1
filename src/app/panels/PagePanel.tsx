import { Scorecard } from '../lazyFeatures';
import { canManage } from '../../core/roles';
import { useOpenScorecardTool } from '../scorecardTools';
import { useServices } from '../../shared/services';
import { ScreenPanel, NotFound } from '../ScreenPanel';
import { usePanelParams } from '../usePanelParams';

/** Any page's scorecard by id (read-only unless it is the page the app was opened from). */
export function PagePanel({ id }: { id: string }) {
  const params = usePanelParams<'groupId'>(id);
  const { launch } = useServices();
  const openTool = useOpenScorecardTool();
  const groupId = Number(params.groupId);
  const valid = Number.isInteger(groupId) && groupId > 0;
  return (
    <ScreenPanel id={id} title="Страница">
      {valid ? (
        <Scorecard
          groupId={groupId}
          canManage={launch.role === 'outside' || (groupId === launch.groupId && canManage(launch.role))}
          onOpenTool={openTool}
        />
      ) : (
        <NotFound />
      )}
    </ScreenPanel>
  );
}
