// Changes the app makes to the world while it runs: comments, joins and leaves, likes and reposts,
// widgets, installs. Each goes through one function here, which applies it to world.state and hands it
// to world.state.record (the journal, journal.ts), so a replay applies exactly the same change.
import { commentsOf, isMember, likersOf, postKey, repostersOf } from './crowd';
import { unseenPost } from './walls';
import type { CreatedPost, DemoComment, DemoPost, DemoWidget, DemoWorld, SessionEntry } from './world-types';

/**
 * Created comments take ids from here on, per wall: generated ids grow with the calendar by 1,000 a day
 * (calendar.ts, IDS_PER_DAY) and stay far below this for millennia, so a created comment never collides
 * with a generated one, whatever `now` the world is generated for.
 */
export const CREATED_COMMENT_FIRST_ID = 1_000_000_001;

function record(world: DemoWorld, entry: SessionEntry): void {
  world.state.record?.(entry);
}

function guidKey(fromId: number, post: DemoPost, guid: string): string {
  return `guid:${fromId}:${postKey(post)}:${guid}`;
}

/** The comment id an earlier request with this guid created, if any (wall.createComment retries). */
export function commentByGuid(world: DemoWorld, fromId: number, post: DemoPost, guid: string): number | null {
  const seen = world.cache.get(guidKey(fromId, post, guid));
  return typeof seen === 'number' ? seen : null;
}

function storeComment(world: DemoWorld, post: DemoPost, comment: DemoComment, guid: string | null): void {
  const key = postKey(post);
  world.state.comments.set(key, [...(world.state.comments.get(key) ?? []), comment]);
  const wall = -post.ownerId;
  world.state.nextId.set(
    wall,
    Math.max(world.state.nextId.get(wall) ?? CREATED_COMMENT_FIRST_ID, comment.id + 1),
  );
  if (guid !== null) world.cache.set(guidKey(comment.fromId, post, guid), comment.id);
}

/** A comment created through wall.createComment; it gets the wall's next id for created comments. */
export function addComment(
  world: DemoWorld,
  post: DemoPost,
  comment: Omit<DemoComment, 'id'>,
  guid: string | null = null,
): DemoComment {
  const id = world.state.nextId.get(-post.ownerId) ?? CREATED_COMMENT_FIRST_ID;
  const created: DemoComment = { ...comment, id };
  storeComment(world, post, created, guid);
  record(world, { kind: 'comment', comment: created, guid });
  return created;
}

/**
 * A post by the community from the post box: published now or scheduled. It takes the wall's next
 * created id (posts and comments share a wall's ids on VK) and starts with no views or reactions.
 */
export function addPost(world: DemoWorld, groupId: number, post: Omit<CreatedPost, 'id'>): CreatedPost {
  const created: CreatedPost = { ...post, id: world.state.nextId.get(groupId) ?? CREATED_COMMENT_FIRST_ID };
  storePost(world, groupId, created);
  record(world, { kind: 'post', groupId, post: created });
  return created;
}

function storePost(world: DemoWorld, groupId: number, post: CreatedPost): void {
  const wall = world.walls.get(groupId);
  if (!wall || wall.some((p) => p.id === post.id)) return;
  wall.push(
    unseenPost({
      id: post.id,
      ownerId: -groupId,
      fromId: -groupId,
      date: post.date,
      text: post.text,
      state: post.state,
      kind: 'regular',
    }),
  );
  // Oldest first, as generated: a post scheduled for before another stays in date order.
  wall.sort((a, b) => a.date - b.date || a.id - b.id);
  world.state.nextId.set(
    groupId,
    Math.max(world.state.nextId.get(groupId) ?? CREATED_COMMENT_FIRST_ID, post.id + 1),
  );
}

/** Adds a member (VKWebAppJoinGroup); false when the user was a member already. */
export function join(world: DemoWorld, groupId: number, userId: number): boolean {
  if (!world.pageById.has(groupId) || isMember(world, groupId, userId)) return false;
  const left = world.state.left.get(groupId);
  if (left?.has(userId)) left.delete(userId);
  else {
    const set = world.state.joined.get(groupId) ?? new Set<number>();
    world.state.joined.set(groupId, set.add(userId));
  }
  record(world, { kind: 'join', groupId, userId });
  return true;
}

/** Removes a member (VKWebAppLeaveGroup); false when the user was not a member. */
export function leave(world: DemoWorld, groupId: number, userId: number): boolean {
  if (!world.pageById.has(groupId) || !isMember(world, groupId, userId)) return false;
  const joined = world.state.joined.get(groupId);
  if (joined?.has(userId)) joined.delete(userId);
  else {
    const set = world.state.left.get(groupId) ?? new Set<number>();
    world.state.left.set(groupId, set.add(userId));
  }
  record(world, { kind: 'leave', groupId, userId });
  return true;
}

export function hasLiked(world: DemoWorld, post: DemoPost, userId: number): boolean {
  return likersOf(world, post).includes(userId);
}

export function hasReposted(world: DemoWorld, post: DemoPost, userId: number): boolean {
  return repostersOf(world, post).includes(userId);
}

/** Likes or unlikes a published post; false when nothing changed. */
export function setLike(world: DemoWorld, post: DemoPost, userId: number, liked: boolean): boolean {
  if (post.state !== 'published' || hasLiked(world, post, userId) === liked) return false;
  const key = postKey(post);
  const changes = world.state.likes.get(key) ?? new Map<number, boolean>();
  // Re-inserting moves the user to the end: the map's order is the order of the latest changes.
  const undoes = changes.has(userId);
  changes.delete(userId);
  if (!undoes) changes.set(userId, liked);
  world.state.likes.set(key, changes);
  record(world, { kind: 'like', ownerId: post.ownerId, postId: post.id, userId, liked });
  return true;
}

/** Reposts a published post; false when the user has reposted it already. */
export function addRepost(world: DemoWorld, post: DemoPost, userId: number): boolean {
  if (post.state !== 'published' || hasReposted(world, post, userId)) return false;
  const key = postKey(post);
  world.state.reposts.set(key, [...(world.state.reposts.get(key) ?? []), userId]);
  record(world, { kind: 'repost', ownerId: post.ownerId, postId: post.id, userId });
  return true;
}

export function setWidget(world: DemoWorld, groupId: number, widget: DemoWidget): void {
  world.state.widgets.set(groupId, widget);
  record(world, { kind: 'widget', groupId, widget });
}

export function install(world: DemoWorld, groupId: number): void {
  if (world.state.installed.has(groupId)) return;
  world.state.installed.add(groupId);
  record(world, { kind: 'install', groupId });
}

/** A published post of the world, or null. */
export function publishedPost(world: DemoWorld, ownerId: number, postId: number): DemoPost | null {
  return world.walls.get(-ownerId)?.find((p) => p.id === postId && p.state === 'published') ?? null;
}

/**
 * Applies a recorded change again (journal replay). Changes that no longer fit the world are skipped:
 * a comment on a post this `now` has not published yet, or one already there.
 */
export function replay(world: DemoWorld, entry: SessionEntry): void {
  switch (entry.kind) {
    case 'comment': {
      const c = entry.comment;
      const post = publishedPost(world, c.ownerId, c.postId);
      if (!post) return;
      const existing = commentsOf(world, post);
      if (existing.some((x) => x.id === c.id)) return;
      if (c.threadId !== null && !existing.some((x) => x.id === c.threadId)) return;
      storeComment(world, post, c, entry.guid);
      return;
    }
    case 'join':
      join(world, entry.groupId, entry.userId);
      return;
    case 'leave':
      leave(world, entry.groupId, entry.userId);
      return;
    case 'like': {
      const post = publishedPost(world, entry.ownerId, entry.postId);
      if (post) setLike(world, post, entry.userId, entry.liked);
      return;
    }
    case 'repost': {
      const post = publishedPost(world, entry.ownerId, entry.postId);
      if (post) addRepost(world, post, entry.userId);
      return;
    }
    case 'widget':
      world.state.widgets.set(entry.groupId, entry.widget);
      return;
    case 'install':
      world.state.installed.add(entry.groupId);
      return;
    case 'post': {
      // A scheduled post whose time has come by this world's `now` is out, as VK would have it.
      const due = entry.post.state === 'postponed' && entry.post.date <= world.now;
      storePost(world, entry.groupId, due ? { ...entry.post, state: 'published' } : entry.post);
      return;
    }
  }
}
