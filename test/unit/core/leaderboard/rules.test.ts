import { describe, expect, it } from 'vitest';
import {
  CUSTOM_MAX_DAYS,
  DEFAULT_POINTS,
  encodeRules,
  leaderboardLink,
  leaderboardRoute,
  parseRules,
  vkLink,
  type LeaderboardRules,
} from '../../../../src/core/leaderboard';

const RATING: LeaderboardRules = { points: DEFAULT_POINTS, period: 'rating-period', custom: null };
const CUSTOM: LeaderboardRules = {
  points: { like: 2, comment: 0, repost: 10 },
  period: 'custom',
  custom: { from: 1_793_480_400, to: 1_794_085_199 },
};

describe('rules in the route', () => {
  it('writes each kind in one segment and reads it back', () => {
    expect(encodeRules(RATING)).toBe('1-3-5-rating');
    expect(encodeRules({ ...RATING, period: 'month' })).toBe('1-3-5-month');
    expect(encodeRules(CUSTOM)).toBe('2-0-10-custom-1793480400-1794085199');
    for (const rules of [RATING, { ...RATING, period: 'month' as const }, CUSTOM])
      expect(parseRules(encodeRules(rules))).toEqual(rules);
  });

  it('round-trips every valid point value', () => {
    for (let like = 0; like <= 100; like++) {
      const rules = { ...RATING, points: { like, comment: 100 - like, repost: 100 } };
      expect(parseRules(encodeRules(rules))).toEqual(rules);
    }
  });

  it('writes a custom kind without dates as the rating period (what the screens would show)', () => {
    expect(encodeRules({ ...RATING, period: 'custom', custom: null })).toBe('1-3-5-rating');
  });

  it('refuses garbage, so the screen falls back to the defaults', () => {
    const garbage = [
      '',
      'garbage',
      '1-3-5',
      '1-3-5-week',
      '1-3-5-rating-period',
      '1-3-5-Rating',
      '101-3-5-rating',
      '-1-3-5-rating',
      '01-3-5-rating',
      '1.5-3-5-rating',
      '1e1-3-5-rating',
      ' 1-3-5-rating',
      '1-3-5-rating ',
      '0-0-0-rating',
      '1-3-5-rating-1-2',
      '1-3-5-month-1793480400-1794085199',
      '1-3-5-custom',
      '1-3-5-custom-1793480400',
      '1-3-5-custom-1794085199-1793480400',
      `1-3-5-custom-0-${CUSTOM_MAX_DAYS * 86_400}`,
      '1-3-5-custom-1793480400-1794085199-7',
      '1-3-5-custom-1793480400-99999999999999',
      '1-3-5-rating%2F..',
      '１-3-5-rating',
    ];
    for (const segment of garbage) expect(parseRules(segment), segment).toBeNull();
    expect(parseRules(`1-3-5-custom-0-${CUSTOM_MAX_DAYS * 86_400 - 1}`)).not.toBeNull();
  });

  it('links the widget to the table with the rules, on vk.com only', () => {
    expect(leaderboardRoute()).toBe('/leaderboard');
    expect(leaderboardRoute(null)).toBe('/leaderboard');
    expect(leaderboardRoute(CUSTOM)).toBe('/leaderboard/r/2-0-10-custom-1793480400-1794085199');
    const link = leaderboardLink(51234567, 219000001, RATING);
    expect(link).toBe('https://vk.com/app51234567_-219000001#/leaderboard/r/1-3-5-rating');
    expect(vkLink(link)).toBe(link);
    expect(leaderboardLink(51234567, 219000001)).toBe('https://vk.com/app51234567_-219000001#/leaderboard');
  });
});
