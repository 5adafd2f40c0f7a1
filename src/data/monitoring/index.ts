// What the monitoring-grade ER needs beyond the wall's counters, for the plain ER's sample posts: who
// liked, reposted and commented on each (likes.getList, likes.getList filter=copies, wall.getComments
// with threads), which of them are deleted or banned (users.get) and, for a manager, the page's managers
// (groups.getMembers filter=managers). The lists of all posts and the managers are issued together so
// they share `execute` requests; users.get follows once the actors are known: two requests for five
// posts of a few hundred reactions each.
import { z } from 'zod/mini';
import { postRefOf, type MonitoringErInput, type PostAudience } from '../../core/monitoring';
import type { Post } from '../../core/types';
import type { VkApi } from '../../vk/api-client';
import { pageManagers } from '../managers';
import { readPostComments } from '../wall/comments';
import { usersOf } from '../wall/users';

/** Likers (and reposters) read per post at most: five pages of likes.getList. */
export const MONITORING_LIKES_CAP = 5000;
/** Top-level comments read per post at most (their threads are read in full). */
export const MONITORING_COMMENTS_CAP = 1000;

/** Lists already read for a sample (e.g. by the supervisor's «Уточнить»), reusable while it is current. */
export interface MonitoringRead {
  /** core/monitoring sampleKey of the posts the lists were read for. */
  sampleKey: string;
  input: MonitoringErInput;
}

export interface FetchMonitoringOptions {
  groupId: number;
  /** The plain ER's sample (ErResult.posts). */
  posts: readonly Post[];
  /** The viewer manages the page: only then are its managers read. */
  canManage: boolean;
}

const actorId = z.int();

async function actionList(
  api: VkApi,
  post: Post,
  filter: 'likes' | 'copies',
): Promise<{ ids: number[]; complete: boolean }> {
  if ((filter === 'likes' ? post.likes : post.reposts) === 0) return { ids: [], complete: true };
  const { count, items } = await api.paginate({
    method: 'likes.getList',
    params: { type: 'post', owner_id: post.ownerId, item_id: post.id, filter },
    item: actorId,
    limit: MONITORING_LIKES_CAP,
    label: `wall${postRefOf(post)}`,
  });
  return { ids: items, complete: items.length >= count || count <= MONITORING_LIKES_CAP };
}

async function commentList(api: VkApi, post: Post): Promise<{ ids: number[]; complete: boolean }> {
  const { comments, complete } = await readPostComments(api, post, MONITORING_COMMENTS_CAP);
  return { ids: comments.map((c) => c.fromId), complete };
}

async function audienceOf(api: VkApi, post: Post): Promise<PostAudience> {
  const [likers, reposters, commenters] = await Promise.all([
    actionList(api, post, 'likes'),
    actionList(api, post, 'copies'),
    commentList(api, post),
  ]);
  return {
    ref: postRefOf(post),
    likers: likers.ids,
    reposters: reposters.ids,
    commenters: commenters.ids,
    complete: likers.complete && reposters.complete && commenters.complete,
  };
}

export async function fetchMonitoringInput(
  api: VkApi,
  o: FetchMonitoringOptions,
): Promise<MonitoringErInput> {
  const [audiences, managers] = await Promise.all([
    Promise.all(o.posts.map((post) => audienceOf(api, post))),
    o.canManage ? pageManagers(api, o.groupId) : null,
  ]);
  const actors = audiences.flatMap((a) => [...a.likers, ...a.reposters, ...a.commenters]);
  const users = await usersOf(api, actors);
  return {
    groupId: o.groupId,
    audiences: new Map(audiences.map((a) => [a.ref, a])),
    inactive: users.filter((u) => Boolean(u.deactivated)).map((u) => u.id),
    managers,
  };
}
