import { VerifyGiveaway } from '../lazyFeatures';
import { useServices } from '../../shared/services';
import { ScreenPanel } from '../ScreenPanel';
import { usePanelParams } from '../usePanelParams';

/** «Проверить честность» of a giveaway, for anyone. */
export function GiveawayVerifyPanel({ id }: { id: string }) {
  const params = usePanelParams<'id' | 'postRef'>(id);
  const { launch } = useServices();
  const giveawayId = params.id ?? '';
  const postRef = params.postRef ?? null;
  return (
    <ScreenPanel id={id} title="Проверка честности">
      <VerifyGiveaway
        key={`${giveawayId}/${postRef ?? ''}`}
        groupId={launch.groupId}
        id={giveawayId}
        postRef={postRef}
      />
    </ScreenPanel>
  );
}
