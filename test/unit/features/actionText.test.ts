import { describe, expect, it } from 'vitest';
import { actionText } from '../../../src/features/scorecard/actionText';

describe('actionText', () => {
  it('says how many posts are still due and by which day', () => {
    const text = actionText({
      kind: 'post-more',
      impact: 1,
      periodIndex: 2,
      count: 2,
      published: 1,
      scheduled: 0,
      threshold: 3,
      deadline: '2026-11-14',
    });
    expect(text).toBe('Опубликуйте ещё 2 поста до 14 ноября: в 2-м периоде 1 из 3.');
  });

  it('mentions scheduled posts when there are some', () => {
    const text = actionText({
      kind: 'post-more',
      impact: 1,
      periodIndex: 4,
      count: 1,
      published: 3,
      scheduled: 1,
      threshold: 5,
      deadline: '2026-11-28',
    });
    expect(text).toBe('Опубликуйте ещё 1 пост до 28 ноября: в 4-м периоде 3 из 5, отложено 1.');
  });

  it('counts the reactions missing on the last posts', () => {
    const text = actionText({
      kind: 'need-reactions',
      impact: 1,
      count: 87,
      posts: 5,
      percent: 1.26,
      targetPercent: 3,
    });
    expect(text).toContain('Не хватает 87 реакций на последних 5 постах');
    expect(text).toContain('(сейчас 1,26 %)');
  });

  it('explains how to fix a missing requirement and whether it costs points', () => {
    const deducted = actionText({ kind: 'fix-requirement', impact: 1, id: 'cover', deducted: true });
    expect(deducted).toMatch(/^Обложка: .*Без этого рейтинг снижается\.$/);
    const advice = actionText({ kind: 'fix-requirement', impact: 1, id: 'open-wall', deducted: false });
    expect(advice).not.toContain('рейтинг снижается');
  });

  it('pluralises gaps and days', () => {
    expect(actionText({ kind: 'spread-posts', impact: 1, gaps: 2, longestDays: 5 })).toContain(
      '2 перерыва, самый долгий — 5 дней',
    );
    expect(actionText({ kind: 'fill-gap', impact: 1, days: 1, since: 0 })).toContain('уже 1 день');
  });
});
