import { ChildrenPosters, Poster } from '../lazyFeatures';
import { useSupervisorScope } from '../supervisorScope';
import { ScreenPanel, NotFound } from '../ScreenPanel';
import { usePanelParams } from '../usePanelParams';

/** A page's printable QR poster. */
export function PosterPanel({ id }: { id: string }) {
  const params = usePanelParams<'groupId'>(id);
  const groupId = Number(params.groupId);
  const valid = Number.isInteger(groupId) && groupId > 0;
  return (
    <ScreenPanel id={id} title="Плакат с QR-кодом">
      {valid ? <Poster groupId={groupId} /> : <NotFound />}
    </ScreenPanel>
  );
}

/** Posters for every page in the supervisor's list. */
export function ChildrenPostersPanel({ id }: { id: string }) {
  const scope = useSupervisorScope();
  return (
    <ScreenPanel id={id} title="Плакаты с QR-кодами">
      <ChildrenPosters parentId={scope.parentId} tryCommunity={scope.tryCommunity} />
    </ScreenPanel>
  );
}
