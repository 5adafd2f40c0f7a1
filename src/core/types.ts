// Domain types of the methodology core. Plain data only: the VK adapter maps wire objects
// (groups.getById, wall.get, stats.get) into these shapes (src/vk/mappers.ts), and every number the
// app shows is computed from them by pure functions in src/core/.

/** Page category (категория паблика): sets the frequency threshold. */
export type Category = 'flagship' | 'active' | 'card';

/** Where a post stands: published on the wall, scheduled (отложенный) or suggested (предложка). */
export type PostState = 'published' | 'postponed' | 'suggested';

export interface Post {
  /** Post id on the owner's wall. */
  id: number;
  /** Wall owner id as VK gives it (negative for communities). */
  ownerId: number;
  /** Publication time (or planned time for a scheduled post), unix seconds. */
  date: number;
  /**
   * The page's own post: false for a repost of another wall's post (non-empty copy_history or
   * post_type "copy") and for someone else's post on the page's wall (from_id ≠ owner_id).
   */
  own: boolean;
  state: PostState;
  /** Pinned posts come first in wall.get whatever their age: never trust the order. */
  pinned: boolean;
  /** Marked as advertising (marked_as_ads). */
  ads: boolean;
  likes: number;
  comments: number;
  reposts: number;
  /** views.count; null when VK did not return views (old posts, some post types). */
  views: number | null;
  /** First characters of the text, for display only. */
  text: string;
}

/** Access state of a page as the API reports it. */
export type PageStatus = 'ok' | 'private' | 'deleted' | 'banned';

/** A page that no longer exists for anyone: nothing of it can be counted or rated. */
export function isGone(status: PageStatus): status is 'deleted' | 'banned' {
  return status === 'deleted' || status === 'banned';
}

/** Wall mode (groups.getById `wall`): 0 off, 1 open, 2 limited, 3 closed. */
export type WallMode = 'off' | 'open' | 'limited' | 'closed';

export interface PageInfo {
  /** Positive community id. */
  id: number;
  name: string;
  screenName: string;
  /** Avatar URL for display (photo_100), null when VK gives none. */
  photo: string | null;
  status: PageStatus;
  membersCount: number | null;
  hasCover: boolean;
  hasPhoto: boolean;
  description: string;
  /** null when VK did not return the field (e.g. not requested or no rights). */
  wall: WallMode | null;
  /** The «Госорганизация» mark: null = the API did not reveal it (unknown, never assumed). */
  isGovernmentOrganization: boolean | null;
}

/** Reach for the rating: exact from stats.get, or an estimate labelled as such. */
export type ReachInput =
  | {
      kind: 'stats';
      /** Mean daily (or per-period) reach from stats.get. */
      reach: number;
      reachSubscribers: number | null;
    }
  /** no-data: stats.get answered, but without reach numbers (e.g. an empty period). */
  | { kind: 'unavailable'; reason: 'no-rights' | 'not-requested' | 'error' | 'no-data' };
