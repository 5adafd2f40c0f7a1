import { useParams, useRouteNavigator } from '@vkontakte/vk-mini-apps-router';
import { useState } from 'react';
import { ChildStepper, Scorecard } from '../lazyFeatures';
import { useOpenScorecardTool } from '../scorecardTools';
import { useSupervisorScope } from '../supervisorScope';
import { ScreenPanel, NotFound } from '../ScreenPanel';
import { childPath } from '../routes';

/** A subordinate page's scorecard (the admin's screen), with previous / next from the table. */
export function ChildPanel({ id }: { id: string }) {
  const navigator = useRouteNavigator();
  const params = useParams<'groupId'>();
  const scope = useSupervisorScope();
  const openTool = useOpenScorecardTool();
  const fromUrl = Number(params?.groupId);
  const inUrl = Number.isInteger(fromUrl) && fromUrl > 0;
  // Going back, the route changes before this panel has slid away: it keeps showing its page
  // instead of flashing «Страница не найдена».
  const [lastShown, setLastShown] = useState<number | null>(inUrl ? fromUrl : null);
  if (inUrl && lastShown !== fromUrl) setLastShown(fromUrl);
  const childId = inUrl ? fromUrl : (lastShown ?? 0);
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
