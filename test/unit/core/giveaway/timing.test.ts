// The timing rules (docs/giveaway.md, "Timing"): each boundary, and when a post itself shows the code.
import { describe, expect, it } from 'vitest';
import {
  BIND_MARGIN_SECONDS,
  canBindPost,
  checkDrawTimes,
  COMMIT_WINDOW_SECONDS,
  commitmentShownByPost,
  commitmentTime,
  type DrawTimes,
} from '../../../../src/core/giveaway/timing';
import { testSecret } from './helpers';

const POST_AT = 1_795_000_000;
const honest: DrawTimes = {
  announcedAt: POST_AT,
  committedAt: POST_AT + 60,
  drawAt: POST_AT + 7 * 86_400,
  publishedAt: POST_AT + 7 * 86_400 + 300,
};
const rulesBroken = (t: DrawTimes) => {
  const v = checkDrawTimes(t);
  return [v.commitment?.rule, v.result?.rule].filter(Boolean);
};

describe('checkDrawTimes', () => {
  it('passes an honest giveaway', () => {
    expect(checkDrawTimes(honest)).toEqual({ commitment: null, result: null });
  });

  it('allows the commitment up to exactly 1,800 s after the post, not a second more', () => {
    expect(COMMIT_WINDOW_SECONDS).toBe(1800);
    expect(rulesBroken({ ...honest, committedAt: POST_AT + 1800 })).toEqual([]);
    expect(rulesBroken({ ...honest, committedAt: POST_AT + 1801 })).toEqual(['commitment-window']);
    expect(checkDrawTimes({ ...honest, committedAt: POST_AT + 1801 }).commitment?.detail).toBe(
      'the commitment was published 1801 s after the post (at most 1800 s allowed): ' +
        'post 2026-11-18T11:06:40Z (1795000000), commitment 2026-11-18T11:36:41Z (1795001801)',
    );
  });

  it('accepts a commitment that precedes the post (published elsewhere first)', () => {
    expect(rulesBroken({ ...honest, committedAt: POST_AT - 3600 })).toEqual([]);
  });

  it('requires the commitment, and the terms, before the draw', () => {
    const quick = { ...honest, drawAt: POST_AT + 600, publishedAt: POST_AT + 700 };
    expect(rulesBroken({ ...quick, committedAt: POST_AT + 600 })).toEqual([]);
    expect(rulesBroken({ ...quick, committedAt: POST_AT + 601, publishedAt: POST_AT + 700 })).toEqual([
      'commitment-before-draw',
    ]);
    expect(rulesBroken({ ...quick, committedAt: POST_AT, termsAt: POST_AT + 601 })).toEqual([
      'commitment-before-draw',
    ]);
  });

  it('requires the result at or after the draw time', () => {
    expect(rulesBroken({ ...honest, publishedAt: honest.drawAt })).toEqual([]);
    expect(rulesBroken({ ...honest, publishedAt: honest.drawAt - 1 })).toEqual(['result-after-draw']);
    expect(checkDrawTimes({ ...honest, publishedAt: honest.drawAt - 90 }).result?.detail).toMatch(
      /^the result was published 90 s before the draw time: result .*, draw /,
    );
  });

  it('reports both problems at once', () => {
    expect(rulesBroken({ ...honest, committedAt: POST_AT + 86_400, publishedAt: honest.drawAt - 5 })).toEqual(
      ['commitment-window', 'result-after-draw'],
    );
  });
});

describe('a post that shows the code', () => {
  const commitment = testSecret('shown');
  const post = { date: POST_AT, text: `Розыгрыш!\nКод честности: ${commitment} — проверьте.`, edited: null };

  it('counts from the post date when the text carries the code and was not edited later', () => {
    expect(commitmentShownByPost(post, commitment)).toBe(true);
    expect(commitmentShownByPost({ ...post, edited: POST_AT + 1800 }, commitment)).toBe(true);
    expect(commitmentTime(post, commitment, POST_AT + 5 * 86_400)).toBe(POST_AT);
  });

  it('does not count a post edited after the window, another code, or no code', () => {
    expect(commitmentShownByPost({ ...post, edited: POST_AT + 1801 }, commitment)).toBe(false);
    expect(commitmentShownByPost(post, testSecret('other'))).toBe(false);
    expect(commitmentShownByPost({ ...post, text: 'Розыгрыш!' }, commitment)).toBe(false);
    expect(commitmentShownByPost(post, 'not hex')).toBe(false);
    expect(commitmentTime({ ...post, edited: POST_AT + 1801 }, commitment, POST_AT + 99)).toBe(POST_AT + 99);
  });

  it('reads the code in either case', () => {
    expect(commitmentShownByPost({ ...post, text: commitment.toUpperCase() }, commitment)).toBe(true);
  });
});

describe('canBindPost', () => {
  const commitment = testSecret('bind');
  const plain = { date: POST_AT, text: 'Розыгрыш!', edited: null };
  const last = POST_AT + COMMIT_WINDOW_SECONDS - BIND_MARGIN_SECONDS;

  it('binds a plain post until 5 minutes before the window closes (room for a slow clock)', () => {
    expect(BIND_MARGIN_SECONDS).toBe(300);
    expect(canBindPost(plain, commitment, POST_AT)).toBe(true);
    expect(canBindPost(plain, commitment, last)).toBe(true);
    expect(canBindPost(plain, commitment, last + 1)).toBe(false);
  });

  it('binds a post that shows the code at any time', () => {
    const shown = { ...plain, text: `Код честности: ${commitment}` };
    expect(canBindPost(shown, commitment, POST_AT + 30 * 86_400)).toBe(true);
    expect(canBindPost({ ...shown, edited: POST_AT + 3600 }, commitment, POST_AT + 3601)).toBe(false);
  });
});
