import { describe, expect, it } from 'vitest';
import { commitmentOf, drawWinners, listHashOf } from '../../../../src/core/giveaway/draw';
import {
  verifyDrawFile,
  verifyPublished,
  type DrawCheckKey,
  type PublishedDrawInput,
} from '../../../../src/core/giveaway/verify';
import { randomIds, seededRandom, testSecret } from './helpers';

const POST = '-219000001_42';
const secret = testSecret('verify');
const participants = randomIds(seededRandom(3), 40, 100_000);
const drawn = drawWinners({ secret, postId: POST, participants, winners: 3, reserves: 2 });

const published: PublishedDrawInput = {
  commitment: commitmentOf(secret),
  secret,
  postId: POST,
  participants,
  participantsCount: participants.length,
  listHash: listHashOf(participants),
  winners: drawn.winners,
  reserves: drawn.reserves,
  winnersWanted: 3,
  reservesWanted: 2,
  committedAt: 1000,
  drawAt: 2000,
  publishedAt: 2100,
};

function okOf(result: ReturnType<typeof verifyPublished>): Record<DrawCheckKey, boolean | null> {
  return Object.fromEntries(result.checks.map((c) => [c.key, c.ok])) as Record<DrawCheckKey, boolean | null>;
}

describe('verifyPublished', () => {
  it('passes an honest draw and recomputes it', () => {
    const result = verifyPublished(published);
    expect(result.valid).toBe(true);
    expect(okOf(result)).toEqual({
      commitment: true,
      timing: true,
      'list-hash': true,
      count: true,
      winners: true,
    });
    expect(result.recomputed).toEqual(drawn);
  });

  it('fails a secret that does not match the commitment', () => {
    const result = verifyPublished({ ...published, secret: testSecret('other') });
    expect(result.valid).toBe(false);
    expect(okOf(result).commitment).toBe(false);
    expect(result.checks.find((c) => c.key === 'commitment')?.detail).toContain(
      commitmentOf(testSecret('other')),
    );
  });

  it('fails a tampered list: the hash and the winners no longer match', () => {
    const tampered = [...participants.slice(1), 200_000];
    const result = verifyPublished({ ...published, participants: tampered });
    expect(result.valid).toBe(false);
    expect(okOf(result)).toMatchObject({ commitment: true, 'list-hash': false, count: true });
    expect(result.recomputed).not.toBeNull();
  });

  it('fails tampered winners, a wrong count and a late commitment', () => {
    const swapped = verifyPublished({
      ...published,
      winners: [drawn.winners[1]!, drawn.winners[0]!, drawn.winners[2]!],
    });
    expect(okOf(swapped).winners).toBe(false);
    expect(swapped.valid).toBe(false);
    const miscounted = verifyPublished({ ...published, participantsCount: participants.length + 1 });
    expect(okOf(miscounted).count).toBe(false);
    expect(miscounted.valid).toBe(false);
    const late = verifyPublished({ ...published, committedAt: 2050 });
    expect(okOf(late).timing).toBe(false);
    expect(late.valid).toBe(false);
  });

  it('cannot confirm without the list: the list checks are null and the verdict is not valid', () => {
    const result = verifyPublished({ ...published, participants: null });
    expect(okOf(result)).toEqual({
      commitment: true,
      timing: true,
      'list-hash': null,
      count: null,
      winners: null,
    });
    expect(result.valid).toBe(false);
    expect(result.recomputed).toBeNull();
  });

  it('fails a list that is not in canonical order', () => {
    const result = verifyPublished({ ...published, participants: [...participants].reverse() });
    expect(okOf(result)).toMatchObject({ 'list-hash': false, winners: false });
    expect(result.valid).toBe(false);
  });
});

describe('verifyDrawFile', () => {
  const file = {
    commitment: commitmentOf(secret),
    secret,
    postId: POST,
    participants,
    winners: 3,
    reserves: 2,
  };

  it('recomputes the draw; participants may come in any order', () => {
    expect(verifyDrawFile(file)).toEqual({ valid: true, ...drawn });
    expect(verifyDrawFile({ ...file, participants: [...participants].reverse() })).toEqual({
      valid: true,
      ...drawn,
    });
    expect(verifyDrawFile({ ...file, secret: secret.toUpperCase() })).toEqual({ valid: true, ...drawn });
  });

  it('says why a secret does not match', () => {
    const verdict = verifyDrawFile({ ...file, secret: testSecret('x') });
    expect(verdict).toMatchObject({ valid: false });
    expect('reason' in verdict && verdict.reason).toContain('does not match the commitment');
  });

  it.each([
    ['not an object', [], '(root)'],
    ['bad hex', { ...file, secret: 'zz' }, 'secret'],
    ['short commitment', { ...file, commitment: 'ab' }, 'commitment'],
    ['bad post id', { ...file, postId: 'wall-1_2' }, 'postId'],
    ['negative id', { ...file, participants: [1, -2] }, 'participants[1]'],
    ['fractional id', { ...file, participants: [1.5] }, 'participants[0]'],
    ['string id', { ...file, participants: ['1'] }, 'participants[0]'],
    ['duplicate id', { ...file, participants: [5, 3, 5] }, 'participants: 5 is listed more than once'],
    ['negative winners', { ...file, winners: -1 }, 'winners'],
    ['missing reserves', { ...file, reserves: undefined }, 'reserves'],
  ])('marks %s as malformed', (_name, value, where) => {
    const verdict = verifyDrawFile(value);
    expect(verdict).toHaveProperty('malformed');
    expect('malformed' in verdict && verdict.malformed).toContain(where);
  });
});
