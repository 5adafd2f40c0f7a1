import { useParams } from '@vkontakte/vk-mini-apps-router';
import { VerifyGiveaway } from '../lazyFeatures';
import { useServices } from '../../shared/services';
import { ScreenPanel } from '../ScreenPanel';

/** «Проверить честность» of a giveaway, for anyone. */
export function GiveawayVerifyPanel({ id }: { id: string }) {
  const params = useParams<'id' | 'postRef'>();
  const { launch } = useServices();
  const giveawayId = params?.id ?? '';
  const postRef = params?.postRef ?? null;
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
