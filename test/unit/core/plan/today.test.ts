// The plan in «Что сделать сегодня» (actionsWithPlan) and the words of each period on the plan's screen.
import { describe, expect, it } from 'vitest';
import {
  actionsWithPlan,
  planPeriodWords,
  planPublications,
  planSummaryWords,
  slotText,
} from '../../../../src/core/plan';
import { computeScorecard } from '../../../../src/core/scorecard';
import type { Post } from '../../../../src/core/types';
import { msk, page, post } from '../helpers';
import { EXAMPLE_NOW, examplePosts } from './worked-example';

const cardOf = (posts: Post[], now = EXAMPLE_NOW, status: 'ok' | 'deleted' = 'ok') =>
  computeScorecard({
    page: page({ status }),
    posts,
    category: 'active',
    reach: { kind: 'stats', reach: 300, reachSubscribers: null },
    posWidgetsDeclared: true,
    now,
  });

describe('actionsWithPlan', () => {
  it("puts the worked example's plan in place of period 2's post-more, with its impact", () => {
    const card = cardOf(examplePosts());
    const postMore = card.actions.find((a) => a.kind === 'post-more');
    expect(postMore).toMatchObject({ periodIndex: 2, count: 2 });
    const actions = actionsWithPlan(card, examplePosts());
    expect(actions.some((a) => a.kind === 'post-more')).toBe(false);
    const planned = actions.find((a) => a.kind === 'plan-posts');
    expect(planned).toMatchObject({
      periodIndex: 2,
      count: 2,
      firstDay: '2025-12-11',
      deadline: '2025-12-14',
      impact: postMore?.impact,
    });
    expect(actions.indexOf(planned!)).toBe(card.actions.indexOf(postMore!));
    expect(actions).toHaveLength(card.actions.length);
  });

  it('changes nothing for a page that is gone', () => {
    const card = cardOf(examplePosts(), EXAMPLE_NOW, 'deleted');
    expect(actionsWithPlan(card, examplePosts())).toEqual(card.actions);
  });

  it('leaves the actions as they are when nothing is left to plan (late on day 28)', () => {
    const now = msk('2025-12-28T21:00');
    const card = cardOf(examplePosts(), now);
    expect(actionsWithPlan(card, examplePosts())).toEqual(card.actions);
  });
});

describe('planPeriodWords', () => {
  const plan = planPublications({
    posts: examplePosts(),
    category: 'active',
    now: EXAMPLE_NOW,
    timeZone: 'Europe/Moscow',
  });

  it('says each period of the worked example in one status and one line', () => {
    expect(plan.periods.map(planPeriodWords)).toEqual([
      { range: '1–7 декабря', tone: 'done', status: 'Выполнено: 3 из 3', detail: 'Норма периода выполнена.' },
      {
        range: '8–14 декабря',
        tone: 'todo',
        status: 'Нужно ещё 2 поста',
        detail: 'Сейчас 1 из 3. Лучше так: 11 и 13 декабря в 10:00.',
      },
      {
        range: '15–21 декабря',
        tone: 'todo',
        status: 'Нужно ещё 2 поста',
        detail: 'Сейчас 0 из 3, отложено 1. Лучше так: 15 и 18 декабря в 10:00.',
      },
      {
        range: '22–28 декабря',
        tone: 'todo',
        status: 'Нужно ещё 3 поста',
        detail: 'Сейчас 0 из 3. Лучше так: 22, 24 и 26 декабря в 10:00.',
      },
    ]);
  });

  it('tells a period covered by scheduled posts from one already met, and a missed one', () => {
    const covered = planPublications({
      posts: [
        ...examplePosts(),
        post({ date: msk('2025-12-12T10:00'), state: 'postponed' }),
        post({ date: msk('2025-12-14T10:00'), state: 'postponed' }),
      ],
      category: 'active',
      now: EXAMPLE_NOW,
      timeZone: 'Europe/Moscow',
    });
    expect(planPeriodWords(covered.periods[1])).toMatchObject({
      tone: 'done',
      status: 'Хватает отложенных: 1 из 3, отложено 2',
    });
    const late = planPublications({
      posts: [],
      category: 'active',
      now: msk('2025-12-09T12:00'),
      timeZone: 'Europe/Moscow',
    });
    expect(planPeriodWords(late.periods[0])).toMatchObject({
      tone: 'missed',
      status: 'Не выполнено: 0 из 3',
    });
  });

  it('asks to post today when the running period has no day left, and says a business card is not assessed', () => {
    const evening = planPublications({
      posts: [],
      category: 'active',
      now: msk('2025-12-14T21:00'),
      timeZone: 'Europe/Moscow',
    });
    expect(planPeriodWords(evening.periods[1])).toMatchObject({
      tone: 'late',
      status: 'Нужно ещё 3 поста',
      detail: 'Опубликуйте сегодня: дней в периоде не осталось (0 из 3).',
    });
    const card = planPublications({
      posts: [],
      category: 'card',
      now: EXAMPLE_NOW,
      timeZone: 'Europe/Moscow',
    });
    expect(planPeriodWords(card.periods[2])).toMatchObject({ tone: 'none', status: 'Не оценивается' });
  });
});

describe('slotText', () => {
  it.each([
    [{ date: '2025-12-11', hour: 10 }, '11 декабря, чт, 10:00'],
    [{ date: '2025-12-14', hour: 9 }, '14 декабря, вс, 09:00'],
    [{ date: '2026-01-05', hour: 18 }, '5 января, пн, 18:00'],
  ])('%o → %s', (slot, text) => {
    expect(slotText(slot)).toBe(text);
  });
});

describe('planSummaryWords', () => {
  const planAt = (posts: Post[], now: number, category: 'active' | 'card' = 'active') =>
    planPublications({ posts, category, now, timeZone: 'Europe/Moscow' });

  it('answers the worked example with its next step and the month total (2 + 2 + 3 posts)', () => {
    expect(planSummaryWords(planAt(examplePosts(), EXAMPLE_NOW))).toEqual({
      tone: 'todo',
      title: 'Запланируйте 2 поста до 14 декабря',
      detail: 'Всего до 28 декабря нужно ещё 7 постов.',
    });
  });

  it('asks for posts today on the last evening of a period that is short', () => {
    expect(planSummaryWords(planAt([], msk('2025-12-14T21:00')))).toEqual({
      tone: 'late',
      title: 'Опубликуйте 3 поста сегодня',
      detail: 'Период 8–14 декабря заканчивается сегодня, а норма ещё не выполнена.',
    });
  });

  it('says the plan is done when published and scheduled posts cover every period', () => {
    const covered = ['2025-12-16', '2025-12-18', '2025-12-20', '2025-12-23', '2025-12-25', '2025-12-27'].map(
      (day) => post({ date: msk(`${day}T10:00`), state: 'postponed' }),
    );
    const posts = [
      ...examplePosts().filter((p) => p.state === 'published'),
      post({ date: msk('2025-12-09T09:00') }),
      post({ date: msk('2025-12-10T09:00') }),
      ...covered,
    ];
    expect(planSummaryWords(planAt(posts, EXAMPLE_NOW))).toEqual({
      tone: 'done',
      title: 'План выполнен',
      detail: 'Опубликованных и отложенных записей хватает до 28 декабря.',
    });
  });

  it('tells a business card that no norm applies', () => {
    expect(planSummaryWords(planAt([], EXAMPLE_NOW, 'card'))).toMatchObject({
      tone: 'none',
      title: 'Норма публикаций не действует',
    });
  });
});
