// A subscriber's own checklist, read live with their user token: their like and repost flags
// (wall.getById), their membership of the page and the partners (groups.isMember), and the users
// they tagged in their comments. Exclusions are the organiser's business: the blacklist is private,
// so `excluded` is always null here.
import {
  eligibilityOf,
  taggedBy,
  type GiveawayEvidence,
  type GiveawayTerms,
  type PostRef,
} from '../../core/giveaway';
import { postRefParts } from '../../core/wall';
import type { VkApi } from '../../vk/api-client';
import { isMemberOneResponse } from '../../vk/wire-groups';
import { wallGetByIdResponse } from '../../vk/wire-posts';
import { readComments } from '../wall/comments';
import { resolveScreenNames, screenNamesIn } from '../wall/screen-names';
import type { MyGiveawayStatus } from './types';

function yes(flag: 0 | 1 | boolean | null | undefined): boolean {
  return flag === 1 || flag === true;
}

async function isMemberOf(api: VkApi, groupId: number, userId: number): Promise<boolean> {
  const answer = await api.call({
    method: 'groups.isMember',
    params: { group_id: groupId, user_id: userId },
    schema: isMemberOneResponse,
    label: `club${groupId}`,
  });
  return yes(answer);
}

export async function fetchMyStatus(
  api: VkApi,
  { terms, postRef, userId }: { terms: GiveawayTerms; postRef: PostRef; userId: number },
): Promise<MyGiveawayStatus> {
  const { conditions } = terms;
  const { ownerId, postId } = postRefParts(postRef);
  const myTalk = async () => {
    const all = await readComments(api, { ownerId, postId });
    const mine = all.filter((c) => c.fromId === userId);
    return { mine, screenNames: await resolveScreenNames(api, screenNamesIn(mine)) };
  };
  const flags = async () => {
    const { items } = await api.call({
      method: 'wall.getById',
      params: { posts: postRef },
      schema: wallGetByIdResponse,
      pick: { items: ['id', 'date', 'likes', 'reposts'] },
      label: `wall${postRef}`,
    });
    const post = items.find((p) => p.id === postId);
    return { liked: yes(post?.likes?.user_likes), reposted: yes(post?.reposts?.user_reposted) };
  };
  const [talk, own, member, partners] = await Promise.all([
    conditions.minTags !== null ? myTalk() : null,
    conditions.like || conditions.repost ? flags() : null,
    conditions.member ? isMemberOf(api, terms.groupId, userId) : null,
    Promise.all(conditions.partners.map(async (id) => [id, await isMemberOf(api, id, userId)] as const)),
  ]);
  const screenNames = talk?.screenNames ?? new Map<string, number | null>();
  const mineOnly = (on: boolean, has: boolean | undefined) => (on ? (has ? [userId] : []) : null);
  const evidence: GiveawayEvidence = {
    groupId: terms.groupId,
    likers: mineOnly(conditions.like, own?.liked),
    reposters: mineOnly(conditions.repost, own?.reposted),
    comments: talk?.mine ?? null,
    members: mineOnly(conditions.member, member ?? false),
    partnerMembers: new Map(partners.map(([id, yesMember]) => [id, yesMember ? [userId] : []])),
    screenNames,
    managers: [],
    inactive: [],
    blacklist: [],
  };
  const status = eligibilityOf(userId, conditions, evidence);
  return {
    ...status,
    excluded: null,
    eligible: status.conditions.every((c) => c.met),
    tagged: talk ? taggedBy(userId, talk.mine, screenNames).size : 0,
  };
}
