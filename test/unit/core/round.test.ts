import { describe, expect, it } from 'vitest';
import { achievementOf, percentOf, round2 } from '../../../src/core/round';

describe('round2', () => {
  it.each([
    [2.331392, 2.33],
    [77.666666, 77.67],
    [1.005, 1.01],
    [0.125, 0.13],
    [1.0049, 1],
    [100, 100],
    [0, 0],
  ])('%d → %d', (value, rounded) => {
    expect(round2(value)).toBe(rounded);
  });
});

describe('percentOf / achievementOf', () => {
  it.each([
    { part: 2883, whole: 123_660, percent: 2.33 },
    { part: 5, whole: 0, percent: null },
    { part: 5, whole: null, percent: null },
  ])('$part / $whole → $percent', ({ part, whole, percent }) => {
    expect(percentOf(part, whole)).toBe(percent);
  });

  it.each([
    { percent: 2.33, target: 3, achievement: 77.67 },
    { percent: 4, target: 3, achievement: 100 },
    { percent: null, target: 3, achievement: null },
    { percent: 1, target: 0, achievement: null },
  ])('$percent% of $target% → $achievement', ({ percent, target, achievement }) => {
    expect(achievementOf(percent, target)).toBe(achievement);
  });
});
