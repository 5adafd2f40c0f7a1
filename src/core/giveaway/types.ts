// The giveaway's data model, shared by the pure core (conditions, draw, protocol), the data layer
// that gathers evidence from VK, and the screens. See docs/giveaway.md.

import type { WallComment } from '../wall/comment';
import type { PostRef } from '../wall/post-link';

/** "<owner id>_<post id>": the post a giveaway is bound to. */
export type { PostRef };

export interface GiveawayConditions {
  /** Subscribed to the page itself. */
  member: boolean;
  /** Liked the giveaway post. */
  like: boolean;
  /** Reposted the giveaway post. */
  repost: boolean;
  /**
   * Commented under the post with at least this many distinct other users tagged (across all of
   * the user's comments, thread replies included); null = no comment condition, 0 = any comment.
   */
  minTags: number | null;
  /** Partner pages (positive group ids) the user must also be subscribed to. */
  partners: number[];
}

/** What the public sees: published in the commitment comment, so anyone can check eligibility. */
export interface GiveawayTerms {
  /** 8–16 characters of [A-Za-z0-9_-]; names the giveaway in links and in the published lines. */
  id: string;
  /** The page running the giveaway (positive). */
  groupId: number;
  prize: string;
  /** Unix seconds: when the draw is due. */
  drawAt: number;
  winners: number;
  reserves: number;
  conditions: GiveawayConditions;
}

/** One comment under the giveaway post (top level or a thread reply). */
export type GiveawayComment = WallComment;

/**
 * Everything gathered from VK about the post and its audience. A list is null when its condition
 * is off (nothing was gathered for it).
 */
export interface GiveawayEvidence {
  groupId: number;
  likers: readonly number[] | null;
  /** Users who reposted (communities that reposted are ignored). */
  reposters: readonly number[] | null;
  comments: readonly GiveawayComment[] | null;
  /**
   * Members of the page among the users checked (when the only condition is membership, the
   * whole member list is the candidate pool).
   */
  members: readonly number[] | null;
  /** Partner group id → its members among the users checked. */
  partnerMembers: ReadonlyMap<number, readonly number[]>;
  /** Lower-cased screen name → the user it names, or null (a community, or nobody). */
  screenNames: ReadonlyMap<string, number | null>;
  /** The page's managers (admins, editors, moderators). */
  managers: readonly number[];
  /** Deleted or banned accounts among the users checked. */
  inactive: readonly number[];
  /** The organiser's private exclusions. */
  blacklist: readonly number[];
}

export type ConditionKey = 'member' | 'like' | 'repost' | 'tags' | 'partner';

/** One line of a user's checklist. */
export interface ConditionStatus {
  key: ConditionKey;
  met: boolean;
  /** For 'tags': distinct users tagged so far; for 'partner': the partner's group id. */
  have?: number;
  need?: number;
  partnerId?: number;
}

export type ExclusionReason = 'community' | 'manager' | 'inactive' | 'blacklist';

export interface UserEligibility {
  userId: number;
  conditions: ConditionStatus[];
  /** Why the user cannot win even when every condition is met; null when nothing excludes them. */
  excluded: ExclusionReason | null;
  eligible: boolean;
}

export interface DrawInput {
  /** 32 bytes as 64 lowercase hex digits. */
  secret: string;
  postId: PostRef;
  /** Ascending, distinct positive user ids. */
  participants: readonly number[];
  winners: number;
  reserves: number;
}

export interface DrawResult {
  winners: number[];
  reserves: number[];
}
