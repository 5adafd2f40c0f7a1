// Everything the leaderboard scores, in few dependent steps so calls share `execute` requests:
//   1. the page's own posts in the period with their counters (wall.get); on a first gather also the
//      managers (or, for a viewer who is not a manager, the public contacts) and the first page of the
//      member list, which also gives members_count;
//   2. per post, only the lists whose counter changed since the cache saw it (likes.getList, likes.getList
//      filter=copies, wall.getComments with threads) — and, when it costs fewer calls than checking the
//      actors, the rest of the member list (with `deactivated`, so no users.get is needed);
//   3. membership and account status of the actors still unknown (groups.isMember + users.get).
// A refresh with one changed post thus costs wall.get, that post's changed list and one check of its new
// actors: three requests.
import { z } from 'zod/mini';
import type {
  LeaderboardComment,
  LeaderboardInput,
  LeaderboardPeriod,
  PostActivity,
} from '../../core/leaderboard';
import { postRefParts } from '../../core/wall';
import type { VkApi } from '../../vk/api-client';
import { MEMBERS_MAX, USERS_GET_MAX } from '../../vk/limits';
import { groupsGetByIdResponse } from '../../vk/wire-groups';
import { readComments } from '../wall/comments';
import { getMembersCalls, isMemberCalls, membersAmong } from '../wall/membership';
import { usersOf } from '../wall/users';
import { emptyActivityCache, sameCounters, type ActivityCache, type CachedPost } from './cache';
import { ownPostsInPeriod, type PeriodPost } from './posts';
import { pageManagers } from '../managers';

export interface LeaderboardProgress {
  stage: 'posts' | 'activity' | 'members';
  done: number;
  total: number | null;
}

export interface GatherLeaderboardOptions {
  groupId: number;
  period: LeaderboardPeriod;
  /** The previous gather's cache (services.memory): unchanged posts are not read again. */
  cache?: ActivityCache;
  /** The viewer manages the page and may read its managers; otherwise the public contacts stand in. */
  canManage?: boolean;
  onProgress?: (progress: LeaderboardProgress) => void;
}

export interface GatherLeaderboardResult {
  input: LeaderboardInput;
  cache: ActivityCache;
  stats: { postsRecounted: number; postsReused: number };
  /** False when the managers are only the public contacts (editors and moderators may be missing). */
  managersComplete: boolean;
}

const userId = z.int();
const memberItem = z.looseObject({ id: userId, deactivated: z.nullish(z.string()) });
type MemberItem = z.infer<typeof memberItem>;

function positiveDistinct(ids: readonly number[]): number[] {
  return [...new Set(ids.filter((id) => id > 0))];
}

async function actionList(api: VkApi, post: PeriodPost, filter: 'likes' | 'copies'): Promise<number[]> {
  const { ownerId, postId } = postRefParts(post.ref);
  const { items } = await api.paginate({
    method: 'likes.getList',
    params: { type: 'post', owner_id: ownerId, item_id: postId, filter },
    item: userId,
    label: `wall${post.ref}`,
  });
  return positiveDistinct(items);
}

async function commentList(api: VkApi, post: PeriodPost): Promise<LeaderboardComment[]> {
  const { ownerId, postId } = postRefParts(post.ref);
  const comments = await readComments(api, { ownerId, postId });
  return comments.map((c) => ({ id: c.id, fromId: c.fromId, date: c.date, text: c.text }));
}

/** The post's activity: the lists whose counter moved are read again, the others come from the cache. */
async function activityOf(
  api: VkApi,
  post: PeriodPost,
  cached: CachedPost | undefined,
): Promise<PostActivity> {
  const before = cached?.activity;
  const moved = (key: 'likes' | 'reposts' | 'comments') =>
    !cached || cached.counters[key] !== post.counters[key];
  const read = <T>(
    key: 'likes' | 'reposts' | 'comments',
    fetch: () => Promise<T[]>,
    kept: readonly T[] | undefined,
  ) =>
    !moved(key) && kept
      ? Promise.resolve([...kept])
      : post.counters[key] === 0
        ? Promise.resolve([])
        : fetch();
  const [likers, reposters, comments] = await Promise.all([
    read('likes', () => actionList(api, post, 'likes'), before?.likers),
    read('reposts', () => actionList(api, post, 'copies'), before?.reposters),
    read('comments', () => commentList(api, post), before?.comments),
  ]);
  return { ref: post.ref, date: post.date, likers, reposters, comments };
}

function memberPage(api: VkApi, groupId: number, offset: number) {
  return api.call({
    method: 'groups.getMembers',
    // Any field makes VK answer user objects, which carry `deactivated` for deleted and banned ones.
    params: { group_id: groupId, fields: 'sex', offset, count: MEMBERS_MAX },
    schema: z.object({ count: z.int().check(z.nonnegative()), items: z.array(memberItem) }),
    pick: { count: true, items: ['id', 'deactivated'] },
    label: `club${groupId}`,
  });
}

async function managersOf(api: VkApi, groupId: number, canManage: boolean): Promise<number[]> {
  if (canManage) return pageManagers(api, groupId);
  // groups.getMembers filter=managers is for managers only: the public contacts are the best guess.
  const answer = await api.call({
    method: 'groups.getById',
    params: { group_id: groupId, fields: 'contacts' },
    schema: z.extend(groupsGetByIdResponse, {
      groups: z.array(
        z.looseObject({
          id: userId,
          contacts: z.nullish(z.array(z.looseObject({ user_id: z.nullish(userId) }))),
        }),
      ),
    }),
    pick: { groups: ['id', 'contacts'] },
    label: `club${groupId}`,
  });
  const page = answer.groups.find((g) => g.id === groupId);
  return (page?.contacts ?? []).flatMap((c) => (c.user_id ? [c.user_id] : []));
}

export async function gatherLeaderboard(
  api: VkApi,
  o: GatherLeaderboardOptions,
): Promise<GatherLeaderboardResult> {
  const { groupId, period } = o;
  const cache = o.cache?.groupId === groupId ? o.cache : emptyActivityCache(groupId);
  const first = cache.membersCount === null;
  const report = (stage: LeaderboardProgress['stage'], done: number, total: number | null) =>
    o.onProgress?.({ stage, done, total });

  report('posts', 0, null);
  const [posts, managers, firstMembers] = await Promise.all([
    ownPostsInPeriod(api, groupId, period),
    cache.managers === null ? managersOf(api, groupId, o.canManage ?? false) : null,
    first ? memberPage(api, groupId, 0) : null,
  ]);
  report('posts', posts.length, posts.length);
  if (managers) {
    cache.managers = managers;
    cache.managersComplete = o.canManage ?? false;
  }
  if (firstMembers) cache.membersCount = firstMembers.count;

  const changed = posts.filter((p) => {
    const cached = cache.posts.get(p.ref);
    return !cached || !sameCounters(cached.counters, p.counters);
  });
  // Whole member list or a check of the actors: the bound on actors is the sum of the counters.
  const actorsBound = changed.reduce(
    (n, p) => n + p.counters.likes + p.counters.reposts + p.counters.comments,
    0,
  );
  const wholeList =
    firstMembers !== null &&
    getMembersCalls(firstMembers.count) - 1 <=
      isMemberCalls(actorsBound) + Math.ceil(actorsBound / USERS_GET_MAX);
  const restOfMembers = async (): Promise<MemberItem[] | null> => {
    if (!wholeList || !firstMembers) return null;
    const pages = [];
    for (let offset = MEMBERS_MAX; offset < firstMembers.count; offset += MEMBERS_MAX) pages.push(offset);
    const rest = await Promise.all(pages.map((offset) => memberPage(api, groupId, offset)));
    return [...firstMembers.items, ...rest.flatMap((p) => p.items)];
  };

  let done = 0;
  report('activity', 0, changed.length);
  const [activities, memberList] = await Promise.all([
    Promise.all(
      posts.map(async (p) => {
        const cached = cache.posts.get(p.ref);
        if (cached && sameCounters(cached.counters, p.counters)) return cached.activity;
        const activity = await activityOf(api, p, cached);
        cache.posts.set(p.ref, { counters: p.counters, activity });
        report('activity', ++done, changed.length);
        return activity;
      }),
    ),
    restOfMembers(),
  ]);

  const actorsOf = (a: PostActivity) => [...a.likers, ...a.reposters, ...a.comments.map((c) => c.fromId)];
  const actors = positiveDistinct(activities.flatMap(actorsOf));
  /** Actors whose membership this gather has read already (from the whole member list). */
  const fresh = new Set<number>();
  if (memberList) {
    const byId = new Map(memberList.map((m) => [m.id, m]));
    for (const id of actors) {
      const member = byId.get(id);
      cache.membership.set(id, member !== undefined);
      if (member?.deactivated) cache.inactive.add(id);
      fresh.add(id);
    }
  }
  // Unknown actors, and outsiders of the recounted posts (they may have subscribed since).
  const recounted = new Set(changed.map((p) => p.ref));
  const recheck = new Set(
    activities.filter((a) => recounted.has(a.ref)).flatMap((a) => positiveDistinct(actorsOf(a))),
  );
  const unknown = actors.filter((id) => {
    const known = cache.membership.get(id);
    return known === undefined || (known === false && recheck.has(id) && !fresh.has(id));
  });
  if (unknown.length > 0) {
    report('members', 0, unknown.length);
    const [members, users] = await Promise.all([
      membersAmong(api, groupId, unknown),
      usersOf(
        api,
        unknown.filter((id) => !cache.inactive.has(id)),
      ),
    ]);
    const memberSet = new Set(members);
    for (const id of unknown) cache.membership.set(id, memberSet.has(id));
    for (const u of users) if (u.deactivated) cache.inactive.add(u.id);
    report('members', unknown.length, unknown.length);
  }

  return {
    input: {
      groupId,
      posts: activities,
      members: actors.filter((id) => cache.membership.get(id) === true).sort((a, b) => a - b),
      managers: cache.managers ?? [],
      inactive: actors.filter((id) => cache.inactive.has(id)).sort((a, b) => a - b),
    },
    cache,
    stats: { postsRecounted: changed.length, postsReused: posts.length - changed.length },
    managersComplete: cache.managersComplete,
  };
}
