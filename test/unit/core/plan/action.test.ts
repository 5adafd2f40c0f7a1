// The plan's item of «Что сделать сегодня»: which period, its words, and its place among the actions.
import { describe, expect, it } from 'vitest';
import { withPlanAction, type Action, type PlanPostsAction } from '../../../../src/core/actions';
import { nextPlanAction, planActionWords, planPublications } from '../../../../src/core/plan';
import { msk, post } from '../helpers';
import { EXAMPLE_NOW, examplePosts } from './worked-example';

const planOf = (posts = examplePosts(), now = EXAMPLE_NOW) =>
  planPublications({ posts, category: 'active', now, timeZone: 'Europe/Moscow' });

describe('nextPlanAction', () => {
  it('takes the nearest period that still needs posts (the worked example: period 2)', () => {
    const action = nextPlanAction(planOf());
    expect(action).toMatchObject({
      kind: 'plan-posts',
      periodIndex: 2,
      running: true,
      count: 2,
      published: 1,
      scheduled: 0,
      threshold: 3,
      firstDay: '2025-12-11',
      deadline: '2025-12-14',
      impact: 0,
    });
    expect(action?.suggested.map((slot) => slot.date)).toEqual(['2025-12-11', '2025-12-13']);
    expect(action && planActionWords(action)).toEqual({
      title: 'Запланируйте 2 поста до 14 декабря',
      detail: 'В 2-м периоде 1 из 3. Дни и часы без залпов — в плане публикаций.',
    });
  });

  it('moves on to the next period once the running one is covered: «на 15–21 декабря»', () => {
    const covered = [
      ...examplePosts(),
      post({ date: msk('2025-12-12T10:00'), state: 'postponed' }),
      post({ date: msk('2025-12-14T10:00'), state: 'postponed' }),
    ];
    const action = nextPlanAction(planOf(covered));
    expect(action && planActionWords(action).title).toBe('Запланируйте 2 поста на 15–21 декабря');
  });

  it('skips a running period too late for today: on the evening of the 14th, period 3', () => {
    const action = nextPlanAction(planOf(examplePosts(), msk('2025-12-14T21:00')));
    expect(action).toMatchObject({ periodIndex: 3, firstDay: '2025-12-15', deadline: '2025-12-21' });
  });

  it('plans the next month on day 29–31', () => {
    // 30 November: December's period 1, a range that stays inside December.
    const action = nextPlanAction(planOf([], msk('2025-11-30T12:00')));
    expect(action?.running).toBe(false);
    expect(action?.suggested.map((slot) => slot.date)).toEqual(['2025-12-01', '2025-12-03', '2025-12-05']);
    expect(action && planActionWords(action)).toEqual({
      title: 'Запланируйте 3 поста на 1–7 декабря',
      detail: 'В 1-м периоде 0 из 3. Дни и часы без залпов — в плане публикаций.',
    });
  });

  it('is null when nothing is left to plan: late on day 28, or a business card', () => {
    expect(nextPlanAction(planOf([], msk('2025-12-28T21:00')))).toBeNull();
    const card = planPublications({
      posts: [],
      category: 'card',
      now: EXAMPLE_NOW,
      timeZone: 'Europe/Moscow',
    });
    expect(nextPlanAction(card)).toBeNull();
  });
});

describe('planActionWords', () => {
  const action = (count: number, over: Partial<PlanPostsAction> = {}): PlanPostsAction => ({
    kind: 'plan-posts',
    periodIndex: 3,
    running: false,
    count,
    published: 0,
    scheduled: 0,
    threshold: 5,
    firstDay: '2025-12-15',
    deadline: '2025-12-21',
    suggested: [],
    impact: 0,
    ...over,
  });

  it.each([
    [1, 'Запланируйте 1 пост на 15–21 декабря'],
    [2, 'Запланируйте 2 поста на 15–21 декабря'],
    [5, 'Запланируйте 5 постов на 15–21 декабря'],
  ])('%i → %s', (count, title) => {
    expect(planActionWords(action(count)).title).toBe(title);
  });

  it('names a running period by its deadline (its days depend on the hour), and one day once', () => {
    expect(planActionWords(action(3, { running: true, firstDay: '2025-12-19', scheduled: 2 }))).toEqual({
      title: 'Запланируйте 3 поста до 21 декабря',
      detail: 'В 3-м периоде 0 из 5, отложено 2. Дни и часы без залпов — в плане публикаций.',
    });
    expect(planActionWords(action(1, { firstDay: '2025-12-21' })).title).toBe(
      'Запланируйте 1 пост на 21 декабря',
    );
  });
});

describe('withPlanAction', () => {
  const postMore: Action = {
    kind: 'post-more',
    periodIndex: 2,
    count: 2,
    published: 1,
    scheduled: 0,
    threshold: 3,
    deadline: '2025-12-14',
    impact: 12.5,
  };
  const reactions: Action = {
    kind: 'need-reactions',
    count: 5,
    posts: 5,
    percent: 2,
    targetPercent: 3,
    impact: 5,
  };
  const schedule3: Action = {
    kind: 'schedule-posts',
    periodIndex: 3,
    count: 2,
    scheduled: 1,
    threshold: 3,
    firstDay: '2025-12-15',
    deadline: '2025-12-21',
    impact: 0,
  };
  const spread: Action = { kind: 'spread-posts', gaps: 1, longestDays: 5, impact: 0 };
  const actions = [postMore, reactions, schedule3, spread];
  const planned = (periodIndex: 1 | 2 | 3, deadline: string): PlanPostsAction => ({
    kind: 'plan-posts',
    periodIndex,
    running: false,
    count: 2,
    published: 0,
    scheduled: 0,
    threshold: 3,
    firstDay: deadline,
    deadline,
    suggested: [],
    impact: 0,
  });

  it("stands in for a running period's post-more with its impact, so it keeps the first place", () => {
    const plan = planned(2, '2025-12-14');
    expect(withPlanAction(actions, plan)).toEqual([{ ...plan, impact: 12.5 }, reactions, schedule3, spread]);
  });

  it("stands in for a coming period's schedule-posts", () => {
    const plan = planned(3, '2025-12-21');
    expect(withPlanAction(actions, plan)).toEqual([postMore, reactions, plan, spread]);
  });

  it('joins at its place by deadline when no action has its period (next month), or changes nothing', () => {
    const plan = planned(1, '2026-01-07');
    expect(withPlanAction(actions, plan)).toEqual([postMore, reactions, schedule3, plan, spread]);
    expect(withPlanAction(actions, null)).toEqual(actions);
  });
});
