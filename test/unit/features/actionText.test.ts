import { describe, expect, it } from 'vitest';
import { actionText, actionWords, gainText } from '../../../src/features/scorecard/actionText';
import { actionTarget } from '../../../src/features/scorecard/actionTarget';
import { nextPlanAction, planPublications } from '../../../src/core/plan';
import { EXAMPLE_NOW, examplePosts } from '../core/plan/worked-example';

describe('actionWords', () => {
  it('says how many posts are still due and by which day', () => {
    const words = actionWords({
      kind: 'post-more',
      impact: 1,
      periodIndex: 2,
      count: 2,
      published: 1,
      scheduled: 0,
      threshold: 3,
      deadline: '2026-11-14',
    });
    expect(words).toEqual({ title: 'Опубликуйте ещё 2 поста до 14 ноября', detail: 'В 2-м периоде 1 из 3.' });
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
    expect(text).toBe('Опубликуйте ещё 1 пост до 28 ноября. В 4-м периоде 3 из 5, отложено 1.');
  });

  it('counts the reactions missing on the last posts, in the accusative', () => {
    const words = actionWords({
      kind: 'need-reactions',
      impact: 1,
      count: 21,
      posts: 5,
      percent: 1.26,
      targetPercent: 3,
    });
    expect(words.title).toBe('Соберите ещё 21 реакцию');
    expect(words.detail).toContain(
      'На последних 5 постах вовлечённость (ER) 1,26\u00a0% при цели 3,00\u00a0%',
    );
  });

  it('says what to do about a missing requirement and whether it costs points', () => {
    expect(actionWords({ kind: 'fix-requirement', impact: 5, id: 'cover', deducted: true }).title).toBe(
      'Загрузите обложку',
    );
    const advice = actionText({ kind: 'fix-requirement', impact: 0, id: 'open-wall', deducted: false });
    expect(advice).toContain('баллы не снимаются');
  });

  it('pluralises gaps and days', () => {
    expect(actionText({ kind: 'spread-posts', impact: 0, gaps: 2, longestDays: 5 })).toContain(
      '2 перерыва, самый долгий — 5 дней',
    );
    expect(actionText({ kind: 'fill-gap', impact: 0, days: 1, since: 0 })).toContain('уже 1 день');
  });
});

describe('gainText', () => {
  it.each([
    [25, '+25 баллов к рейтингу'],
    [1, '+1 балл к рейтингу'],
    [2, '+2 балла к рейтингу'],
    [6.67, '+6,67 балла к рейтингу'],
    [0.5, '+0,5 балла к рейтингу'],
  ])('%s → %s', (impact, text) => {
    expect(gainText({ kind: 'need-reactions', impact })).toBe(text);
  });

  it('says the points of a running period depend on its posts (they are not in the rating yet)', () => {
    expect(gainText({ kind: 'post-more', impact: 12.5 })).toBe('от этого зависят 12,5 балла рейтинга');
  });

  it('says nothing for an action that gains nothing today', () => {
    expect(gainText({ kind: 'schedule-posts', impact: 0 })).toBeNull();
  });
});

describe('actionTarget', () => {
  const page = { id: 219000014 };

  it('sends post actions to the page and scheduling to its scheduled posts', () => {
    const post = actionTarget(
      {
        kind: 'post-more',
        impact: 25,
        periodIndex: 1,
        count: 2,
        published: 1,
        scheduled: 0,
        threshold: 3,
        deadline: '2026-12-07',
      },
      page,
      true,
    );
    expect(post).toMatchObject({ kind: 'link', href: 'https://vk.com/club219000014' });
    const schedule = actionTarget(
      {
        kind: 'schedule-posts',
        impact: 0,
        periodIndex: 2,
        count: 3,
        scheduled: 0,
        threshold: 3,
        firstDay: '2026-12-08',
        deadline: '2026-12-14',
      },
      page,
      true,
    );
    expect(schedule).toMatchObject({ kind: 'link', href: 'https://vk.com/wall-219000014?postponed=1' });
  });

  it('offers an admin the quiz builder for reactions, and others the page', () => {
    const action = {
      kind: 'need-reactions',
      impact: 6,
      count: 164,
      posts: 5,
      percent: 2.39,
      targetPercent: 3,
    } as const;
    expect(actionTarget(action, page, true)).toEqual({
      kind: 'tool',
      label: 'Провести викторину',
      tool: 'quiz-new',
    });
    expect(actionTarget(action, page, false).kind).toBe('link');
  });

  it('sends design fixes to the community settings and the ПОС declaration to its checkbox', () => {
    expect(
      actionTarget({ kind: 'fix-requirement', impact: 5, id: 'cover', deducted: true }, page, true),
    ).toMatchObject({
      href: 'https://vk.com/club219000014?act=edit',
    });
    expect(actionTarget({ kind: 'check-requirement', impact: 0, id: 'pos-widgets' }, page, true).kind).toBe(
      'anchor',
    );
    expect(
      actionTarget(
        { kind: 'raise-reach', impact: 3, percent: 10, targetPercent: 30, estimated: true },
        page,
        false,
      ),
    ).toMatchObject({
      kind: 'tool',
      tool: 'poster',
    });
  });
});

describe('the publication plan’s action', () => {
  // docs/plan.md's worked example: period 2 needs 2 more posts.
  const planned = nextPlanAction(
    planPublications({
      posts: examplePosts(),
      category: 'active',
      now: EXAMPLE_NOW,
      timeZone: 'Europe/Moscow',
    }),
  );
  if (!planned) throw new Error('the worked example has a plan action');
  const action = { ...planned, impact: 12.5 };

  it("reads as the core words it, opens the plan for a manager (VK's scheduled posts otherwise) and, standing in for a running period, says the points depend on it", () => {
    expect(actionText(action)).toBe(
      'Запланируйте 2 поста до 14 декабря. В 2-м периоде 1 из 3. Дни и часы без залпов — в плане публикаций.',
    );
    expect(actionTarget(action, { id: 219000014 }, true)).toEqual({
      kind: 'tool',
      label: 'Открыть план',
      tool: 'plan',
    });
    expect(actionTarget(action, { id: 219000014 }, false)).toEqual({
      kind: 'link',
      label: 'Отложенные записи',
      href: 'https://vk.com/wall-219000014?postponed=1',
    });
    expect(gainText(action)).toBe('от этого зависят 12,5 балла рейтинга');
    expect(gainText({ kind: 'plan-posts', impact: 0 })).toBeNull();
  });
});
