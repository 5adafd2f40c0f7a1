// «Ответы подписчикам» on the scorecard: how many subscriber comments of the month wait for the page's
// answer, and the way to them. Read after the answer has rendered, from the posts the scorecard has
// already read (no second read of the wall); for a page the viewer does not manage, on request.
import { Icon28CommentOutline } from '@vkontakte/icons';
import { Button, Div, Footnote, Group, Header, SimpleCell, Spinner } from '@vkontakte/vkui';
import { useCallback, useEffect, useState } from 'react';
import { computeReplies, waitStatus, type Replies } from '../../../core/replies';
import { readReplies, type ReadRepliesOptions } from '../../../data/replies';
import { COMMENT_FORMS, countOf, formatPercent, formatWait } from '../../../shared/format';
import { useServices } from '../../../shared/services';
import { StatusMark, WAIT_TONE } from '../../../shared/StatusMark';
import { describeVkError } from '../../../shared/vk-error-text';

interface Props extends ReadRepliesOptions {
  onOpen?: () => void;
}

type ReadState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; replies: Replies }
  | { status: 'error'; error: unknown };

export function RepliesCard({ groupId, posts, month, timeZone, now, canManage, onOpen }: Props) {
  const { api } = useServices();
  const [state, setState] = useState<ReadState>({ status: canManage ? 'loading' : 'idle' });
  const read = useCallback(() => {
    setState({ status: 'loading' });
    // The card shows figures only: no names of who waits.
    readReplies(api, { groupId, posts, month, timeZone, now, canManage, withDetails: false }).then(
      (read) => setState({ status: 'ready', replies: computeReplies(read.input) }),
      (error: unknown) => setState({ status: 'error', error }),
    );
  }, [api, groupId, posts, month, timeZone, now, canManage]);
  useEffect(() => {
    if (canManage) read();
  }, [canManage, read]);

  return (
    <Group header={<Header>Ответы подписчикам</Header>} data-testid="replies-card">
      {state.status === 'idle' && (
        <Div>
          <Footnote>
            Сколько комментариев подписчиков за месяц ждут ответа страницы и как быстро она отвечает.
          </Footnote>
          <Button mode="secondary" size="m" onClick={read} style={{ marginTop: 8 }}>
            Проверить ответы
          </Button>
        </Div>
      )}
      {state.status === 'loading' && (
        <Div>
          <Spinner size="s" aria-label="Читаем комментарии" />
        </Div>
      )}
      {state.status === 'error' && (
        <Div>
          <StatusMark tone="unknown">{describeVkError(state.error).title}</StatusMark>
          <Button mode="secondary" size="m" onClick={read} style={{ marginTop: 8 }}>
            Попробовать снова
          </Button>
        </Div>
      )}
      {state.status === 'ready' && (
        <SimpleCell
          before={<Icon28CommentOutline />}
          multiline
          chevron={onOpen ? 'always' : undefined}
          onClick={onOpen}
          data-testid="open-replies"
          subtitle={summaryLine(state.replies)}
        >
          {state.replies.unanswered === 0 ? (
            <StatusMark tone="ok">Никто не ждёт ответа</StatusMark>
          ) : (
            <StatusMark tone={WAIT_TONE[waitStatus(state.replies.oldestWaitingMinutes)]}>
              Ждут ответа: {countOf(state.replies.unanswered, COMMENT_FORMS)}
            </StatusMark>
          )}
        </SimpleCell>
      )}
    </Group>
  );
}

function summaryLine(r: Replies): string {
  if (r.comments === 0) return 'В этом месяце подписчики ещё не комментировали посты';
  const oldest =
    r.oldestWaitingMinutes === null ? '' : `Самый давний ждёт ${formatWait(r.oldestWaitingMinutes)}. `;
  return `${oldest}За месяц ${countOf(r.comments, COMMENT_FORMS)}, с ответом ${formatPercent(r.answeredPercent)}`;
}
