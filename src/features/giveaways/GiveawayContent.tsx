// One giveaway: the organiser's view when the viewer manages the page and the record is in the
// page's community storage; otherwise the participant's view from the published comments.
import { Group, Placeholder, Spinner } from '@vkontakte/vkui';
import { useCallback, useMemo } from 'react';
import { useServices } from '../../shared/services';
import { isGiveawayId, type PostRef } from '../../core/giveaway';
import { createGiveawayStore, giveawayDeps, type GiveawayRecord } from '../../data/giveaway';
import { giveawayErrorText } from './error-text';
import { AdminGiveaway } from './AdminGiveaway';
import { NotFound, ParticipantGiveaway } from './ParticipantGiveaway';
import { useLoad } from '../../shared/useLoad';
import { usePageTimeZone } from '../../shared/usePageInfo';

interface Props {
  /** The page the app was opened from (the giveaway's page); null outside a community. */
  groupId: number | null;
  canManage: boolean;
  id: string;
  postRef: PostRef | null;
  onVerify: (postRef: PostRef | null) => void;
}

export function GiveawayContent({ groupId, canManage, id, postRef, onVerify }: Props) {
  const timeZone = usePageTimeZone(groupId);
  if (groupId === null) {
    return (
      <Group>
        <Placeholder title="Откройте розыгрыш из сообщества" data-testid="giveaway-no-community">
          Розыгрыш проводит сообщество: откройте ссылку на него из записи или меню сообщества ВКонтакте.
        </Placeholder>
      </Group>
    );
  }
  if (!isGiveawayId(id)) return <NotFound onRetry={() => undefined} />;
  const participant = (notice?: React.ReactNode) => (
    <ParticipantGiveaway
      groupId={groupId}
      id={id}
      postRef={postRef}
      timeZone={timeZone}
      onVerify={onVerify}
      notice={notice}
    />
  );
  if (!canManage) return participant();
  return (
    <OrganiserOrParticipant
      groupId={groupId}
      id={id}
      timeZone={timeZone}
      participant={participant}
      onVerify={onVerify}
    />
  );
}

function OrganiserOrParticipant({
  groupId,
  id,
  timeZone,
  participant,
  onVerify,
}: {
  groupId: number;
  id: string;
  timeZone: string;
  participant: (notice?: React.ReactNode) => React.ReactNode;
  onVerify: (postRef: PostRef | null) => void;
}) {
  const services = useServices();
  const deps = useMemo(() => giveawayDeps(services, groupId), [services, groupId]);
  const read = useCallback(() => createGiveawayStore(deps.storage).get(id), [deps, id]);
  const { state, set } = useLoad<GiveawayRecord | null>(read);

  if (state.status === 'loading')
    return (
      <Group>
        <Spinner size="l" aria-label="Открываем розыгрыш" data-testid="giveaway-loading" />
      </Group>
    );
  if (state.status === 'error') {
    const { title } = giveawayErrorText(state.error);
    return participant(
      `Записи организатора не открылись (${title.toLowerCase()}): показываем розыгрыш так, как его видят подписчики.`,
    );
  }
  const record = state.value;
  if (record === null) return participant();
  return <AdminGiveaway deps={deps} record={record} timeZone={timeZone} onChange={set} onVerify={onVerify} />;
}
