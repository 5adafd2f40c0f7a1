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
  announcedAt: 900,
  committedAt: 1000,
  drawAt: 5000,
  publishedAt: 5100,
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
      'result-timing': true,
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
    // Recomputed from the tampered list: not the published winners.
    const fromTampered = drawWinners({
      secret,
      postId: POST,
      participants: tampered,
      winners: 3,
      reserves: 2,
    });
    expect(result.recomputed).toEqual(fromTampered);
    expect(fromTampered).not.toEqual(drawn);
    expect(okOf(result).winners).toBe(false);
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
    // After the draw time (and within 30 minutes of the post, so only the draw rule breaks).
    const afterDraw = verifyPublished({ ...published, announcedAt: 4000, committedAt: 5050 });
    expect(okOf(afterDraw)).toMatchObject({ timing: false, 'result-timing': true });
    expect(afterDraw.valid).toBe(false);
    // More than 30 minutes after the post, though long before the draw.
    const late = verifyPublished({ ...published, committedAt: 900 + 1801 });
    expect(okOf(late)).toMatchObject({ timing: false, 'result-timing': true, winners: true });
    expect(late.valid).toBe(false);
    expect(verifyPublished({ ...published, committedAt: 900 + 1800 }).valid).toBe(true);
  });

  it('fails terms published after the draw even when the post showed the code from the start', () => {
    const shown = { ...published, committedAt: 900 };
    expect(verifyPublished({ ...shown, termsAt: 4999 }).valid).toBe(true);
    const result = verifyPublished({ ...shown, termsAt: 5001 });
    expect(okOf(result).timing).toBe(false);
    expect(result.valid).toBe(false);
  });

  it('fails a result published before the draw time', () => {
    const result = verifyPublished({ ...published, publishedAt: 4999 });
    expect(okOf(result)).toMatchObject({ timing: true, 'result-timing': false, winners: true });
    expect(result.checks.find((c) => c.key === 'result-timing')?.detail).toContain(
      '1 s before the draw time',
    );
    expect(result.valid).toBe(false);
  });

  it('cannot confirm without the list: the list checks are null and the verdict is not valid', () => {
    const result = verifyPublished({ ...published, participants: null });
    expect(okOf(result)).toEqual({
      commitment: true,
      timing: true,
      'result-timing': true,
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

  const times = { announcedAt: 900, committedAt: 1000, drawAt: 5000, publishedAt: 5100 };

  it('recomputes the draw; participants may come in any order', () => {
    const valid = { valid: true, ...drawn, timing: 'unchecked' };
    expect(verifyDrawFile(file)).toEqual(valid);
    expect(verifyDrawFile({ ...file, participants: [...participants].reverse() })).toEqual(valid);
    expect(verifyDrawFile({ ...file, secret: secret.toUpperCase() })).toEqual(valid);
  });

  it('says why a secret does not match', () => {
    const verdict = verifyDrawFile({ ...file, secret: testSecret('x') });
    expect(verdict).toEqual({
      valid: false,
      reason: expect.stringContaining('does not match the commitment'),
      timing: 'unchecked',
    });
  });

  it('checks the timing rules when all four times are given', () => {
    expect(verifyDrawFile({ ...file, ...times })).toEqual({ valid: true, ...drawn, timing: 'checked' });
    expect(verifyDrawFile({ ...file, ...times, committedAt: 900 + 1801 })).toEqual({
      valid: false,
      reason: expect.stringContaining('1801 s after the post (at most 1800 s allowed)'),
      timing: 'checked',
    });
    expect(verifyDrawFile({ ...file, ...times, committedAt: 5001, announcedAt: 5000 })).toEqual({
      valid: false,
      reason: expect.stringContaining('the commitment was published after the draw time'),
      timing: 'checked',
    });
    expect(verifyDrawFile({ ...file, ...times, publishedAt: 4990 })).toEqual({
      valid: false,
      reason: expect.stringContaining('the result was published 10 s before the draw time'),
      timing: 'checked',
    });
    // A wrong secret is reported first.
    expect(verifyDrawFile({ ...file, ...times, publishedAt: 4990, secret: testSecret('x') })).toMatchObject({
      reason: expect.stringContaining('does not match the commitment'),
      timing: 'checked',
    });
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
    ['three of the four times', { ...file, ...times, publishedAt: undefined }, 'missing publishedAt'],
    ['one time only', { ...file, drawAt: 5000 }, 'give all four or none'],
    ['a fractional time', { ...file, ...times, drawAt: 5000.5 }, 'drawAt: expected whole unix seconds'],
    ['a negative time', { ...file, ...times, announcedAt: -1 }, 'announcedAt: expected unix seconds'],
    ['a time as text', { ...file, ...times, committedAt: '1000' }, 'committedAt'],
  ])('marks %s as malformed', (_name, value, where) => {
    const verdict = verifyDrawFile(value);
    expect(verdict).toEqual({ malformed: expect.stringContaining(where) });
  });
});
