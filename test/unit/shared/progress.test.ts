import { describe, expect, it } from 'vitest';
import { progressPercent, progressText } from '../../../src/shared/progress';
import { progressText as boardProgressText } from '../../../src/features/leaderboard/text';

describe('stage progress', () => {
  it('names the stage and counts with the total once it is known', () => {
    expect(progressText({ name: 'Читаем лайки', done: 1200, total: 3400 })).toBe(
      'Читаем лайки: 1\u00a0200 из 3\u00a0400',
    );
    expect(progressText({ name: 'Читаем лайки', done: 50, total: null })).toBe('Читаем лайки: 50');
  });

  it('gives a share 0..100: null while the total is unknown, an empty stage complete, never past 100', () => {
    expect(progressPercent({ done: 1, total: 4 })).toBe(25);
    expect(progressPercent({ done: 2, total: 3 })).toBe(67);
    expect(progressPercent({ done: 0, total: null })).toBeNull();
    expect(progressPercent({ done: 0, total: 0 })).toBe(100);
    expect(progressPercent({ done: 5, total: 4 })).toBe(100);
  });

  it('reads the leaderboard’s stages in words', () => {
    expect(boardProgressText({ stage: 'activity', done: 12, total: 40 })).toBe(
      'Читаем лайки, комментарии и репосты: 12 из 40',
    );
    expect(boardProgressText({ stage: 'posts', done: 0, total: null })).toBe('Ищем записи периода: 0');
  });
});
