// When things were published decides whether a draw could have been steered (docs/giveaway.md,
// "Timing"). The commitment must be public from the giveaway's start — before anyone could take part
// — and the result may not come before the draw time. One rule set for the app and the CLI.

/**
 * How long after its post's own date the commitment may appear. A post has no likes, reposts or
 * comments in its first minutes, so a secret fixed by then cannot be tuned to the entrants.
 */
export const COMMIT_WINDOW_SECONDS = 1800;

export interface DrawTimes {
  /** Unix seconds: the giveaway post's own date. */
  announcedAt: number;
  /**
   * Unix seconds: when the commitment became public — the commitment comment's date, or the post's
   * date when the post itself shows the code from its first version (commitmentShownByPost).
   */
  committedAt: number;
  /** Unix seconds: the draw time of the published terms. */
  drawAt: number;
  /** Unix seconds: the result comment's date. */
  publishedAt: number;
  /**
   * Unix seconds: the commitment comment's date (it carries the terms), when it differs from
   * committedAt because the post showed the code first. The terms too must precede the draw.
   */
  termsAt?: number;
}

export type TimingRule = 'commitment-window' | 'commitment-before-draw' | 'result-after-draw';

export interface TimingProblem {
  rule: TimingRule;
  /** What broke, in English (the CLI's reason; the app shows its own Russian words). */
  detail: string;
}

export interface TimingVerdict {
  /** The commitment rules: within the window after the post, and before the draw. */
  commitment: TimingProblem | null;
  /** The result was published at or after the draw time. */
  result: TimingProblem | null;
}

function iso(unix: number): string {
  const date = new Date(unix * 1000);
  return Number.isNaN(date.getTime()) ? `${unix}` : `${date.toISOString().replace('.000Z', 'Z')} (${unix})`;
}

/** Checks the publication times of a draw against the rules; null where a rule holds. */
export function checkDrawTimes(t: DrawTimes): TimingVerdict {
  let commitment: TimingProblem | null = null;
  const termsAt = t.termsAt ?? t.committedAt;
  if (t.committedAt - t.announcedAt > COMMIT_WINDOW_SECONDS) {
    commitment = {
      rule: 'commitment-window',
      detail:
        `the commitment was published ${t.committedAt - t.announcedAt} s after the post ` +
        `(at most ${COMMIT_WINDOW_SECONDS} s allowed): post ${iso(t.announcedAt)}, commitment ${iso(t.committedAt)}`,
    };
  } else if (t.committedAt > t.drawAt || termsAt > t.drawAt) {
    commitment = {
      rule: 'commitment-before-draw',
      detail: `the commitment was published after the draw time: commitment ${iso(Math.max(t.committedAt, termsAt))}, draw ${iso(t.drawAt)}`,
    };
  }
  const result: TimingProblem | null =
    t.publishedAt < t.drawAt
      ? {
          rule: 'result-after-draw',
          detail: `the result was published ${t.drawAt - t.publishedAt} s before the draw time: result ${iso(t.publishedAt)}, draw ${iso(t.drawAt)}`,
        }
      : null;
  return { commitment, result };
}

export interface PostVersion {
  /** The post's text as VK returns it now. */
  text: string;
  /** Unix seconds: the post's own date. */
  date: number;
  /** Unix seconds: the last edit, when VK reports one. */
  edited: number | null;
}

/**
 * Whether the post itself shows the commitment from the start: its text carries the code and it
 * was not edited after the commitment window (a later edit could have added the code).
 */
export function commitmentShownByPost(post: PostVersion, commitment: string): boolean {
  if (!/^[0-9a-f]{64}$/.test(commitment) || !post.text.toLowerCase().includes(commitment)) return false;
  return post.edited === null || post.edited <= post.date + COMMIT_WINDOW_SECONDS;
}

/** When the commitment became public: the post's date when the post shows it, else the comment's. */
export function commitmentTime(post: PostVersion, commitment: string, commentDate: number): number {
  return commitmentShownByPost(post, commitment) ? Math.min(post.date, commentDate) : commentDate;
}

/**
 * Seconds kept in hand for a device clock behind VK's: the app stops publishing a commitment comment
 * this long before the window closes (VK dates the comment by its own clock).
 */
export const BIND_MARGIN_SECONDS = 300;

/**
 * Whether a giveaway with this commitment may still be bound to the post at `now`: the post shows
 * the code itself, or a commitment comment published now still lands inside the window.
 */
export function canBindPost(post: PostVersion, commitment: string, now: number): boolean {
  return (
    commitmentShownByPost(post, commitment) || now <= post.date + COMMIT_WINDOW_SECONDS - BIND_MARGIN_SECONDS
  );
}
