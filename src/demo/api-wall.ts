// wall.get, wall.getById, wall.getComments, wall.createComment, likes.getList.
import { commentsOf, isMember, likersOf, repostersOf } from './crowd';
import { addComment, commentByGuid } from './session';
import { commentObject, extendedOwners, ownerItem, postObject } from './api-objects';
import {
  ApiFailure,
  accessDenied,
  assertReadable,
  fieldsOf,
  findGroup,
  flag,
  insider,
  int,
  invalid,
  isEditorOrAbove,
  list,
  page as pageParams,
  required,
  requireScope,
  roleOf,
  str,
} from './api-support';
import type { Ctx, Handler, Params } from './api-support';
import { userOf } from './crowd';
import type { DemoComment, DemoPage, DemoPost } from './world-types';

type Wire = Record<string, unknown>;

/** The wall a request points at: a community page, or a user (whose walls the world keeps empty). */
function wallOwner(ctx: Ctx, p: Params): { page: DemoPage } | { userId: number } {
  const ownerId = str(p, 'owner_id');
  const domain = str(p, 'domain');
  if (ownerId !== undefined) {
    const id = int(p, 'owner_id');
    if (id < 0) {
      const page = ctx.world.pageById.get(-id);
      if (!page) throw invalid('owner_id is incorrect');
      return { page };
    }
    return { userId: id };
  }
  if (domain !== undefined) {
    const page = findGroup(ctx.world, domain);
    if (page) return { page };
    const user = /^id(\d+)$/.exec(domain);
    if (user) return { userId: Number(user[1]) };
    throw invalid('domain is incorrect');
  }
  if (ctx.auth.kind === 'user') return { userId: ctx.auth.id };
  throw invalid('owner_id is undefined');
}

function assertUserWall(ctx: Ctx, userId: number): void {
  const person = userOf(ctx.world, userId);
  if (!person || person.deactivated) throw new ApiFailure(18, 'User was deleted or banned');
  if (person.closed && userId !== (ctx.auth.kind === 'user' ? ctx.auth.id : 0))
    throw new ApiFailure(30, 'This profile is private');
}

/** Posts a viewer sees under a wall.get filter, in VK's order (a pinned post first). */
function filtered(ctx: Ctx, page: DemoPage, filter: string): DemoPost[] {
  const wall = ctx.world.walls.get(page.id) ?? [];
  const role = roleOf(ctx, page);
  const viewer = ctx.auth.id;
  switch (filter) {
    case 'postponed':
      if (!isEditorOrAbove(role)) return [];
      requireScope(ctx, 'wall');
      return wall.filter((x) => x.state === 'postponed');
    case 'suggests':
      return wall.filter((x) => x.state === 'suggested' && (isEditorOrAbove(role) || x.fromId === viewer));
    case 'all':
    case 'owner':
    case 'others': {
      const published = wall.filter(
        (x) =>
          x.state === 'published' && (filter === 'all' || (filter === 'owner') === (x.fromId === -page.id)),
      );
      const pinned = published.filter((x) => x.pinned);
      const rest = published.filter((x) => !x.pinned).reverse();
      return [...pinned, ...rest];
    }
    default:
      throw invalid('filter is invalid');
  }
}

function ownersOf(posts: readonly DemoPost[]): number[] {
  const ids: number[] = [];
  for (const x of posts) {
    ids.push(x.ownerId, x.fromId);
    if (x.copyOf) ids.push(x.copyOf.ownerId);
  }
  return ids;
}

const wallGet: Handler = (ctx, p) => {
  const owner = wallOwner(ctx, p);
  const { offset, count } = pageParams(p, 20, 100);
  const extended = flag(p, 'extended');
  if ('userId' in owner) {
    assertUserWall(ctx, owner.userId);
    return extended ? { count: 0, items: [], profiles: [], groups: [] } : { count: 0, items: [] };
  }
  assertReadable(ctx, owner.page);
  const posts = filtered(ctx, owner.page, str(p, 'filter') ?? 'all');
  const slice = posts.slice(offset, offset + count);
  const body: Wire = { count: posts.length, items: slice.map((x) => postObject(ctx, x)) };
  if (extended) Object.assign(body, extendedOwners(ctx, ownersOf(slice), fieldsOf(p)));
  return body;
};

const wallGetById: Handler = (ctx, p) => {
  const items: DemoPost[] = [];
  for (const ref of list(p, 'posts')) {
    const m = /^(-?\d+)_(\d+)$/.exec(ref);
    if (!m) continue;
    const page = ctx.world.pageById.get(-Number(m[1]));
    const post = page ? ctx.world.walls.get(page.id)?.find((x) => x.id === Number(m[2])) : undefined;
    if (!page || !post || page.deactivated || (page.isClosed !== 0 && !insider(ctx, page))) continue;
    if (post.state !== 'published' && !isEditorOrAbove(roleOf(ctx, page)) && post.fromId !== ctx.auth.id)
      continue;
    items.push(post);
  }
  const body: Wire = { items: items.map((x) => postObject(ctx, x)) };
  if (flag(p, 'extended')) Object.assign(body, extendedOwners(ctx, ownersOf(items), fieldsOf(p)));
  return body;
};

/** The post a comments/likes call is about; null when the wall has no such published post. */
function targetPost(ctx: Ctx, p: Params, postParam: string): { page: DemoPage; post: DemoPost | null } {
  const ownerId = int(p, 'owner_id', ctx.auth.kind === 'community' ? -ctx.auth.id : 0);
  const page = ctx.world.pageById.get(-ownerId);
  if (!page) throw invalid('owner_id is incorrect');
  assertReadable(ctx, page);
  const id = int(p, postParam);
  const post = ctx.world.walls.get(page.id)?.find((x) => x.id === id && x.state === 'published') ?? null;
  return { page, post };
}

const wallGetComments: Handler = (ctx, p) => {
  const { page, post } = targetPost(ctx, p, 'post_id');
  if (!post) throw invalid('post_id is invalid');
  const { offset, count } = pageParams(p, 10, 100);
  const needLikes = flag(p, 'need_likes');
  const threadCount = Math.min(10, Math.max(0, int(p, 'thread_items_count', 0)));
  const preview = int(p, 'preview_length', 0);
  const all = commentsOf(ctx.world, post);
  const threadOf = str(p, 'comment_id') === undefined ? null : int(p, 'comment_id');
  let level: DemoComment[] = all.filter((c) => c.threadId === threadOf);
  if (threadOf !== null && !all.some((c) => c.id === threadOf && c.threadId === null))
    throw invalid('comment_id is invalid');
  if (str(p, 'sort') === 'desc') level = [...level].reverse();
  const startId = str(p, 'start_comment_id') === undefined ? null : int(p, 'start_comment_id');
  const start =
    startId === null
      ? offset
      : Math.max(
          0,
          level.findIndex((c) => c.id === startId),
        );
  const canPost = page.commentsOpen;
  const cut = (c: DemoComment): DemoComment => (preview > 0 ? { ...c, text: c.text.slice(0, preview) } : c);
  const items = level.slice(start, start + count).map((c) => {
    if (threadOf !== null) return commentObject(ctx, cut(c), needLikes);
    const replies = all.filter((r) => r.threadId === c.id);
    const thread = {
      count: replies.length,
      items: replies.slice(0, threadCount).map((r) => commentObject(ctx, cut(r), needLikes)),
      can_post: canPost,
      show_reply_button: canPost,
      groups_can_post: canPost,
    };
    return commentObject(ctx, cut(c), needLikes, thread);
  });
  const body: Wire = {
    count: threadOf === null ? all.length : level.length,
    items,
    current_level_count: level.length,
    can_post: canPost,
    show_reply_button: canPost,
    groups_can_post: canPost,
  };
  if (flag(p, 'extended')) {
    const shown = items.flatMap((c) => [
      c,
      ...(((c['thread'] as Wire | undefined)?.['items'] as Wire[] | undefined) ?? []),
    ]);
    Object.assign(body, extendedOwners(ctx, [...shown.map((c) => c['from_id'] as number)], fieldsOf(p)));
  }
  return body;
};

const wallCreateComment: Handler = (ctx, p) => {
  const { page, post } = targetPost(ctx, p, 'post_id');
  if (!post) throw invalid('post_id is invalid');
  const message = str(p, 'message') ?? '';
  if (message === '' && str(p, 'attachments') === undefined) throw invalid('message is undefined');
  if (!page.commentsOpen) throw new ApiFailure(213, 'Access to status replies denied');
  let fromId: number;
  if (ctx.auth.kind === 'community') {
    if (ctx.auth.id !== page.id) throw accessDenied('this community token cannot comment here');
    fromId = -page.id;
  } else {
    requireScope(ctx, 'wall');
    const fromGroup = str(p, 'from_group');
    if (fromGroup !== undefined && fromGroup !== '0') {
      if (!isEditorOrAbove(roleOf(ctx, page))) throw accessDenied('you are not a manager of this community');
      fromId = -page.id;
    } else {
      if (page.isClosed !== 0 && !isMember(ctx.world, page.id, ctx.auth.id))
        throw accessDenied('you are not a member');
      fromId = ctx.auth.id;
    }
  }
  const existing = commentsOf(ctx.world, post);
  const guid = str(p, 'guid') ?? null;
  const seen = guid === null ? null : commentByGuid(ctx.world, fromId, post, guid);
  if (seen !== null) {
    const threadId = existing.find((c) => c.id === seen)?.threadId ?? null;
    return { comment_id: seen, parents_stack: threadId === null ? [] : [threadId] };
  }
  // A replayed comment can be dated after the clock when the demo restarts at the same `now`: only
  // comments of the last minute before now count.
  const recent = (c: DemoComment) => ctx.now >= c.date && ctx.now - c.date < 60;
  if (existing.some((c) => c.fromId === fromId && c.text === message && recent(c))) {
    throw new ApiFailure(9, 'Flood control: same comment posted just now');
  }
  const replyTo = str(p, 'reply_to_comment') === undefined ? null : int(p, 'reply_to_comment');
  const target = replyTo === null ? null : (existing.find((c) => c.id === replyTo) ?? null);
  if (replyTo !== null && !target) throw invalid('reply_to_comment is invalid');
  const threadId = target ? (target.threadId ?? target.id) : null;
  const created = addComment(
    ctx.world,
    post,
    {
      ownerId: post.ownerId,
      postId: post.id,
      fromId,
      date: ctx.now,
      text: message,
      threadId,
      replyToUser: target ? target.fromId : null,
      replyToComment: target ? target.id : null,
      likes: 0,
    },
    guid,
  );
  return { comment_id: created.id, parents_stack: threadId === null ? [] : [threadId] };
};

const likesGetList: Handler = (ctx, p) => {
  const type = required(p, 'type');
  if (type !== 'post') throw invalid('type is invalid (the demo models likes of posts only)');
  const { post } = targetPost(ctx, p, 'item_id');
  const { offset, count } = pageParams(p, 100, 1000);
  let ids =
    post === null
      ? []
      : str(p, 'filter') === 'copies'
        ? repostersOf(ctx.world, post)
        : likersOf(ctx.world, post);
  if (flag(p, 'skip_own') && ctx.auth.kind === 'user') ids = ids.filter((id) => id !== ctx.auth.id);
  if (flag(p, 'friends_only')) ids = [];
  const slice = ids.slice(offset, offset + count);
  if (!flag(p, 'extended')) return { count: ids.length, items: slice };
  const fields = fieldsOf(p);
  return {
    count: ids.length,
    items: slice.map((id) => ownerItem(ctx, id, fields.size > 0 ? fields : undefined)),
  };
};

export const WALL_METHODS: Record<string, Handler> = {
  'wall.get': wallGet,
  'wall.getById': wallGetById,
  'wall.getComments': wallGetComments,
  'wall.createComment': wallCreateComment,
  'likes.getList': likesGetList,
};
