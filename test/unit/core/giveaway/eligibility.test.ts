import { describe, expect, it } from 'vitest';
import {
  candidatePool,
  eligibilityOf,
  eligibleParticipants,
  hasAnyCondition,
} from '../../../../src/core/giveaway/eligibility';
import type { GiveawayComment, GiveawayEvidence } from '../../../../src/core/giveaway/types';
import { emptyEvidence, NO_CONDITIONS } from './helpers';

const GROUP = 219000001;
let nextId = 1;
function comment(fromId: number, text: string, replyToUser: number | null = null): GiveawayComment {
  return { id: nextId++, fromId, date: 1_700_000_000, text, replyToUser };
}

describe('hasAnyCondition', () => {
  it('is false only when every condition is off', () => {
    expect(hasAnyCondition(NO_CONDITIONS)).toBe(false);
    expect(hasAnyCondition({ ...NO_CONDITIONS, minTags: 0 })).toBe(true);
    expect(hasAnyCondition({ ...NO_CONDITIONS, partners: [5] })).toBe(true);
    expect(hasAnyCondition({ ...NO_CONDITIONS, member: true })).toBe(true);
  });
});

describe('candidatePool', () => {
  it('intersects the action lists that are on, positive ids only, ascending', () => {
    const evidence: GiveawayEvidence = {
      ...emptyEvidence(GROUP),
      likers: [5, 3, 1, -GROUP, 9],
      reposters: [9, 3, 7, -GROUP],
      comments: [comment(3, 'a'), comment(9, 'b'), comment(-GROUP, 'commitment'), comment(4, 'c')],
      members: [100, 200],
    };
    expect(candidatePool({ ...NO_CONDITIONS, like: true, repost: true, minTags: 0 }, evidence)).toEqual([
      3, 9,
    ]);
    expect(candidatePool({ ...NO_CONDITIONS, like: true, member: true }, evidence)).toEqual([1, 3, 5, 9]);
  });

  it('is the member list when no action condition is on, else the partners’ common members', () => {
    const evidence: GiveawayEvidence = {
      ...emptyEvidence(GROUP),
      members: [30, 10, 20, 10],
      partnerMembers: new Map([
        [7, [1, 2, 3]],
        [8, [2, 3, 4]],
      ]),
    };
    expect(candidatePool({ ...NO_CONDITIONS, member: true, partners: [7] }, evidence)).toEqual([10, 20, 30]);
    expect(candidatePool({ ...NO_CONDITIONS, partners: [7, 8] }, evidence)).toEqual([2, 3]);
    expect(candidatePool(NO_CONDITIONS, evidence)).toEqual([]);
  });

  it('is empty when an action condition is on but its list was not gathered', () => {
    const evidence: GiveawayEvidence = { ...emptyEvidence(GROUP), likers: [1, 2], reposters: null };
    expect(candidatePool({ ...NO_CONDITIONS, like: true, repost: true }, evidence)).toEqual([]);
  });
});

describe('eligibilityOf', () => {
  const conditions = { member: true, like: true, repost: false, minTags: 2, partners: [77] };
  const evidence: GiveawayEvidence = {
    ...emptyEvidence(GROUP),
    likers: [1, 2, 3, 4, 5, 6],
    members: [1, 2, 3, 4, 5],
    comments: [
      comment(1, '[id50|А] [id51|Б]'),
      comment(2, '[id50|А]'),
      comment(2, '[id5|Имя], ответ', 5),
      comment(3, '[id3|Я] [id50|А] [club9|Паблик]'),
      comment(4, '[id50|А] @friend'),
      comment(5, '[id50|А] [id51|Б]'),
      comment(6, '[id50|А] [id51|Б]'),
    ],
    screenNames: new Map([['friend', 52]]),
    partnerMembers: new Map([[77, [1, 2, 3, 4, 5, 6]]]),
    managers: [5],
    inactive: [6],
  };

  it('lists every condition with tags have/need and partner ids', () => {
    const status = eligibilityOf(1, conditions, evidence);
    expect(status).toEqual({
      userId: 1,
      conditions: [
        { key: 'member', met: true },
        { key: 'like', met: true },
        { key: 'tags', met: true, have: 2, need: 2 },
        { key: 'partner', met: true, partnerId: 77 },
      ],
      excluded: null,
      eligible: true,
    });
  });

  it('does not count the auto-mention, self-tags or community tags towards the tags condition', () => {
    expect(eligibilityOf(2, conditions, evidence).conditions[2]).toEqual({
      key: 'tags',
      met: false,
      have: 1,
      need: 2,
    });
    expect(eligibilityOf(3, conditions, evidence).conditions[2]).toEqual({
      key: 'tags',
      met: false,
      have: 1,
      need: 2,
    });
    expect(eligibilityOf(4, conditions, evidence).eligible).toBe(true);
  });

  it('excludes managers and deleted accounts even when every condition is met', () => {
    expect(eligibilityOf(5, conditions, evidence)).toMatchObject({ excluded: 'manager', eligible: false });
    expect(eligibilityOf(6, conditions, { ...evidence, members: [6] })).toMatchObject({
      excluded: 'inactive',
      eligible: false,
    });
  });

  it('excludes the community itself and blacklisted users', () => {
    expect(eligibilityOf(-GROUP, conditions, evidence).excluded).toBe('community');
    expect(eligibilityOf(-5, conditions, evidence).excluded).toBe('community');
    expect(eligibilityOf(1, conditions, { ...evidence, blacklist: [1] })).toMatchObject({
      excluded: 'blacklist',
      eligible: false,
    });
  });

  it('treats a condition whose list is null as unmet', () => {
    const status = eligibilityOf(1, conditions, { ...evidence, members: null, partnerMembers: new Map() });
    expect(status.conditions.filter((c) => !c.met).map((c) => c.key)).toEqual(['member', 'partner']);
    expect(status.eligible).toBe(false);
  });

  it('needs a comment for "tag 0 friends"', () => {
    const anyComment = { ...NO_CONDITIONS, minTags: 0 };
    expect(eligibilityOf(2, anyComment, evidence).eligible).toBe(true);
    expect(eligibilityOf(99, anyComment, evidence).conditions).toEqual([
      { key: 'tags', met: false, have: 0, need: 0 },
    ]);
  });
});

describe('eligibleParticipants', () => {
  it('puts every pool id in one bucket: participant, excluded by reason, or unmet', () => {
    const evidence: GiveawayEvidence = {
      ...emptyEvidence(GROUP),
      likers: [-GROUP, 1, 2, 3, 4, 5, 6, 7, 8],
      members: [-GROUP, 1, 2, 3, 4, 5, 6, 7],
      managers: [2],
      inactive: [3],
      blacklist: [4, 8],
    };
    const result = eligibleParticipants({ ...NO_CONDITIONS, like: true, member: true }, evidence);
    expect(result).toEqual({
      participants: [1, 5, 6, 7],
      excluded: { community: 1, manager: 1, inactive: 1, blacklist: 1 },
      unmet: 1,
    });
  });

  it('gives ascending distinct participants from unsorted, repeated evidence', () => {
    const evidence: GiveawayEvidence = { ...emptyEvidence(GROUP), members: [9, 3, 9, 1, 3] };
    expect(eligibleParticipants({ ...NO_CONDITIONS, member: true }, evidence).participants).toEqual([
      1, 3, 9,
    ]);
  });
});
