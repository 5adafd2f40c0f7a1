// «Ответы подписчикам» for the whole table: reading every page's comments costs requests, so it starts
// on request, says beforehand what it will read and for how long, shows how far it got and can be
// stopped; after it, each row carries its figures and the order control offers the replies orders.
import { Icon20CommentOutline } from '@vkontakte/icons';
import { Button, Div, Footnote, Progress } from '@vkontakte/vkui';
import type { SupervisorRow } from '../../../core/pages/supervisor-table';
import { progressPercent } from '../../../shared/progress';
import { StatusMark } from '../../../shared/StatusMark';
import type { RepliesProgress, RepliesScope } from '../session';
import { readMoreText, repliesCostText, repliesFailedText, repliesProgressText } from '../text';

interface Props {
  progress: RepliesProgress;
  rows: readonly SupervisorRow[];
  /** Pages whose replies failed in the last read. */
  failed: number;
  /** While the table refreshes the posts are being read: the replies wait for them. */
  refreshing: boolean;
  /** What a read of that scope would cost (posts, seconds), from the posts the refresh read. */
  cost: (scope: RepliesScope) => { posts: number; seconds: number };
  onRead: (scope: RepliesScope) => void;
  onStop: () => void;
}

export function RepliesControl({ progress, rows, failed, refreshing, cost, onRead, onStop }: Props) {
  const available = rows.filter((row) => row.state === 'ok');
  const read = available.filter((row) => row.replies !== undefined);
  const missing = available.length - read.length;
  const scope: RepliesScope = read.length > 0 && missing > 0 ? 'missing' : 'all';
  const managersUnknown = read.some((row) => row.replies?.managersKnown === false);
  const started = progress.running || progress.total > 0;

  return (
    <Div className="sup-replies" data-testid="replies-control">
      <Footnote data-testid="replies-status" aria-live="polite">
        {!started &&
          'Ответы подписчикам: сколько комментариев за месяц ждут ответа на каждой странице и как быстро страницы отвечают.'}
        {started && repliesProgressText(progress)}
        {started && !progress.running && '.'}
        {/* What the button will read: everything the first time, the pages left after a stop. */}
        {!progress.running && (!started || scope === 'missing') && available.length > 0 && (
          <> {repliesCostText(cost(scope))}</>
        )}
      </Footnote>
      {progress.running && (
        <Progress value={progressPercent(progress) ?? 0} aria-label={repliesProgressText(progress)} />
      )}
      {!progress.running && failed > 0 && (
        <Footnote data-testid="replies-failed">{repliesFailedText(failed)}</Footnote>
      )}
      <div className="sup-actions">
        {progress.running ? (
          <Button size="m" mode="secondary" data-testid="replies-stop" onClick={onStop}>
            Остановить
          </Button>
        ) : (
          <Button
            size="m"
            mode="secondary"
            before={<Icon20CommentOutline aria-hidden />}
            disabled={refreshing || available.length === 0}
            data-testid="replies-read"
            onClick={() => onRead(scope)}
          >
            {read.length === 0
              ? 'Посчитать ответы подписчикам'
              : missing > 0
                ? readMoreText(missing)
                : 'Посчитать ответы заново'}
          </Button>
        )}
      </div>
      {managersUnknown && (
        <Footnote data-testid="replies-managers-note">
          <StatusMark tone="unknown">
            Кто из авторов комментариев — администратор страницы, видно только её администраторам: здесь их
            комментарии считаются комментариями подписчиков.
          </StatusMark>
        </Footnote>
      )}
    </Div>
  );
}
