// The organiser's giveaway after the draw, answer first: the result and the list are published (with
// a link to the comment), the next steps for each prize (write to the winner; when they do not answer,
// pass the prize to the next reserve with the reason said under the result), then who took part.
import { Button, ButtonGroup, Div, Group, Header, SimpleCell } from '@vkontakte/vkui';
import { useCallback } from 'react';
import type { PostRef } from '../../../core/giveaway';
import { commentUrl } from '../../../core/wall';
import type { GiveawayDeps, GiveawayRecord, StoredResult } from '../../../data/giveaway';
import { fetchNames } from '../../../data/wall';
import { formatDateTime } from '../../../shared/format';
import { useLoad } from '../../../shared/useLoad';
import { useServices } from '../../../shared/services';
import { peopleText } from '../text';
import { FunnelView } from './FunnelView';
import { NextSteps } from './NextSteps';

interface Props {
  deps: GiveawayDeps;
  record: GiveawayRecord;
  result: StoredResult;
  postRef: PostRef;
  timeZone: string;
  onChange: (record: GiveawayRecord) => void;
  onVerify: () => void;
}

export function AdminResult({ deps, record, result, postRef, timeZone, onChange, onVerify }: Props) {
  const { api } = useServices();
  const read = useCallback(
    () => fetchNames(api, [...result.winners, ...result.reserves]),
    [api, result.winners, result.reserves],
  );
  const { state } = useLoad(read);
  const names = state.status === 'ready' ? state.value : new Map<number, string>();
  const nameOf = (id: number) => names.get(id) ?? `id${id}`;
  const loading = state.status === 'loading';
  return (
    <>
      <Group header={<Header multiline>Итоги опубликованы</Header>} data-testid="giveaway-published">
        <SimpleCell
          multiline
          subtitle={`Итоги подведены ${formatDateTime(result.drawnAt, timeZone)}`}
          data-testid="giveaway-participants"
          data-count={result.participantsCount}
        >
          Участвовали в розыгрыше: {peopleText(result.participantsCount)}
        </SimpleCell>
        <Div>
          Итоги и полный список участников — в комментариях под записью, от имени сообщества. По ним любой
          может проверить, что розыгрыш честный.
        </Div>
        <Div>
          <ButtonGroup mode="vertical" stretched gap="s">
            {result.resultCommentId !== null && (
              <Button
                size="l"
                stretched
                href={commentUrl(postRef, result.resultCommentId)}
                target="_blank"
                rel="noreferrer"
                data-testid="giveaway-result-link"
              >
                Открыть итоги под записью
              </Button>
            )}
            <Button size="l" mode="secondary" stretched onClick={onVerify} data-testid="giveaway-verify-open">
              Проверить честность
            </Button>
          </ButtonGroup>
        </Div>
      </Group>
      <NextSteps
        deps={deps}
        record={record}
        result={result}
        postRef={postRef}
        nameOf={nameOf}
        loading={loading}
        onChange={onChange}
      />
      {result.funnel && (
        <Group header={<Header multiline>Как отбирали участников</Header>}>
          <FunnelView
            funnel={result.funnel}
            conditions={record.terms.conditions}
            testId="giveaway-result-funnel"
          />
        </Group>
      )}
    </>
  );
}
