// The giveaway's funnel (docs/giveaway.md, "The funnel"): how the people who reacted to the post
// thin out condition by condition down to the draw's participants, for the organiser's «сейчас
// выполняют условия» before the draw and the breakdown after it. Built on the same checker as the
// draw (eligibilityChecker), so its last number is always the draw's participant count.

import { candidatePool, eligibilityChecker, hasActionCondition } from './eligibility';
import type { ConditionStatus, ExclusionReason, GiveawayConditions, GiveawayEvidence } from './types';

/**
 * One step, in this order: like, repost, comment (any comment), tags (at least `need` friends
 * tagged; only when need > 0), member, then one step per partner page.
 */
export type FunnelStepKey = 'like' | 'repost' | 'comment' | 'tags' | 'member' | 'partner';

export interface FunnelStep {
  key: FunnelStepKey;
  /** For 'tags': the friends to tag. */
  need?: number;
  /** For 'partner': the partner page. */
  partnerId?: number;
  /** People who met this condition and every one before it. */
  passed: number;
  /** People who met every condition before this one but not this one (each person counted once). */
  failed: number;
}

/** Exclusions of people (a community is never counted as a person: see GiveawayFunnel.checked). */
export type PersonExclusion = Exclude<ExclusionReason, 'community'>;

export interface GiveawayFunnel {
  /**
   * People checked: everyone who did at least one of the actions asked (like, repost, comment), or,
   * with no such condition, the draw's candidate pool (the page's members). Communities that
   * reacted are not people and are left out.
   */
  checked: number;
  steps: FunnelStep[];
  /** Met every condition but cannot win, by reason. */
  excluded: Record<PersonExclusion, number>;
  /**
   * The draw's participants: eligibleParticipants' list length. checked = Σ failed + Σ excluded +
   * participants.
   */
  participants: number;
}

interface StepSpec {
  key: FunnelStepKey;
  need?: number;
  partnerId?: number;
  met: (userId: number, statuses: readonly ConditionStatus[]) => boolean;
}

function statusMet(key: ConditionStatus['key'], partnerId?: number) {
  return (_: number, statuses: readonly ConditionStatus[]) =>
    statuses.some((s) => s.key === key && s.met && (partnerId === undefined || s.partnerId === partnerId));
}

function stepSpecs(conditions: GiveawayConditions, commenters: ReadonlySet<number>): StepSpec[] {
  const specs: StepSpec[] = [];
  if (conditions.like) specs.push({ key: 'like', met: statusMet('like') });
  if (conditions.repost) specs.push({ key: 'repost', met: statusMet('repost') });
  if (conditions.minTags !== null) {
    specs.push({ key: 'comment', met: (id) => commenters.has(id) });
    if (conditions.minTags > 0) specs.push({ key: 'tags', need: conditions.minTags, met: statusMet('tags') });
  }
  if (conditions.member) specs.push({ key: 'member', met: statusMet('member') });
  for (const partnerId of conditions.partners)
    specs.push({ key: 'partner', partnerId, met: statusMet('partner', partnerId) });
  return specs;
}

/** Who is checked: the people among the action lists that are on, else the candidate pool. */
function checkedPeople(conditions: GiveawayConditions, evidence: GiveawayEvidence): number[] {
  if (!hasActionCondition(conditions)) return candidatePool(conditions, evidence);
  const ids = new Set<number>();
  const add = (list: readonly number[] | null) => list?.forEach((id) => id > 0 && ids.add(id));
  if (conditions.like) add(evidence.likers);
  if (conditions.repost) add(evidence.reposters);
  if (conditions.minTags !== null) add(evidence.comments?.map((c) => c.fromId) ?? null);
  return [...ids].sort((a, b) => a - b);
}

/**
 * The funnel over the gathered evidence. Membership and accounts are gathered only for the people
 * who did every action asked (gather.ts), which is why the steps run actions first: nobody reaches
 * the membership step without having been checked for it.
 */
export function giveawayFunnel(conditions: GiveawayConditions, evidence: GiveawayEvidence): GiveawayFunnel {
  const checkUser = eligibilityChecker(conditions, evidence);
  const commenters = new Set(evidence.comments?.map((c) => c.fromId) ?? []);
  const specs = stepSpecs(conditions, commenters);
  const failed = specs.map(() => 0);
  const excluded: Record<PersonExclusion, number> = { manager: 0, inactive: 0, blacklist: 0 };
  let participants = 0;
  const people = checkedPeople(conditions, evidence);
  for (const id of people) {
    const status = checkUser(id);
    const miss = specs.findIndex((spec) => !spec.met(id, status.conditions));
    if (miss >= 0) failed[miss] = failed[miss]! + 1;
    else if (status.excluded && status.excluded !== 'community') excluded[status.excluded] += 1;
    else if (status.eligible) participants += 1;
  }
  let passed = people.length;
  const steps = specs.map(({ key, need, partnerId }, i): FunnelStep => {
    passed -= failed[i]!;
    return {
      key,
      ...(need === undefined ? {} : { need }),
      ...(partnerId === undefined ? {} : { partnerId }),
      passed,
      failed: failed[i]!,
    };
  });
  return { checked: people.length, steps, excluded, participants };
}

/** Everyone the funnel excluded, whatever the reason. */
export function excludedTotal(funnel: GiveawayFunnel): number {
  return funnel.excluded.manager + funnel.excluded.inactive + funnel.excluded.blacklist;
}
