// Wire objects (src/vk/wire-*.ts) → core domain types (src/core/types.ts). Absent fields become the
// honest default: null where the core distinguishes "unknown", false / 0 / '' where it does not.

import type { PageInfo, PageStatus, Post, PostState, ReachInput, WallMode } from '../core/types';
import type { WireGroup } from './wire-groups';
import type { WirePost } from './wire-posts';
import type { WireStatsPeriod } from './wire-stats';

/** Characters of post text kept for display. */
export const POST_TEXT_LIMIT = 280;

const WALL_MODES: readonly WallMode[] = ['off', 'open', 'limited', 'closed'];

/** VK's placeholder avatars (a community without a photo), for when has_photo was not requested. */
const PLACEHOLDER_AVATAR = /\/images\/(community|camera|deactivated)_\d+\.png/;

export function toPageInfo(group: WireGroup): PageInfo {
  const photo = group.photo_100 ?? group.photo_200 ?? group.photo_50 ?? null;
  return {
    id: group.id,
    name: group.name ?? '',
    screenName: group.screen_name ?? `club${group.id}`,
    photo,
    status: pageStatus(group),
    membersCount: group.members_count ?? null,
    hasCover: isTrue(group.cover?.enabled),
    hasPhoto:
      group.has_photo !== null && group.has_photo !== undefined
        ? isTrue(group.has_photo)
        : photo !== null && !PLACEHOLDER_AVATAR.test(photo),
    description: group.description ?? '',
    wall: group.wall === null || group.wall === undefined ? null : (WALL_MODES[group.wall] ?? null),
    isGovernmentOrganization:
      group.is_government_organization === null || group.is_government_organization === undefined
        ? null
        : isTrue(group.is_government_organization),
  };
}

function pageStatus(group: WireGroup): PageStatus {
  if (group.deactivated) return group.deactivated === 'deleted' ? 'deleted' : 'banned';
  if (group.is_closed === 1 || group.is_closed === 2) return 'private';
  return 'ok';
}

/**
 * @param fallbackOwnerId wall owner when the object lacks owner_id (e.g. a trimmed execute result).
 */
export function toPost(post: WirePost, fallbackOwnerId = 0): Post {
  const ownerId = post.owner_id ?? fallbackOwnerId;
  const repost = (post.copy_history?.length ?? 0) > 0 || post.post_type === 'copy';
  // Someone else's post on an open wall is not the page's own (from_id is the author).
  const byOthers =
    post.from_id !== null && post.from_id !== undefined && ownerId !== 0 && post.from_id !== ownerId;
  return {
    id: post.id,
    ownerId,
    date: post.date,
    own: !repost && !byOthers,
    state: postState(post.post_type),
    pinned: isTrue(post.is_pinned),
    ads: isTrue(post.marked_as_ads),
    likes: post.likes?.count ?? 0,
    comments: post.comments?.count ?? 0,
    reposts: post.reposts?.count ?? 0,
    views: post.views?.count ?? null,
    text: (post.text ?? '').slice(0, POST_TEXT_LIMIT),
  };
}

function postState(postType: string | null | undefined): PostState {
  if (postType === 'postpone') return 'postponed';
  if (postType === 'suggest') return 'suggested';
  return 'published';
}

/**
 * stats.get periods → the mean reach per period (daily by default). No periods or no reach numbers
 * → unavailable with reason 'no-data'.
 */
export function toReachInput(periods: readonly WireStatsPeriod[]): ReachInput {
  const reaches = periods.flatMap((p) => (typeof p.reach?.reach === 'number' ? [p.reach.reach] : []));
  if (reaches.length === 0) return { kind: 'unavailable', reason: 'no-data' };
  const subscribers = periods.flatMap((p) =>
    typeof p.reach?.reach_subscribers === 'number' ? [p.reach.reach_subscribers] : [],
  );
  return {
    kind: 'stats',
    reach: mean(reaches),
    reachSubscribers: subscribers.length === 0 ? null : mean(subscribers),
  };
}

function mean(values: readonly number[]): number {
  return values.reduce((total, v) => total + v, 0) / values.length;
}

function isTrue(value: 0 | 1 | boolean | null | undefined): boolean {
  return value === 1 || value === true;
}
