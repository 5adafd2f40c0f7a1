// The funnel against hand-computed numbers, and against the draw's own list (eligibleParticipants)
// over random evidence: its participants are always the draw's, and every person checked lands in
// exactly one place (a step they failed first, an exclusion, or the participants).
import { describe, expect, it } from 'vitest';
import { eligibleParticipants } from '../../../../src/core/giveaway/eligibility';
import { excludedTotal, giveawayFunnel, type GiveawayFunnel } from '../../../../src/core/giveaway/funnel';
import type {
  GiveawayComment,
  GiveawayConditions,
  GiveawayEvidence,
} from '../../../../src/core/giveaway/types';
import { emptyEvidence, NO_CONDITIONS, seededRandom } from './helpers';

const GROUP = 219000001;
let nextId = 1;
function comment(fromId: number, text: string): GiveawayComment {
  return { id: nextId++, fromId, date: 1_700_000_000, text, replyToUser: null };
}
const TWO = '[id50|А] [id51|Б]';

function partition(f: GiveawayFunnel): number {
  return f.steps.reduce((sum, s) => sum + s.failed, 0) + excludedTotal(f) + f.participants;
}

describe('giveawayFunnel', () => {
  it('thins twelve people out step by step, hand-computed', () => {
    const conditions: GiveawayConditions = {
      member: true,
      like: true,
      repost: false,
      minTags: 2,
      partners: [77],
    };
    const evidence: GiveawayEvidence = {
      ...emptyEvidence(GROUP),
      likers: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      comments: [
        comment(-GROUP, 'Код честности'),
        comment(1, TWO),
        comment(2, '[id50|А]'),
        ...[3, 4, 5, 6, 7, 11].map((id) => comment(id, TWO)),
        comment(12, 'Участвую'),
      ],
      members: [1, 4, 5, 6, 7],
      partnerMembers: new Map([[77, [1, 4, 5, 6]]]),
      managers: [5],
      inactive: [6],
      blacklist: [4],
    };
    // People: likers 1–10 and commenters 1–7, 11, 12 (the community's own comment is not a person).
    // Like: 11 and 12 did not (2 out, 10 left). Comment: 8, 9, 10 did not (3 out, 7 left). Two
    // friends: 2 tagged one (1 out, 6 left). Member: 3 is not (1 out, 5 left). Partner 77: 7 is not
    // (1 out, 4 left: 1, 4, 5, 6). Then 5 is a manager, 6 deleted, 4 blacklisted: 1 participant.
    const funnel = giveawayFunnel(conditions, evidence);
    expect(funnel).toEqual({
      checked: 12,
      steps: [
        { key: 'like', passed: 10, failed: 2 },
        { key: 'comment', passed: 7, failed: 3 },
        { key: 'tags', need: 2, passed: 6, failed: 1 },
        { key: 'member', passed: 5, failed: 1 },
        { key: 'partner', partnerId: 77, passed: 4, failed: 1 },
      ],
      excluded: { manager: 1, inactive: 1, blacklist: 1 },
      participants: 1,
    });
    expect(partition(funnel)).toBe(12);
    expect(eligibleParticipants(conditions, evidence)).toMatchObject({
      participants: [1],
      excluded: { manager: 1, inactive: 1, blacklist: 1 },
    });
  });

  it('has one comment step when any comment will do, and counts reposters too', () => {
    const conditions: GiveawayConditions = { ...NO_CONDITIONS, repost: true, minTags: 0 };
    const evidence: GiveawayEvidence = {
      ...emptyEvidence(GROUP),
      reposters: [3, 4, 5],
      comments: [comment(-GROUP, 'Код'), comment(-7, 'Другое сообщество'), comment(4, 'Я'), comment(6, 'Я')],
    };
    // People: 3, 4, 5 (reposters) and 6 (commenter). Repost: 6 out. Comment: 3 and 5 out. 4 stays.
    expect(giveawayFunnel(conditions, evidence)).toEqual({
      checked: 4,
      steps: [
        { key: 'repost', passed: 3, failed: 1 },
        { key: 'comment', passed: 1, failed: 2 },
      ],
      excluded: { manager: 0, inactive: 0, blacklist: 0 },
      participants: 1,
    });
  });

  it('checks the page’s members when no action is asked', () => {
    const conditions: GiveawayConditions = { ...NO_CONDITIONS, member: true, partners: [8] };
    const evidence: GiveawayEvidence = {
      ...emptyEvidence(GROUP),
      members: [10, 20, 30, 40],
      partnerMembers: new Map([[8, [10, 20, 30]]]),
      managers: [20],
    };
    expect(giveawayFunnel(conditions, evidence)).toEqual({
      checked: 4,
      steps: [
        { key: 'member', passed: 4, failed: 0 },
        { key: 'partner', partnerId: 8, passed: 3, failed: 1 },
      ],
      excluded: { manager: 1, inactive: 0, blacklist: 0 },
      participants: 2,
    });
  });

  it('counts nobody in at a step whose list was not gathered', () => {
    const conditions: GiveawayConditions = { ...NO_CONDITIONS, like: true, repost: true };
    const evidence: GiveawayEvidence = { ...emptyEvidence(GROUP), likers: [1, 2], reposters: null };
    expect(giveawayFunnel(conditions, evidence)).toMatchObject({
      checked: 2,
      steps: [
        { key: 'like', passed: 2, failed: 0 },
        { key: 'repost', passed: 0, failed: 2 },
      ],
      participants: 0,
    });
  });

  it('always ends with the draw’s participants, over random evidence', () => {
    const random = seededRandom(16);
    const pick = (n: number, p: number) =>
      Array.from({ length: n }, (_, i) => i + 1).filter(() => random() < p);
    for (let round = 0; round < 300; round++) {
      const minTagsRoll = random();
      const conditions: GiveawayConditions = {
        member: random() < 0.6,
        like: random() < 0.6,
        repost: random() < 0.3,
        minTags: minTagsRoll < 0.3 ? null : minTagsRoll < 0.5 ? 0 : 1 + Math.floor(random() * 3),
        partners: random() < 0.4 ? [7] : random() < 0.2 ? [7, 8] : [],
      };
      const tagText = () =>
        pick(5, 0.4)
          .map((id) => `[id${id}|Друг]`)
          .join(' ');
      const comments = pick(30, 0.5).map((id) => comment(random() < 0.1 ? -id : id, tagText()));
      const evidence: GiveawayEvidence = {
        ...emptyEvidence(GROUP),
        likers: random() < 0.95 ? pick(30, 0.6) : null,
        reposters: pick(30, 0.3),
        comments,
        members: pick(30, 0.7),
        partnerMembers: new Map([
          [7, pick(30, 0.7)],
          [8, pick(30, 0.8)],
        ]),
        managers: pick(30, 0.1),
        inactive: pick(30, 0.1),
        blacklist: pick(30, 0.05),
      };
      const funnel = giveawayFunnel(conditions, evidence);
      const draw = eligibleParticipants(conditions, evidence);
      expect(funnel.participants).toBe(draw.participants.length);
      expect(funnel.excluded).toEqual({
        manager: draw.excluded.manager,
        inactive: draw.excluded.inactive,
        blacklist: draw.excluded.blacklist,
      });
      expect(partition(funnel)).toBe(funnel.checked);
      const last = funnel.steps.at(-1);
      if (last) expect(last.passed).toBe(funnel.participants + excludedTotal(funnel));
    }
  });
});
