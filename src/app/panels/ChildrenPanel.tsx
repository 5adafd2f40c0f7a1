import { useRouteNavigator } from '@vkontakte/vk-mini-apps-router';
import { Supervisor } from '../lazyFeatures';
import { childPath, CHILDREN_POSTERS_PATH } from '../routes';
import { useSupervisorScope } from '../supervisorScope';
import { ScreenPanel } from '../ScreenPanel';

/** The supervisor's table of subordinate pages of the page the app was opened from (or the viewer's own list). */
export function ChildrenPanel({ id }: { id: string }) {
  const navigator = useRouteNavigator();
  const scope = useSupervisorScope();
  return (
    <ScreenPanel id={id} title="Подведомственные">
      <Supervisor
        parentId={scope.parentId}
        tryCommunity={scope.tryCommunity}
        onOpenChild={(childId) => void navigator.push(scope.pathOf(childPath(childId)))}
        onOpenPosters={() => void navigator.push(scope.pathOf(CHILDREN_POSTERS_PATH))}
      />
    </ScreenPanel>
  );
}
