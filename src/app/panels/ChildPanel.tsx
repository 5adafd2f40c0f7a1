import { useRouteNavigator } from '@vkontakte/vk-mini-apps-router';
import { ChildStepper, Scorecard } from '../lazyFeatures';
import { useOpenScorecardTool } from '../scorecardTools';
import { useSupervisorScope } from '../supervisorScope';
import { ScreenPanel, NotFound } from '../ScreenPanel';
import { childPath } from '../routes';
import { usePanelParams } from '../usePanelParams';

/** A subordinate page's scorecard (the admin's screen), with previous / next from the table. */
export function ChildPanel({ id }: { id: string }) {
  const navigator = useRouteNavigator();
  // Going back, the route changes before this panel has slid away: it keeps showing its page
  // instead of flashing «Страница не найдена».
  const params = usePanelParams<'groupId'>(id);
  const scope = useSupervisorScope();
  const openTool = useOpenScorecardTool();
  const fromUrl = Number(params.groupId);
  const childId = Number.isInteger(fromUrl) && fromUrl > 0 ? fromUrl : 0;
  const valid = childId > 0;
  return (
    <ScreenPanel id={id} title="Страница из списка" backTestId="child-back">
      {valid ? (
        <>
          <ChildStepper
            parentId={scope.parentId}
            tryCommunity={scope.tryCommunity}
            childId={childId}
            onStep={(next) => void navigator.replace(scope.pathOf(childPath(next)))}
            onRemoved={() => void navigator.back()}
          >
            {(listCategory, known, knownMonitoring) => (
              <Scorecard
                key={childId}
                groupId={childId}
                canManage={false}
                listCategory={listCategory}
                known={known}
                knownMonitoring={knownMonitoring}
                onOpenTool={openTool}
              />
            )}
          </ChildStepper>
        </>
      ) : (
        <NotFound />
      )}
    </ScreenPanel>
  );
}
