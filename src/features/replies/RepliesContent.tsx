// «Ответы подписчикам»: the subscriber comments of the month that wait for the page's answer, oldest
// first, each answerable from here; the month's figures above them (docs/replies.md).
import { Icon56CheckCircleOutline } from '@vkontakte/icons';
import { Group, Placeholder } from '@vkontakte/vkui';
import { openWallPost } from '../../data/screen-actions';
import { ErrorBlock } from '../../shared/ErrorBlock';
import { LoadView } from '../../shared/LoadView';
import { useServices } from '../../shared/services';
import { describeVkError } from '../../shared/vk-error-text';
import { RepliesSummary } from './components/RepliesSummary';
import { WaitingCard } from './components/WaitingCard';
import { useReplies } from './useReplies';
import './replies.css';

export interface RepliesContentProps {
  groupId: number;
  /** The viewer manages the page: its managers are read, so their comments are not counted as subscribers'. */
  canManage: boolean;
}

export function RepliesContent({ groupId, canManage }: RepliesContentProps) {
  const { bridge } = useServices();
  const { load, replies, answer, asksForRight } = useReplies(groupId, canManage);
  return (
    <LoadView
      load={load}
      loadingLabel="Читаем комментарии за месяц"
      loadingTestId="replies-loading"
      renderError={(error, retry) => (
        <ErrorBlock text={describeVkError(error)} onRetry={retry} testId="replies-error" />
      )}
    >
      {(data) =>
        replies && (
          <div data-testid="replies">
            <RepliesSummary
              replies={replies}
              month={data.input.month}
              managersKnown={data.managersKnown}
              complete={data.complete}
            />
            {replies.waiting.length === 0 ? (
              <Group>
                <Placeholder
                  icon={<Icon56CheckCircleOutline />}
                  title="Никто не ждёт ответа"
                  data-testid="replies-empty"
                >
                  {replies.comments === 0
                    ? 'В этом месяце подписчики ещё не писали комментариев под постами страницы.'
                    : 'На все комментарии подписчиков за месяц есть ответ страницы.'}
                </Placeholder>
              </Group>
            ) : (
              replies.waiting.map((comment) => (
                <WaitingCard
                  key={`${comment.postId}:${comment.commentId}`}
                  comment={comment}
                  details={data.details.get(comment.commentId)}
                  timeZone={data.input.timeZone}
                  asksForRight={asksForRight}
                  onAnswer={answer}
                  onOpenThread={(c) => void openWallPost(bridge, c.postId)}
                />
              ))
            )}
          </div>
        )
      }
    </LoadView>
  );
}
