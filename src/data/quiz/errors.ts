// The quiz's own failures (what the admin or the subscriber did or must do); their words are the
// screens' (features/quizzes/error-text.ts).
import { isCommentsClosed } from '../../vk/errors';

export type QuizErrorKind =
  | 'bad-draft'
  | 'post-not-found'
  | 'post-not-own'
  | 'key-mismatch'
  | 'comments-closed'
  | 'not-bound'
  | 'not-closed'
  | 'not-open'
  | 'already-entered';

export class QuizError extends Error {
  override readonly name = 'QuizError';
  readonly kind: QuizErrorKind;

  constructor(kind: QuizErrorKind, message?: string) {
    super(message ?? kind);
    this.kind = kind;
  }
}

/** A VK error that means something for the quiz (closed comments), as a QuizError; others unchanged. */
export function quizErrorOf(err: unknown): unknown {
  return isCommentsClosed(err) ? new QuizError('comments-closed', err.message) : err;
}
