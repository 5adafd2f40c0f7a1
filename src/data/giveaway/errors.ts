// The giveaway's own failures (what the admin did or must do); their words are the screens'
// (features/giveaways/error-text.ts).
import { isCommentsClosed } from '../../vk/errors';

export type GiveawayErrorKind =
  | 'too-early'
  | 'post-not-found'
  | 'post-not-own'
  | 'post-too-old'
  | 'comments-closed'
  | 'no-conditions'
  | 'bad-draft'
  | 'not-bound'
  | 'list-lost'
  /** No reserve is left to pass a prize to, or the person holds no prize. */
  | 'no-reserve';

export class GiveawayError extends Error {
  override readonly name = 'GiveawayError';
  readonly kind: GiveawayErrorKind;

  constructor(kind: GiveawayErrorKind, message?: string) {
    super(message ?? kind);
    this.kind = kind;
  }
}

/** A VK error that means something for the giveaway, as a GiveawayError; anything else unchanged. */
export function giveawayErrorOf(err: unknown): unknown {
  if (isCommentsClosed(err)) {
    return new GiveawayError('comments-closed', err.message);
  }
  return err;
}
