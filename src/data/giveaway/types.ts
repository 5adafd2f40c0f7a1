// The giveaway's data layer contract: what the screens call, what the VK side returns.
// Implementations: store.ts (community storage), gather.ts (evidence from VK), lifecycle.ts (start,
// draw, publish), find.ts (the published comments), my-status.ts (a subscriber's checklist),
// rebuild.ts (today's list versus the published one).
import type { GiveawayFunnel } from '../../core/giveaway/funnel';
import type { PrizeHandover } from '../../core/giveaway/handover';
import type {
  DrawResult,
  GiveawayConditions,
  GiveawayEvidence,
  GiveawayTerms,
  PostRef,
  UserEligibility,
} from '../../core/giveaway/types';

/** The admin's private record, kept in the page's community storage under `gw_<id>`. */
export interface GiveawayRecord {
  terms: GiveawayTerms;
  /** Null until the admin binds the published announcement post. */
  postRef: PostRef | null;
  /** 64 hex digits; never shown to anyone before the draw. */
  secret: string;
  /** sha256(secret), hex. */
  commitment: string;
  blacklist: number[];
  createdAt: number;
  /** The community's comment with the commitment; null until published. */
  commitmentCommentId: number | null;
  result: StoredResult | null;
}

export interface StoredResult extends DrawResult {
  drawnAt: number;
  participantsCount: number;
  /** sha256 of the canonical list, hex. */
  listHash: string;
  /**
   * The list is kept in storage, outside this record, until every reply is published, so saving
   * progress after each reply rewrites only this small record.
   */
  listKept: boolean;
  /**
   * 'parts': one storage key per list reply (listPartKey), written before the result comment, so an
   * interrupted publication always resumes. Absent in records of earlier versions, which kept the
   * whole list under one key (listKey) — or, when it did not fit, nowhere (listKept false).
   */
  listLayout?: 'parts';
  resultCommentId: number | null;
  /** How many list replies are published so far (publishing resumes from here). */
  listRepliesPosted: number;
  listRepliesTotal: number;
  /** How the people who reacted thinned out to the participants, at the draw (absent in older records). */
  funnel?: GiveawayFunnel;
  /** Prizes passed to reserves, in order (absent until the first). */
  handovers?: StoredHandover[];
}

/** A prize passed to a reserve: saved first, then said in the result's thread. */
export interface StoredHandover extends PrizeHandover {
  /** Unix seconds: when the organiser passed it. */
  at: number;
  /** The reply under the result comment; null until it is published (publishing resumes). */
  commentId: number | null;
}

/** What the admin fills in on the create form. */
export interface GiveawayDraft {
  prize: string;
  drawAt: number;
  winners: number;
  reserves: number;
  conditions: GiveawayConditions;
  blacklist: number[];
  /** Bound now (an existing post) or later (the announcement is published first). */
  postRef: PostRef | null;
}

export type GiveawayPhase =
  /** Created; the announcement post is not bound yet. */
  | 'draft'
  /** Bound and the commitment published: entries are open until drawAt. */
  | 'open'
  /** drawAt passed; the admin can draw. */
  | 'due'
  /** Drawn; some results are not published yet (publishing resumes). */
  | 'publishing'
  | 'done';

export interface GatherProgress {
  /** Which list is being read: comments, likes, reposts, membership, accounts. */
  stage: 'comments' | 'likes' | 'reposts' | 'members' | 'partners' | 'managers' | 'accounts';
  done: number;
  /** Null when not known yet. */
  total: number | null;
}

export interface GatherOptions {
  groupId: number;
  postRef: PostRef;
  conditions: GiveawayConditions;
  blacklist: readonly number[];
  /** Managers can be read by an admin only; the public rebuild leaves them out. */
  withManagers: boolean;
  onProgress?: (progress: GatherProgress) => void;
}

/** The giveaway as anyone can read it from the community's own comments under the post. */
export interface PublishedGiveaway {
  terms: GiveawayTerms;
  postRef: PostRef;
  commitment: string;
  /** The giveaway post's own date (unix). */
  announcedAt: number;
  /** The commitment comment's date (unix). */
  committedAt: number;
  /**
   * The post itself shows the commitment from its first version (commitmentShownByPost), so the code
   * was public from the post's date. In listPublishedGiveaways VK's edit date is not read: there it
   * reflects the text only; findPublishedGiveaway checks the edit too.
   */
  shownByPost: boolean;
  result: PublishedResult | null;
}

export interface PublishedResult extends DrawResult {
  secret: string;
  participantsCount: number;
  listHash: string;
  publishedAt: number;
  /** The decoded list; null when its replies are missing or broken (see listProblem). */
  participants: number[] | null;
  listProblem: string | null;
}

/** A subscriber's own checklist, read live. */
export interface MyGiveawayStatus extends UserEligibility {
  /** Distinct users the viewer tagged, for "отмечено 2 из 3". */
  tagged: number;
}

/** Today's eligible list against the published one. */
export interface RebuildReport {
  todayCount: number;
  /** In the published list, not eligible today (unliked, unsubscribed, deleted…). */
  left: number[];
  /** Eligible today, not in the published list (joined late, or excluded privately). */
  joined: number[];
}

export type { GiveawayEvidence };
