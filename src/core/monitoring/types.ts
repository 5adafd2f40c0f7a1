// Monitoring-grade ER: VK's post counters minus what the federal monitoring does not count (see
// docs/methodology.md, "pitfalls"), for the same sample of posts as the plain ER.
import type { PostRef } from '../wall/post-link';

/** Who acted on one sampled post, as the API lists it. */
export interface PostAudience {
  ref: PostRef;
  /** Ids that liked (communities negative). */
  likers: readonly number[];
  /** Ids that reposted (communities negative). */
  reposters: readonly number[];
  /** Comment authors, one entry per comment, thread replies included (communities negative). */
  commenters: readonly number[];
  /** False when a list was cut by the API (more than could be read). */
  complete: boolean;
}

export interface MonitoringErInput {
  groupId: number;
  /** The audiences of the plain ER's sample posts, by ref "<owner>_<post>". */
  audiences: ReadonlyMap<PostRef, PostAudience>;
  /** Deleted or banned accounts among everyone who acted. */
  inactive: readonly number[];
  /** The page's managers, when known (admins only); null = unknown. */
  managers: readonly number[] | null;
}

/** One line of "why the figures differ": a count of reactions removed and why. */
export interface ErDifference {
  kind: 'community-comments' | 'inactive-likes' | 'inactive-comments' | 'inactive-reposts';
  /** Reactions removed (a positive number). */
  count: number;
}

/** A monitoring rule the API cannot check, listed as «не проверяется». */
export interface UncheckedRule {
  kind: 'mass-followers' | 'gov-pages-40' | 'ads-and-stories-views';
}

export interface MonitoringEr {
  reactions: number;
  views: number | null;
  percent: number | null;
  achievement: number | null;
  differences: ErDifference[];
  unchecked: UncheckedRule[];
  /** Share (0–1) of the sample's counted reactions from its ten most active accounts; null with none. */
  topTenShare: number | null;
  /** Share (0–1) from the page's managers; null when the managers are unknown or there are none. */
  managersShare: number | null;
  /** False when a sampled post's lists were incomplete: the figure is then an upper bound. */
  complete: boolean;
}
