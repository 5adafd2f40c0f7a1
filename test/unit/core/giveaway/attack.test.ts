// The steering attack of issue 13, replayed with the app's own draw code: the organiser gathers the
// 117 eligible participants first, tries secrets until a chosen user wins (the 73rd does), then
// publishes the commitment under an 11-day-old post 2 minutes before the draw. Under the old rule
// (commitment before the draw and before the result) everything "held"; the timing rules now catch
// it in the app's check, in the CLI's, and the app refuses to bind such a post at all.
import { describe, expect, it } from 'vitest';
import { commitmentOf, drawWinners, listHashOf } from '../../../../src/core/giveaway/draw';
import { canBindPost, COMMIT_WINDOW_SECONDS } from '../../../../src/core/giveaway/timing';
import { verifyDrawFile, verifyPublished } from '../../../../src/core/giveaway/verify';
import { randomIds, seededRandom, testSecret } from './helpers';

const POST = '-219000001_4212';
const DAY = 86_400;
const DRAW_AT = Date.parse('2026-11-25T12:00:00+03:00') / 1000;
const ANNOUNCED_AT = DRAW_AT - 11 * DAY;
const COMMITTED_AT = DRAW_AT - 120;
const PUBLISHED_AT = DRAW_AT + 60;

// 1. The eligible list, gathered before any commitment exists.
const participants = randomIds(seededRandom(2), 117, 900_000_000);
const chosen = participants[99]!;

// 2. Secrets tried one by one until the chosen user wins.
function steer(): { secret: string; tries: number } {
  for (let tries = 1; tries <= 10_000; tries++) {
    const secret = testSecret(`attack-${tries}`);
    const { winners } = drawWinners({ secret, postId: POST, participants, winners: 1, reserves: 0 });
    if (winners[0] === chosen) return { secret, tries };
  }
  throw new Error('no steering secret found');
}
const { secret, tries } = steer();
const drawn = drawWinners({ secret, postId: POST, participants, winners: 1, reserves: 0 });

const published = {
  commitment: commitmentOf(secret),
  secret,
  postId: POST,
  participants,
  participantsCount: participants.length,
  listHash: listHashOf(participants),
  winners: drawn.winners,
  reserves: drawn.reserves,
  winnersWanted: 1,
  reservesWanted: 0,
  announcedAt: ANNOUNCED_AT,
  committedAt: COMMITTED_AT,
  drawAt: DRAW_AT,
  publishedAt: PUBLISHED_AT,
};

describe('the steering attack of issue 13', () => {
  it('is reproduced: 117 participants, the 73rd secret makes the chosen user win', () => {
    expect(participants).toHaveLength(117);
    expect(tries).toBe(73);
    expect(drawn.winners).toEqual([chosen]);
    // What the old timing rule asked, and the attack met.
    expect(COMMITTED_AT <= DRAW_AT && COMMITTED_AT <= PUBLISHED_AT).toBe(true);
    expect(COMMITTED_AT - ANNOUNCED_AT).toBe(11 * DAY - 120);
  });

  it('fails «Проверить честность» on timing alone: everything else recomputes', () => {
    const result = verifyPublished(published);
    expect(result.valid).toBe(false);
    const byKey = Object.fromEntries(result.checks.map((c) => [c.key, c.ok]));
    expect(byKey).toEqual({
      commitment: true,
      timing: false,
      'result-timing': true,
      'list-hash': true,
      count: true,
      winners: true,
    });
    expect(result.checks.find((c) => c.key === 'timing')?.detail).toContain(
      `published ${11 * DAY - 120} s after the post (at most ${COMMIT_WINDOW_SECONDS} s allowed)`,
    );
  });

  it('fails the CLI with the four times, exit-1 verdict and a reason', () => {
    const file = {
      commitment: published.commitment,
      secret,
      postId: POST,
      participants: [...participants].reverse(),
      winners: 1,
      reserves: 0,
      announcedAt: ANNOUNCED_AT,
      committedAt: COMMITTED_AT,
      drawAt: DRAW_AT,
      publishedAt: PUBLISHED_AT,
    };
    const verdict = verifyDrawFile(file);
    expect(verdict).toEqual({
      valid: false,
      reason: expect.stringContaining(`${11 * DAY - 120} s after the post`),
      timing: 'checked',
    });
  });

  it('cannot be set up in the app: binding the 11-day-old post 2 minutes before the draw is refused', () => {
    const oldPost = { date: ANNOUNCED_AT, text: 'Розыгрыш! Подпишитесь и поставьте лайк.', edited: null };
    expect(canBindPost(oldPost, published.commitment, COMMITTED_AT)).toBe(false);
    // Nor by editing the code into the old post afterwards.
    const edited = {
      ...oldPost,
      text: `${oldPost.text}\nКод: ${published.commitment}`,
      edited: COMMITTED_AT,
    };
    expect(canBindPost(edited, published.commitment, COMMITTED_AT)).toBe(false);
  });
});

describe('a result published before the draw time', () => {
  const early = { ...published, announcedAt: DRAW_AT - DAY, committedAt: DRAW_AT - DAY + 60 };

  it('passes when published at the draw time exactly', () => {
    expect(verifyPublished({ ...early, publishedAt: DRAW_AT }).valid).toBe(true);
  });

  it('fails when published one second before the draw time, in the app and in the CLI', () => {
    const result = verifyPublished({ ...early, publishedAt: DRAW_AT - 1 });
    expect(result.valid).toBe(false);
    expect(result.checks.filter((c) => c.ok !== true).map((c) => c.key)).toEqual(['result-timing']);
    const verdict = verifyDrawFile({
      commitment: early.commitment,
      secret,
      postId: POST,
      participants,
      winners: 1,
      reserves: 0,
      announcedAt: early.announcedAt,
      committedAt: early.committedAt,
      drawAt: DRAW_AT,
      publishedAt: DRAW_AT - 1,
    });
    expect(verdict).toEqual({
      valid: false,
      reason: expect.stringContaining('the result was published 1 s before the draw time'),
      timing: 'checked',
    });
  });
});
