// The giveaway as a subscriber sees it, read from the community's own comments under the post:
// the terms, my checklist before the draw, the winners after it, and «Проверить честность».
import { Icon56GiftOutline, Icon56SearchOutline } from '@vkontakte/icons';
import { Banner, Button, Div, Group, Placeholder } from '@vkontakte/vkui';
import { useCallback } from 'react';
import { useServices } from '../../shared/services';
import type { PostRef } from '../../core/giveaway';
import { findPublishedGiveaway, type PublishedGiveaway } from '../../data/giveaway';
import { countOf, formatDateTime } from '../../shared/format';
import { MyChecklist } from './components/MyChecklist';
import { TermsSummary } from './components/TermsSummary';
import { WinnersBlock } from './components/WinnersBlock';
import { useLoad, useNow } from '../../shared/useLoad';
import { LoadView } from '../../shared/LoadView';
import { GiveawayErrorBlock } from './components/GiveawayErrorBlock';

const PARTICIPANTS = ['участник', 'участника', 'участников'] as const;

interface Props {
  groupId: number;
  id: string;
  postRef: PostRef | null;
  timeZone: string;
  onVerify: (postRef: PostRef) => void;
  /** Shown above (e.g. why the organiser's view did not open). */
  notice?: React.ReactNode;
}

export function ParticipantGiveaway({ groupId, id, postRef, timeZone, onVerify, notice }: Props) {
  const { api, clock } = useServices();
  const read = useCallback(
    () => findPublishedGiveaway(api, { groupId, id, postRef }, { now: Math.floor(clock.now() / 1000) }),
    [api, clock, groupId, id, postRef],
  );
  const load = useLoad(read);
  return (
    <LoadView
      load={load}
      loadingLabel="Ищем розыгрыш"
      loadingTestId="giveaway-loading"
      renderError={(error, retry) => <GiveawayErrorBlock error={error} onRetry={retry} />}
    >
      {(published) => (
        <>
          {notice && (
            <Group>
              <Div>{notice}</Div>
            </Group>
          )}
          {published === null ? (
            <NotFound onRetry={load.reload} />
          ) : (
            <PublishedView published={published} timeZone={timeZone} onVerify={onVerify} />
          )}
        </>
      )}
    </LoadView>
  );
}

export function NotFound({ onRetry }: { onRetry: () => void }) {
  return (
    <Group>
      <Placeholder
        icon={<Icon56SearchOutline />}
        title="Розыгрыш не найден"
        action={
          <Button size="m" mode="secondary" onClick={onRetry}>
            Поискать снова
          </Button>
        }
        data-testid="giveaway-not-found"
      >
        Под записями сообщества нет опубликованного розыгрыша с таким номером. Возможно, ссылка неполная или с
        ошибкой, или организатор ещё не опубликовал розыгрыш — загляните позже.
      </Placeholder>
    </Group>
  );
}

function PublishedView({
  published,
  timeZone,
  onVerify,
}: {
  published: PublishedGiveaway;
  timeZone: string;
  onVerify: (postRef: PostRef) => void;
}) {
  const { clock, launch } = useServices();
  const now = useNow(clock);
  const { terms, result, postRef } = published;
  const me = launch.userId;
  const won = result?.winners.includes(me) ?? false;
  const reserve = result?.reserves.includes(me) ?? false;
  return (
    <div data-testid="giveaway-participant" data-state={result ? 'done' : 'open'}>
      {result && (won || reserve) && (
        <Group>
          <Banner
            before={<Icon56GiftOutline />}
            title={won ? 'Вы победили!' : 'Вы в резерве'}
            subtitle={
              won
                ? 'Организатор свяжется с вами, чтобы вручить приз. Проверьте личные сообщения.'
                : 'Если победитель не отзовётся, приз перейдёт к резерву по порядку.'
            }
            data-testid="giveaway-you-won"
          />
        </Group>
      )}
      <TermsSummary terms={terms} postRef={postRef} timeZone={timeZone} />
      {result ? (
        <>
          <Group>
            <Div data-testid="giveaway-participants">
              Итоги подведены {formatDateTime(result.publishedAt, timeZone)}. Выполнили условия:{' '}
              {countOf(result.participantsCount, PARTICIPANTS)}.
            </Div>
          </Group>
          <WinnersBlock winners={result.winners} reserves={result.reserves} highlight={me} />
        </>
      ) : (
        <>
          {terms.drawAt <= now && (
            <Group>
              <Div data-testid="giveaway-awaiting">
                Время розыгрыша наступило: итоги появятся в комментариях к записи, когда организатор их
                подведёт. Условия пока проверяются как обычно.
              </Div>
            </Group>
          )}
          <MyChecklist terms={terms} postRef={postRef} />
        </>
      )}
      <Group>
        <Div>
          <Button
            size="l"
            mode="secondary"
            stretched
            onClick={() => onVerify(postRef)}
            data-testid="giveaway-verify-open"
          >
            Проверить честность
          </Button>
        </Div>
      </Group>
    </div>
  );
}
