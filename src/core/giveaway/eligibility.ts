// Who may win: the conditions (each optional) over the evidence gathered from VK, then the
// exclusions (the community itself, its managers, deleted/banned accounts, the private blacklist).
// A condition that is on but whose evidence list is null counts as unmet for everyone: the data
// layer always gathers what is on, so a null there means "not known", and nobody wins on unknowns.

import { taggedBy } from './tagged';
import type {
  ConditionStatus,
  ExclusionReason,
  GiveawayComment,
  GiveawayConditions,
  GiveawayEvidence,
  UserEligibility,
} from './types';

export interface EligibleParticipants {
  /** Ascending, distinct: the list the draw runs over. */
  participants: number[];
  /** Met every condition but cannot win, by reason. */
  excluded: Record<ExclusionReason, number>;
  /** In the candidate pool but some condition is not met. */
  unmet: number;
}

export function hasAnyCondition(conditions: GiveawayConditions): boolean {
  return (
    conditions.member ||
    conditions.like ||
    conditions.repost ||
    conditions.minTags !== null ||
    conditions.partners.length > 0
  );
}

/** A like, repost or comment condition is on: the pool is then who did those, not the members. */
export function hasActionCondition(conditions: GiveawayConditions): boolean {
  return conditions.like || conditions.repost || conditions.minTags !== null;
}

function ascendingDistinct(ids: Iterable<number>): number[] {
  return [...new Set(ids)].sort((a, b) => a - b);
}

function intersect(lists: readonly (readonly number[])[]): number[] {
  const [first, ...rest] = lists;
  if (!first) return [];
  const sets = rest.map((list) => new Set(list));
  return ascendingDistinct(first.filter((id) => sets.every((set) => set.has(id))));
}

/** Everyone the conditions' lists name (communities included), ascending. */
function rawPool(conditions: GiveawayConditions, evidence: GiveawayEvidence): number[] {
  if (hasActionCondition(conditions)) {
    const lists: (readonly number[] | null)[] = [];
    if (conditions.like) lists.push(evidence.likers);
    if (conditions.repost) lists.push(evidence.reposters);
    if (conditions.minTags !== null)
      lists.push(evidence.comments ? evidence.comments.map((c) => c.fromId) : null);
    if (lists.some((list) => list === null)) return [];
    return intersect(lists as (readonly number[])[]);
  }
  if (conditions.member) return ascendingDistinct(evidence.members ?? []);
  if (conditions.partners.length > 0) {
    return intersect(conditions.partners.map((id) => evidence.partnerMembers.get(id) ?? []));
  }
  return [];
}

/**
 * The users to check, ascending: the intersection of the action lists that are on (likers,
 * reposters, commenters); with no action condition, the page's members (or, with only partner
 * conditions, the partners' common members). Positive ids only.
 */
export function candidatePool(conditions: GiveawayConditions, evidence: GiveawayEvidence): number[] {
  return rawPool(conditions, evidence).filter((id) => id > 0);
}

/** Sets built once, so checking a whole pool is linear. */
interface EvidenceIndex {
  conditions: GiveawayConditions;
  groupId: number;
  members: Set<number> | null;
  likers: Set<number> | null;
  reposters: Set<number> | null;
  commentsBy: Map<number, GiveawayComment[]> | null;
  screenNames: ReadonlyMap<string, number | null>;
  partners: Map<number, Set<number>>;
  managers: Set<number>;
  inactive: Set<number>;
  blacklist: Set<number>;
}

function toSet(list: readonly number[] | null): Set<number> | null {
  return list ? new Set(list) : null;
}

function indexEvidence(conditions: GiveawayConditions, evidence: GiveawayEvidence): EvidenceIndex {
  let commentsBy: Map<number, GiveawayComment[]> | null = null;
  if (evidence.comments) {
    commentsBy = new Map();
    for (const comment of evidence.comments) {
      const list = commentsBy.get(comment.fromId);
      if (list) list.push(comment);
      else commentsBy.set(comment.fromId, [comment]);
    }
  }
  return {
    conditions,
    groupId: evidence.groupId,
    members: toSet(evidence.members),
    likers: toSet(evidence.likers),
    reposters: toSet(evidence.reposters),
    commentsBy,
    screenNames: evidence.screenNames,
    partners: new Map([...evidence.partnerMembers].map(([id, list]) => [id, new Set(list)])),
    managers: new Set(evidence.managers),
    inactive: new Set(evidence.inactive),
    blacklist: new Set(evidence.blacklist),
  };
}

function exclusionOf(userId: number, index: EvidenceIndex): ExclusionReason | null {
  if (userId <= 0 || userId === -index.groupId) return 'community';
  if (index.managers.has(userId)) return 'manager';
  if (index.inactive.has(userId)) return 'inactive';
  if (index.blacklist.has(userId)) return 'blacklist';
  return null;
}

function check(userId: number, index: EvidenceIndex): UserEligibility {
  const { conditions } = index;
  const statuses: ConditionStatus[] = [];
  if (conditions.member) statuses.push({ key: 'member', met: index.members?.has(userId) ?? false });
  if (conditions.like) statuses.push({ key: 'like', met: index.likers?.has(userId) ?? false });
  if (conditions.repost) statuses.push({ key: 'repost', met: index.reposters?.has(userId) ?? false });
  if (conditions.minTags !== null) {
    const own = index.commentsBy?.get(userId) ?? [];
    const have = taggedBy(userId, own, index.screenNames).size;
    // Even "tag 0 friends" needs a comment: the condition is "commented".
    statuses.push({
      key: 'tags',
      met: own.length > 0 && have >= conditions.minTags,
      have,
      need: conditions.minTags,
    });
  }
  for (const partnerId of conditions.partners) {
    statuses.push({ key: 'partner', met: index.partners.get(partnerId)?.has(userId) ?? false, partnerId });
  }
  const excluded = exclusionOf(userId, index);
  return {
    userId,
    conditions: statuses,
    excluded,
    eligible: excluded === null && statuses.every((status) => status.met),
  };
}

/**
 * A checker for many users over one evidence (the evidence indexed once): each call is one user's
 * checklist and exclusion, exactly as eligibilityOf and eligibleParticipants see them.
 */
export function eligibilityChecker(
  conditions: GiveawayConditions,
  evidence: GiveawayEvidence,
): (userId: number) => UserEligibility {
  const index = indexEvidence(conditions, evidence);
  return (userId) => check(userId, index);
}

/** One user's checklist and exclusion. */
export function eligibilityOf(
  userId: number,
  conditions: GiveawayConditions,
  evidence: GiveawayEvidence,
): UserEligibility {
  return check(userId, indexEvidence(conditions, evidence));
}

/**
 * The draw's participant list. Every id of the candidate pool (communities that liked, reposted
 * or commented included) lands in exactly one bucket: a participant, excluded (met every
 * condition, but an exclusion applies), or unmet.
 */
export function eligibleParticipants(
  conditions: GiveawayConditions,
  evidence: GiveawayEvidence,
): EligibleParticipants {
  const checkUser = eligibilityChecker(conditions, evidence);
  const participants: number[] = [];
  const excluded: Record<ExclusionReason, number> = { community: 0, manager: 0, inactive: 0, blacklist: 0 };
  let unmet = 0;
  for (const id of rawPool(conditions, evidence)) {
    const status = checkUser(id);
    if (status.eligible) participants.push(id);
    else if (!status.conditions.every((c) => c.met)) unmet += 1;
    else if (status.excluded) excluded[status.excluded] += 1;
  }
  return { participants, excluded, unmet };
}
