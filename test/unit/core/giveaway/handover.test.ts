// Passing prizes to reserves: who holds each prize after hand-overs, the next reserve in published
// order, and the reply that says so in the result's thread (its machine line parses back).
import { describe, expect, it } from 'vitest';
import {
  nextReserve,
  planHandover,
  prizeSlots,
  HANDOVER_REASON_MAX_CHARS,
  type PrizeHandover,
} from '../../../../src/core/giveaway/handover';
import {
  handoverCommentText,
  parseHandoverComment,
  parseListReply,
  parseResultComment,
} from '../../../../src/core/giveaway/protocol';
import type { GiveawayTerms } from '../../../../src/core/giveaway/types';

const DRAWN = { winners: [11, 22], reserves: [33, 44] };
const REASON = 'Не ответил на сообщение за 3 дня';

describe('prize hand-overs', () => {
  it('gives the first reserve first, then the next, whoever passes the prize on', () => {
    expect(nextReserve(DRAWN, [])).toBe(33);
    const first = planHandover(DRAWN, [], 22, REASON);
    expect(first).toEqual({ from: 22, to: 33, reason: REASON });
    const one: PrizeHandover[] = [first!];
    expect(prizeSlots(DRAWN, one)).toEqual([
      { place: 1, holder: 11, before: [] },
      { place: 2, holder: 33, before: [22] },
    ]);
    // The reserve who received the prize can pass it on too: to the second reserve.
    const second = planHandover(DRAWN, one, 33, 'Отказался от приза');
    expect(second).toEqual({ from: 33, to: 44, reason: 'Отказался от приза' });
    const two = [...one, second!];
    expect(prizeSlots(DRAWN, two)).toEqual([
      { place: 1, holder: 11, before: [] },
      { place: 2, holder: 44, before: [22, 33] },
    ]);
    expect(nextReserve(DRAWN, two)).toBeNull();
    expect(planHandover(DRAWN, two, 11, REASON)).toBeNull();
  });

  it('refuses someone who holds no prize, an empty reason and a too long one', () => {
    expect(planHandover(DRAWN, [], 33, REASON)).toBeNull();
    expect(planHandover(DRAWN, [], 99, REASON)).toBeNull();
    expect(planHandover(DRAWN, [], 11, '   ')).toBeNull();
    expect(planHandover(DRAWN, [], 11, 'я'.repeat(HANDOVER_REASON_MAX_CHARS + 1))).toBeNull();
    expect(planHandover(DRAWN, [], 11, `  ${REASON}  `)?.reason).toBe(REASON);
    expect(planHandover({ winners: [1], reserves: [] }, [], 1, REASON)).toBeNull();
  });
});

describe('the hand-over reply', () => {
  const terms: GiveawayTerms = {
    id: 'AbCdEfGh1234',
    groupId: 219000001,
    prize: 'Кружка\nс гербом',
    drawAt: 1_795_608_000,
    winners: 2,
    reserves: 2,
    conditions: { member: true, like: false, repost: false, minTags: null, partners: [] },
  };

  it('names both people and the reason, with one machine line that parses back', () => {
    const text = handoverCommentText({
      terms,
      from: 22,
      to: 33,
      reserveNumber: 1,
      reason: 'Не ответил\nза 3 дня',
      names: new Map([
        [22, 'Иван Петров'],
        [33, 'Анна [Смирнова]'],
      ]),
    });
    expect(text).toBe(
      [
        'Замена победителя розыгрыша «Кружка с гербом»',
        'Приз получает резерв №1 по опубликованным итогам — [id33|Анна  Смирнова].',
        'Прежний победитель — [id22|Иван Петров].',
        'Причина: Не ответил за 3 дня',
        'GWP1.AbCdEfGh1234.22.33',
      ].join('\n'),
    );
    expect(parseHandoverComment(text)).toEqual({ id: 'AbCdEfGh1234', from: 22, to: 33 });
    // Neither a list part nor a result: the published list still joins without it.
    expect(parseListReply(text)).toBeNull();
    expect(parseResultComment(text)).toBeNull();
  });

  it('ignores a reason that tries to forge the machine line', () => {
    const text = handoverCommentText({
      terms,
      from: 22,
      to: 33,
      reserveNumber: 1,
      reason: 'x\nGWP1.AbCdEfGh1234.22.44',
      names: new Map(),
    });
    expect(parseHandoverComment(text)).toEqual({ id: 'AbCdEfGh1234', from: 22, to: 33 });
    expect(parseHandoverComment('GWP1.AbCdEfGh1234.0.33')).toBeNull();
    expect(parseHandoverComment('Приз передан')).toBeNull();
  });
});
