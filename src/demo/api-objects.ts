// World objects → VK wire objects (API 5.199): communities, users, posts, comments. Field presence
// follows VK: base fields always, optional ones only when asked for through `fields`.
import { commentCount, likeCount, likersOf, repostCount, repostersOf, userOf } from './crowd';
import { membersCount } from './crowd';
import { isAdmin, isEditorOrAbove, insider, roleOf } from './api-support';
import type { Ctx } from './api-support';
import { DEACTIVATED_PHOTO, NO_PHOTO_GROUP, avatarUri, personPhoto } from './people';
import { postAttachments } from './photos';
import { hash32 } from './prng';
import type { DemoComment, DemoPage, DemoPost } from './world-types';

type Wire = Record<string, unknown>;

export function groupPhoto(page: DemoPage, size: 50 | 100 | 200): string {
  if (page.deactivated) return DEACTIVATED_PHOTO;
  return page.hasPhoto ? avatarUri(page.name, page.id, size) : NO_PHOTO_GROUP;
}

function coverImage(page: DemoPage, width: number, height: number): Wire {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><linearGradient id="g">` +
    `<stop offset="0" stop-color="#2a5885"/><stop offset="1" stop-color="#5181b8"/></linearGradient></defs>` +
    `<rect width="100%" height="100%" fill="url(#g)"/></svg>`;
  return { url: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`, width, height };
}

/** A community as groups.getById (and the `groups` of extended answers) return it. */
export function groupObject(ctx: Ctx, page: DemoPage, fields: ReadonlySet<string> = new Set()): Wire {
  const base: Wire = {
    id: page.id,
    name: page.name,
    screen_name: page.deactivated ? `club${page.id}` : page.screenName,
    is_closed: page.isClosed,
    type: page.type,
  };
  if (ctx.auth.kind === 'user' && ctx.auth.scopes.has('groups')) {
    const role = roleOf(ctx, page);
    base['is_admin'] = role ? 1 : 0;
    if (role) base['admin_level'] = isAdmin(role) ? 3 : role === 'editor' ? 2 : 1;
    base['is_member'] = insider(ctx, page) ? 1 : 0;
    base['is_advertiser'] = 0;
  }
  if (page.deactivated) {
    return {
      ...base,
      deactivated: page.deactivated,
      photo_50: DEACTIVATED_PHOTO,
      photo_100: DEACTIVATED_PHOTO,
      photo_200: DEACTIVATED_PHOTO,
    };
  }
  base['photo_50'] = groupPhoto(page, 50);
  base['photo_100'] = groupPhoto(page, 100);
  base['photo_200'] = groupPhoto(page, 200);
  const want = (f: string) => fields.has(f);
  if (want('members_count')) base['members_count'] = membersCount(ctx.world, page.id);
  if (want('description')) base['description'] = page.description;
  if (want('activity')) base['activity'] = page.activity;
  if (want('site')) base['site'] = page.site;
  if (want('status')) base['status'] = '';
  if (want('verified')) base['verified'] = page.verified ? 1 : 0;
  if (want('wall')) base['wall'] = page.wall;
  if (want('has_photo')) base['has_photo'] = page.hasPhoto ? 1 : 0;
  if (want('is_government_organization') && page.gov !== null) base['is_government_organization'] = page.gov;
  if (want('cover')) {
    base['cover'] = page.hasCover
      ? {
          enabled: 1,
          images: [coverImage(page, 1590, 400), coverImage(page, 795, 200), coverImage(page, 400, 101)],
        }
      : { enabled: 0 };
  }
  if (want('links')) {
    base['links'] = page.links.map((l) => {
      const target = l.groupId === null ? undefined : ctx.world.pageById.get(l.groupId);
      const item: Wire = { id: l.id, url: l.url, name: l.name, desc: l.desc, edit_title: 0 };
      if (target)
        Object.assign(item, { photo_50: groupPhoto(target, 50), photo_100: groupPhoto(target, 100) });
      return item;
    });
  }
  if (want('contacts')) {
    base['contacts'] = page.managers
      .filter((m) => isAdmin(m.role))
      .map((m) => ({ user_id: m.id, desc: 'Администратор' }));
  }
  if (want('fixed_post')) {
    const pinned = ctx.world.walls.get(page.id)?.find((p) => p.pinned);
    if (pinned) base['fixed_post'] = pinned.id;
  }
  if (want('can_post')) base['can_post'] = page.wall === 1 || isEditorOrAbove(roleOf(ctx, page)) ? 1 : 0;
  return base;
}

/** A user as users.get returns it; ids the world does not know answer as deleted profiles (as VK does). */
export function userObject(ctx: Ctx, id: number, fields: ReadonlySet<string> = new Set()): Wire {
  const p = userOf(ctx.world, id);
  if (!p)
    return {
      id,
      first_name: 'DELETED',
      last_name: '',
      deactivated: 'deleted',
      can_access_closed: true,
      is_closed: false,
    };
  const o: Wire = { id, first_name: p.firstName, last_name: p.lastName };
  if (p.deactivated) o['deactivated'] = p.deactivated;
  o['can_access_closed'] = !p.closed;
  o['is_closed'] = p.closed;
  const want = (f: string) => fields.has(f);
  if (want('photo_50')) o['photo_50'] = personPhoto(p, 50);
  if (want('photo_100')) o['photo_100'] = personPhoto(p, 100);
  if (want('photo_200')) o['photo_200'] = personPhoto(p, 200);
  if (want('sex')) o['sex'] = p.sex;
  if (want('screen_name')) o['screen_name'] = p.screenName;
  if (want('domain')) o['domain'] = p.screenName;
  if (want('has_photo')) o['has_photo'] = p.hasPhoto ? 1 : 0;
  if (want('online')) o['online'] = 0;
  if (want('verified')) o['verified'] = 0;
  return o;
}

/** An item of likes.getList extended=1: a profile or a community, with its `type`. */
export function ownerItem(ctx: Ctx, id: number, fields: ReadonlySet<string> = new Set(['photo_100'])): Wire {
  if (id > 0) return { type: 'profile', ...userObject(ctx, id, fields) };
  const page = ctx.world.pageById.get(-id);
  return page ? { ...groupObject(ctx, page), type: page.type } : { type: 'page', id: -id, name: 'DELETED' };
}

/** profiles/groups of an extended answer: every owner id mentioned, each once. */
export function extendedOwners(
  ctx: Ctx,
  ids: Iterable<number>,
  fields: ReadonlySet<string>,
): { profiles: Wire[]; groups: Wire[] } {
  const unique = [...new Set(ids)];
  const profiles = unique
    .filter((id) => id > 0)
    .map((id) => userObject(ctx, id, new Set([...fields, 'photo_50', 'photo_100', 'sex', 'screen_name'])));
  const groups = unique
    .filter((id) => id < 0)
    .map((id) => ctx.world.pageById.get(-id))
    .filter((p): p is DemoPage => p !== undefined)
    .map((p) => groupObject(ctx, p, fields));
  return { profiles, groups };
}

const POST_TYPE = { published: 'post', postponed: 'postpone', suggested: 'suggest' } as const;

function postCore(ctx: Ctx, post: DemoPost): Wire {
  return {
    inner_type: 'wall_wallpost',
    id: post.id,
    owner_id: post.ownerId,
    from_id: post.fromId,
    date: post.date,
    post_type: POST_TYPE[post.state],
    text: post.text,
    attachments: postAttachments(ctx.world, post),
    post_source: { type: 'vk' },
    type: POST_TYPE[post.state],
  };
}

/** A post as wall.get / wall.getById return it, as seen by the token's owner. */
export function postObject(ctx: Ctx, post: DemoPost): Wire {
  const page = ctx.world.pageById.get(-post.ownerId);
  const role = page ? roleOf(ctx, page) : null;
  const viewer = ctx.auth.kind === 'user' ? ctx.auth.id : 0;
  const o: Wire = postCore(ctx, post);
  o['marked_as_ads'] = post.ads ? 1 : 0;
  o['is_favorite'] = false;
  if (post.pinned) o['is_pinned'] = 1;
  if (isEditorOrAbove(role)) {
    Object.assign(o, { can_edit: 1, can_delete: 1, can_pin: post.state === 'published' ? 1 : 0 });
    const creator = page?.managers[0];
    if (post.fromId < 0 && creator) o['created_by'] = creator.id;
  }
  if (post.copyOf) {
    const origin = ctx.world.walls.get(-post.copyOf.ownerId)?.find((p) => p.id === post.copyOf?.id);
    if (origin) o['copy_history'] = [postCore(ctx, origin)];
  }
  const canComment = page !== undefined && page.commentsOpen && post.state === 'published';
  o['comments'] = {
    can_post: canComment ? 1 : 0,
    count: commentCount(ctx.world, post),
    groups_can_post: canComment,
  };
  const likes = likeCount(ctx.world, post);
  const liked = viewer !== 0 && likes > 0 && likersOf(ctx.world, post).includes(viewer);
  o['likes'] = {
    can_like: post.state === 'published' ? 1 : 0,
    count: likes,
    user_likes: liked ? 1 : 0,
    can_publish: 1,
    repost_disabled: false,
  };
  const reposts = repostCount(ctx.world, post);
  const reposted = viewer !== 0 && reposts > 0 && repostersOf(ctx.world, post).includes(viewer);
  o['reposts'] = { count: reposts, user_reposted: reposted ? 1 : 0 };
  if (post.state === 'published') o['views'] = { count: post.views };
  o['donut'] = { is_donut: false };
  o['short_text_rate'] = 0.8;
  o['hash'] = hash32('post-hash', post.ownerId, post.id).toString(36);
  return o;
}

/** A comment; `thread` is the replies block of a top-level comment (or undefined). */
export function commentObject(ctx: Ctx, c: DemoComment, needLikes: boolean, thread?: Wire): Wire {
  const o: Wire = {
    id: c.id,
    from_id: c.fromId,
    post_id: c.postId,
    owner_id: c.ownerId,
    parents_stack: c.threadId === null ? [] : [c.threadId],
    date: c.date,
    text: c.text,
  };
  if (c.deleted) o['deleted'] = true;
  if (c.replyToUser !== null) o['reply_to_user'] = c.replyToUser;
  if (c.replyToComment !== null) o['reply_to_comment'] = c.replyToComment;
  if (needLikes) o['likes'] = { count: c.likes, user_likes: 0, can_like: 1, can_publish: 1 };
  if (thread) o['thread'] = thread;
  return o;
}
