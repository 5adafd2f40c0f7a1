import { Div, Group, Header, Link, SimpleCell } from '@vkontakte/vkui';
import { commentUrl } from '../../../core/wall';
import { rejectionText, type PostRef, type QuizRejection } from '../../../core/quiz';
import { capitalize, countOf } from '../../../shared/format';

const COMMENTS = ['комментарий', 'комментария', 'комментариев'] as const;

/** Long lists are cut on screen; the full list is re-computable from the comments. */
const SHOWN_MAX = 50;

/** The entries not counted, each with a link to its comment and the reason in words. */
export function RejectedList({ rows, postRef }: { rows: readonly QuizRejection[]; postRef: PostRef | null }) {
  if (rows.length === 0) return null;
  const shown = rows.slice(0, SHOWN_MAX);
  return (
    <Group header={<Header multiline>Не засчитано</Header>} data-testid="quiz-rejected">
      {shown.map((row) => (
        <SimpleCell
          key={row.commentId}
          multiline
          subtitle={capitalize(rejectionText(row.reason))}
          data-testid="quiz-rejected-row"
          data-comment-id={row.commentId}
          data-reason={row.reason}
        >
          {postRef === null ? (
            `Комментарий ${row.commentId}`
          ) : (
            <Link href={commentUrl(postRef, row.commentId)} target="_blank" rel="noreferrer">
              Комментарий {row.commentId}
            </Link>
          )}
        </SimpleCell>
      ))}
      {rows.length > SHOWN_MAX && <Div>И ещё {countOf(rows.length - SHOWN_MAX, COMMENTS)}.</Div>}
    </Group>
  );
}
