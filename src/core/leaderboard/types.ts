// The Colosseum leaderboard's data model, shared by the pure core (scoring, periods, widget code),
// the data layer and the screens. See docs/leaderboard.md.
import type { PostRef } from '../wall/post-link';

export type { PostRef };

/** Points per action; configurable per page (defaults: like 1, comment 3, repost 5). */
export interface PointRules {
  like: number;
  comment: number;
  repost: number;
}

/** A comment (top level or a thread reply) as the scorer needs it. */
export interface LeaderboardComment {
  id: number;
  /** Negative for a community. */
  fromId: number;
  date: number;
  text: string;
}

/** One of the page's own posts published in the period, with who acted on it. */
export interface PostActivity {
  ref: PostRef;
  date: number;
  /** User ids who liked (communities are ignored). */
  likers: readonly number[];
  /** User ids who reposted (communities are ignored). */
  reposters: readonly number[];
  /** Every comment, thread replies included, in any order. */
  comments: readonly LeaderboardComment[];
}

export interface LeaderboardInput {
  /** The page (positive). */
  groupId: number;
  posts: readonly PostActivity[];
  /** The page's members among the users who acted (or all members). */
  members: readonly number[];
  /** Admins, editors, moderators. */
  managers: readonly number[];
  /** Deleted or banned accounts among the users who acted. */
  inactive: readonly number[];
}

export interface LeaderboardEntry {
  userId: number;
  points: number;
  /** Counted actions (after the anti-spam rules). */
  likes: number;
  comments: number;
  reposts: number;
  /** 1-based; equal points share a place and the next place skips (1, 2, 2, 4). */
  place: number;
}

/** A period in unix seconds, both ends inclusive. */
export interface LeaderboardPeriod {
  from: number;
  to: number;
}

export type PeriodKind = 'rating-period' | 'month' | 'custom';
