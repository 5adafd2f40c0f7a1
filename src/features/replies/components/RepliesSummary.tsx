// The answer first: how many comments wait and how long the oldest has, then the month's figures.
import { Div, Footnote, Group, Text, Title } from '@vkontakte/vkui';
import type { Replies } from '../../../core/replies';
import { waitStatus } from '../../../core/replies';
import {
  capitalize,
  COMMENT_FORMS,
  countOf,
  formatMonth,
  formatPercent,
  formatWait,
} from '../../../shared/format';
import { StatusMark, WAIT_TONE } from '../../../shared/StatusMark';
import { waitingHeadline } from '../text';

interface Props {
  replies: Replies;
  month: string;
  managersKnown: boolean;
  complete: boolean;
}

export function RepliesSummary({ replies, month, managersKnown, complete }: Props) {
  const oldest = replies.oldestWaitingMinutes;
  const tone = WAIT_TONE[waitStatus(oldest)];
  return (
    <Group data-testid="replies-summary" data-tone={tone}>
      <Div>
        <Title level="2" weight="2" data-testid="replies-headline">
          {waitingHeadline(replies.unanswered)}
        </Title>
        {oldest !== null && (
          <Text className="replies-oldest">
            <StatusMark tone={tone}>Самый давний ждёт {formatWait(oldest)}</StatusMark>
          </Text>
        )}
        <Footnote className="replies-figures" data-testid="replies-figures">
          {capitalize(formatMonth(month))}: {countOf(replies.comments, COMMENT_FORMS)} подписчиков
          {replies.comments > 0 &&
            ` · с ответом ${replies.answered} (${formatPercent(replies.answeredPercent)})`}
          {replies.medianReplyMinutes !== null &&
            ` · обычно ответ через ${formatWait(replies.medianReplyMinutes)}`}
        </Footnote>
      </Div>
      {!managersKnown && (
        <Div>
          <StatusMark tone="unknown">
            Кто из авторов — администратор страницы, видно только её администраторам: здесь их комментарии
            считаются комментариями подписчиков.
          </StatusMark>
        </Div>
      )}
      {!complete && (
        <Div>
          <StatusMark tone="unknown">
            Под некоторыми постами больше тысячи комментариев: прочитаны первые, числа — по ним.
          </StatusMark>
        </Div>
      )}
    </Group>
  );
}
