// One comment that waits for the page's answer: who, what, under which post, how long; «Ответить»
// opens the answer right here, «Открыть в ВКонтакте» the thread. A refusal or an error keeps the text.
import { Button, Div, FormItem, Footnote, Group, Text, Textarea } from '@vkontakte/vkui';
import { useState } from 'react';
import { waitStatus, type WaitingComment } from '../../../core/replies';
import type { CommentDetails } from '../../../data/replies';
import { formatDateTime, formatWait } from '../../../shared/format';
import { StatusMark, WAIT_TONE } from '../../../shared/StatusMark';
import { describeVkError } from '../../../shared/vk-error-text';
import type { AnswerOutcome } from '../useReplies';

interface Props {
  comment: WaitingComment;
  details: CommentDetails | undefined;
  timeZone: string;
  /** The first answer asks VK for the right to post: say so before the dialog appears. */
  asksForRight: boolean;
  onAnswer(comment: WaitingComment, message: string): Promise<AnswerOutcome>;
  onOpenThread(comment: WaitingComment): void;
}

type Sending =
  { status: 'idle' } | { status: 'sending' } | { status: 'failed'; refused: boolean; error: unknown };

export function WaitingCard({ comment, details, timeZone, asksForRight, onAnswer, onOpenThread }: Props) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [sending, setSending] = useState<Sending>({ status: 'idle' });
  const send = async () => {
    setSending({ status: 'sending' });
    const outcome = await onAnswer(comment, text.trim());
    // On success the card leaves the list; on failure the typed text stays for another try.
    if (!outcome.ok) setSending({ status: 'failed', refused: outcome.refused, error: outcome.error });
  };
  return (
    <Group data-testid="waiting-comment" data-comment-id={comment.commentId}>
      <Div>
        <Text weight="2">{details?.author ?? `id${comment.fromId}`}</Text>
        <StatusMark tone={WAIT_TONE[waitStatus(comment.waitingMinutes)]}>
          Ждёт ответа {formatWait(comment.waitingMinutes)}
        </StatusMark>
        <Text className="replies-text">
          {details?.text || 'Комментарий без текста (картинка или стикер)'}
        </Text>
        {details && (
          <Footnote className="replies-post">
            Под постом {details.postText ? `«${details.postText}» ` : ''}от{' '}
            {formatDateTime(details.postDate, timeZone)}
          </Footnote>
        )}
      </Div>
      {open ? (
        <>
          <FormItem
            top="Ответ от имени сообщества"
            bottom={
              asksForRight
                ? 'Первый раз ВКонтакте спросит, можно ли приложению публиковать от имени сообщества: разрешите, иначе ответить отсюда не получится.'
                : undefined
            }
          >
            <Textarea
              value={text}
              onChange={(e) => setText(e.target.value)}
              placeholder="Здравствуйте! …"
              data-testid="answer-text"
              autoFocus
            />
          </FormItem>
          {sending.status === 'failed' && (
            <Div data-testid="answer-error">
              <StatusMark tone="bad">
                {sending.refused
                  ? 'Без разрешения публиковать ответить из приложения нельзя. Отправьте снова и разрешите доступ или ответьте во ВКонтакте — текст ответа сохранён.'
                  : failedText(sending.error)}
              </StatusMark>
              <Button mode="link" size="m" onClick={() => onOpenThread(comment)} data-testid="open-thread">
                Открыть в ВКонтакте
              </Button>
            </Div>
          )}
          <Div className="replies-actions">
            <Button
              size="l"
              loading={sending.status === 'sending'}
              disabled={text.trim() === ''}
              onClick={() => void send()}
              data-testid="answer-send"
            >
              Отправить
            </Button>
            <Button size="l" mode="secondary" onClick={() => setOpen(false)}>
              Отмена
            </Button>
          </Div>
        </>
      ) : (
        <Div className="replies-actions">
          <Button size="l" onClick={() => setOpen(true)} data-testid="answer-open">
            Ответить
          </Button>
          <Button size="l" mode="secondary" onClick={() => onOpenThread(comment)} data-testid="open-thread">
            Открыть в ВКонтакте
          </Button>
        </Div>
      )}
    </Group>
  );
}

function failedText(error: unknown): string {
  const { title, action } = describeVkError(error);
  return `Ответ не отправлен. ${title}. ${action} Текст сохранён.`;
}
