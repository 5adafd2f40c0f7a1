// Everything VK says about a giveaway post's audience, in as few requests as the dependencies allow:
//   1. at once: the comments (pages, then long threads, then the screen names they mention), likes,
//      reposts, the managers, the page's members_count (to price the membership check) — and, when no
//      like/repost/comment condition narrows the pool, the page's whole member list;
//   2. the candidates (core candidatePool, minus commenters short of minTags), then at once: their
//      membership (the cheaper of getMembers and isMember), each partner's isMember, and users.get
//      for deleted/banned accounts.
// Calls of one step are issued together so the client packs them 25 to an execute.
import { z } from 'zod/mini';
import { candidatePool, taggedBy, type GiveawayComment, type GiveawayEvidence } from '../../core/giveaway';
import { postRefParts } from '../../core/wall';
import type { VkApi } from '../../vk/api-client';
import { pageManagers } from '../managers';
import { readComments } from '../wall/comments';
import { allMembers, membersAmong, membersAmongCheapest, membersCountOf } from '../wall/membership';
import { resolveScreenNames, screenNamesIn } from '../wall/screen-names';
import { usersOf } from '../wall/users';
import type { GatherOptions, GatherProgress } from './types';

const userId = z.int();

function positiveDistinct(ids: readonly number[]): number[] {
  return [...new Set(ids.filter((id) => id > 0))].sort((a, b) => a - b);
}

export function commentsByAuthor(comments: readonly GiveawayComment[]): Map<number, GiveawayComment[]> {
  const byAuthor = new Map<number, GiveawayComment[]>();
  for (const c of comments) {
    const list = byAuthor.get(c.fromId);
    if (list) list.push(c);
    else byAuthor.set(c.fromId, [c]);
  }
  return byAuthor;
}

export async function gatherEvidence(api: VkApi, options: GatherOptions): Promise<GiveawayEvidence> {
  const { groupId, postRef, conditions } = options;
  const { ownerId, postId } = postRefParts(postRef);
  const label = `wall${postRef}`;
  const report = (stage: GatherProgress['stage'], done: number, total: number | null) =>
    options.onProgress?.({ stage, done, total });
  const narrowed = conditions.like || conditions.repost || conditions.minTags !== null;

  const actionList = async (filter: 'likes' | 'copies') => {
    const stage = filter === 'likes' ? 'likes' : 'reposts';
    report(stage, 0, null);
    const { items } = await api.paginate({
      method: 'likes.getList',
      params: { type: 'post', owner_id: ownerId, item_id: postId, filter },
      item: userId,
      label,
    });
    // Communities that liked or reposted (negative ids) cannot take part.
    const users = positiveDistinct(items);
    report(stage, users.length, users.length);
    return users;
  };

  const commentsAndNames = async () => {
    const comments = await readComments(api, {
      ownerId,
      postId,
      onProgress: (done, total) => report('comments', done, total),
    });
    return { comments, screenNames: await resolveScreenNames(api, screenNamesIn(comments)) };
  };

  const managersList = async () => {
    report('managers', 0, null);
    const managers = await pageManagers(api, groupId);
    report('managers', managers.length, managers.length);
    return managers;
  };

  const wholePage = async () => {
    report('members', 0, null);
    const members = await allMembers(api, groupId);
    report('members', members.length, members.length);
    return members;
  };

  const [talk, likers, reposters, managers, membersCount, pageMembers] = await Promise.all([
    conditions.minTags !== null ? commentsAndNames() : null,
    conditions.like ? actionList('likes') : null,
    conditions.repost ? actionList('copies') : null,
    options.withManagers ? managersList() : [],
    conditions.member && narrowed ? membersCountOf(api, groupId) : 0,
    // Nothing narrows the pool: it is the page's members (also when only partners are required).
    narrowed ? null : wholePage(),
  ]);

  const screenNames = talk?.screenNames ?? new Map<string, number | null>();
  const base: GiveawayEvidence = {
    groupId,
    likers,
    reposters,
    comments: talk?.comments ?? null,
    members: pageMembers,
    partnerMembers: new Map(),
    screenNames,
    managers,
    inactive: [],
    blacklist: options.blacklist,
  };
  // With nothing narrowing the pool the candidates are the page's members; with only partner
  // conditions that makes the pool the page's members who are in every partner page (the core would
  // take the partners' common members, which would mean reading whole partner member lists).
  let candidates = narrowed ? candidatePool(conditions, base) : (pageMembers ?? []).filter((id) => id > 0);
  const minTags = conditions.minTags ?? 0;
  if (talk && minTags > 0) {
    // Commenters who tagged too few cannot win whatever else they did: not worth checking.
    const byAuthor = commentsByAuthor(talk.comments);
    candidates = candidates.filter((id) => taggedBy(id, byAuthor.get(id) ?? [], screenNames).size >= minTags);
  }

  const partnerMembers = async (partnerId: number) => {
    const members = await membersAmong(api, partnerId, candidates);
    return [partnerId, members] as const;
  };
  const pageMembership = async () => {
    if (!conditions.member) return pageMembers;
    if (pageMembers) return pageMembers;
    report('members', 0, candidates.length);
    const { members } = await membersAmongCheapest(api, groupId, candidates, membersCount);
    report('members', candidates.length, candidates.length);
    return members;
  };
  const accounts = async () => {
    report('accounts', 0, candidates.length);
    const users = await usersOf(api, candidates);
    report('accounts', candidates.length, candidates.length);
    return users.filter((u) => u.deactivated).map((u) => u.id);
  };
  const partners = async () => {
    if (conditions.partners.length === 0) return [];
    report('partners', 0, conditions.partners.length);
    const lists = await Promise.all(conditions.partners.map(partnerMembers));
    report('partners', lists.length, lists.length);
    return lists;
  };

  const [members, partnerLists, inactive] = await Promise.all([pageMembership(), partners(), accounts()]);
  return { ...base, members, partnerMembers: new Map(partnerLists), inactive: positiveDistinct(inactive) };
}
