// How each page of the demo answers its subscribers' comments (docs/replies.md judges it): when someone
// of the page reads the comments, and which share of them gets an answer. A post's comment slots are
// the subscribers' first (dated by the arrival model, calendar.ts), then the page's answers. The answers
// are dated from their questions alone and in order, so the number of comments visible at `now` stays a
// cheap closed form (walls.ts counts it for every post) while the comments themselves are built lazily
// (discussion.ts).
import { DAY, commentDate, dayOf, dayStart, visibleComments } from './calendar';
import { HEAD_ID, REGION_IDS } from './pages';
import type { PageKind } from './pages';
import { hashInts } from './prng';
import type { DemoPage, DemoPost } from './world-types';

export interface ReplyHabit {
  /** One subscriber comment in `answerEvery` is a question or complaint the page answers. */
  answerEvery: number;
  /** Of the other subscriber comments, the share of questions and complaints nobody ever answers. */
  ignoredShare: number;
  /** Of the answered comments, the share of thanks (only the most attentive pages thank back). */
  thanksShare: number;
  /** Someone reads the comments from `fromHour` to `toHour` (Moscow time), every `everyMinutes`… */
  fromHour: number;
  toHour: number;
  everyMinutes: number;
  /** …on weekends too, or on weekdays only, and only every `everyDays` days. */
  weekends: boolean;
  everyDays: number;
  /** The share of posts whose comments the page gets to only `lateHours` later (a busy week). */
  lateShare: number;
  lateHours: readonly [number, number];
}

// A table: one habit per line reads better than Prettier's one field per line.
// prettier-ignore
const HABITS = {
  /** The exemplary page: a look every quarter of an hour from 7 to 23; nearly everything answered. */
  attentive: { answerEvery: 1.15, ignoredShare: 0.02, thanksShare: 0.35, fromHour: 7, toHour: 23, everyMinutes: 15, weekends: true, everyDays: 1, lateShare: 0, lateHours: [0, 0] },
  /** The district head's page and the regional management centre: someone on duty every half hour. */
  duty: { answerEvery: 1.6, ignoredShare: 0.05, thanksShare: 0.1, fromHour: 8, toHour: 21, everyMinutes: 30, weekends: true, everyDays: 1, lateShare: 0.05, lateHours: [12, 30] },
  /** Office hours: weekdays from 9 to 18 every two hours; the weekend's questions wait until Monday. */
  office: { answerEvery: 2, ignoredShare: 0.1, thanksShare: 0, fromHour: 9, toHour: 18, everyMinutes: 120, weekends: false, everyDays: 1, lateShare: 0.2, lateHours: [20, 48] },
  /** Venues open on weekends: every three hours from 10 to 20, every day. */
  venue: { answerEvery: 2, ignoredShare: 0.1, thanksShare: 0, fromHour: 10, toHour: 20, everyMinutes: 180, weekends: true, everyDays: 1, lateShare: 0.2, lateHours: [20, 48] },
  /** After work: a look at 19 and at 21, every day. */
  evening: { answerEvery: 2.5, ignoredShare: 0.12, thanksShare: 0, fromHour: 19, toHour: 22, everyMinutes: 120, weekends: true, everyDays: 1, lateShare: 0.15, lateHours: [20, 48] },
  /** Small offices and the regional ministries: one look at 11 every other weekday; many never answered. */
  rare: { answerEvery: 3, ignoredShare: 0.25, thanksShare: 0, fromHour: 11, toHour: 12, everyMinutes: 60, weekends: false, everyDays: 2, lateShare: 0.3, lateHours: [48, 96] },
} as const satisfies Record<string, ReplyHabit>;

const BY_KIND: Record<PageKind, ReplyHabit> = {
  admin: HABITS.office,
  education: HABITS.office,
  service: HABITS.office,
  culture: HABITS.venue,
  youth: HABITS.venue,
  kindergarten: HABITS.evening,
  sport: HABITS.evening,
};

function replyHabitOf(page: DemoPage): ReplyHabit {
  if (page.special === 'compliant') return HABITS.attentive;
  if (page.id === HEAD_ID || page.id === REGION_IDS[2]) return HABITS.duty;
  if (page.category === 'card' || !page.district) return HABITS.rare;
  return BY_KIND[page.kind];
}

/** Every habit looks at the comments within this many days: a bound on any answer's wait. */
const LOOK_WITHIN_DAYS = 14;

/** The first moment at or after `t` when someone of the page reads the comments. */
function nextLook(habit: ReplyHabit, page: DemoPage, t: number): number {
  const step = habit.everyMinutes * 60;
  const first = dayOf(t);
  // Two weeks always hold a day with a look (every day, or every other weekday).
  for (let day = first; day < first + LOOK_WITHIN_DAYS; day++) {
    const weekend = (day + 3) % 7 >= 5; // (day + 3) % 7: 0 = Monday
    if ((weekend && !habit.weekends) || (day + page.id) % habit.everyDays !== 0) continue;
    const start = dayStart(day) + habit.fromHour * 3600;
    const at = t <= start ? start : start + Math.ceil((t - start) / step) * step;
    if (at < dayStart(day) + habit.toHour * 3600) return at;
  }
  throw new RangeError('a reply habit without a day to look at the comments');
}

/** Tag of the draws of a post's answers (hashInts needs numbers). */
const ANSWER_STREAM = 0x616e7377;

/** Slot k of a post: k < asked is the k-th subscriber comment, asked + i the page's i-th answer. */
export interface ReplyPlan {
  page: DemoPage;
  post: Pick<DemoPost, 'ownerId' | 'id' | 'date'>;
  habit: ReplyHabit;
  asked: number;
  answers: number;
  /** The i-th answered comment is subscriber slot ⌊(i + offset) × answerEvery⌋. */
  offset: number;
  /** Seconds before the page gets to this post's comments at all (0 for most posts). */
  lag: number;
}

/** Giveaway and quiz posts keep their own comments (crowd.ts): nobody asks anything there. */
export function answersQuestions(post: Pick<DemoPost, 'kind'>): boolean {
  return post.kind !== 'giveaway' && post.kind !== 'quiz';
}

/** A uniform draw in [0, 1): the plan's offset (i = −1) and lag (−2), each answer's jitter (i ≥ 0). */
function draw(post: Pick<DemoPost, 'ownerId' | 'id'>, i: number): number {
  return hashInts(ANSWER_STREAM, post.ownerId, post.id, i) / 2 ** 32;
}

/** How a post's planned comments split into subscribers' comments and the page's answers. */
export function replyPlan(
  page: DemoPage,
  post: Pick<DemoPost, 'ownerId' | 'id' | 'date' | 'kind' | 'plannedComments'>,
): ReplyPlan {
  const habit = replyHabitOf(page);
  const planned = post.plannedComments;
  const offset = draw(post, -1);
  const m = habit.answerEvery;
  // The most answers whose last answered slot still lies among the subscribers' slots:
  // (answers − 1 + offset) × m < planned − answers.
  const answers = answersQuestions(post)
    ? Math.max(0, Math.ceil((planned + m * (1 - offset)) / (m + 1)) - 1)
    : 0;
  const late = draw(post, -2);
  const [shortest, longest] = habit.lateHours;
  const lag =
    late < habit.lateShare
      ? Math.round((shortest + ((longest - shortest) * late) / habit.lateShare) * 3600)
      : 0;
  return { page, post, habit, asked: planned - answers, answers, offset, lag };
}

export function answeredSlot(plan: ReplyPlan, i: number): number {
  return Math.floor((i + plan.offset) * plan.habit.answerEvery);
}

export function askedDate(plan: ReplyPlan, k: number): number {
  return commentDate(plan.post.date, k, plan.asked);
}

/**
 * When the page answers its i-th answered comment: at the first look a minute after it (and after the
 * post's lag), plus the time to write: two minutes, half a minute per earlier answer and a jitter under
 * half a minute, so the dates increase with i.
 */
export function answerDate(plan: ReplyPlan, i: number): number {
  const look = nextLook(plan.habit, plan.page, noticedAt(plan, i));
  return look + 120 + 30 * i + Math.floor(30 * draw(plan.post, i));
}

/** From when the page can see its i-th answered comment. */
function noticedAt(plan: ReplyPlan, i: number): number {
  return askedDate(plan, answeredSlot(plan, i)) + 60 + plan.lag;
}

/** How many of the page's answers under the post are dated at or before `now` (answers are in order). */
export function visibleAnswers(plan: ReplyPlan, now: number): number {
  let low = 0;
  let high = plan.answers;
  if (high === 0) return 0;
  // Most posts are older than any answer's wait: no need to find the looks (answerDate's bound).
  const latest = noticedAt(plan, high - 1) + LOOK_WITHIN_DAYS * DAY + 150 + 30 * high;
  if (latest <= now || answerDate(plan, high - 1) <= now) return high;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (answerDate(plan, middle) <= now) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** post.comments: the subscribers' comments and the page's answers dated at or before `now`. */
export function visibleCommentCount(plan: ReplyPlan, now: number): number {
  return visibleAsked(plan, now) + visibleAnswers(plan, now);
}

/** How many of the subscribers' comments under the post are dated at or before `now`. */
export function visibleAsked(plan: ReplyPlan, now: number): number {
  return visibleComments(plan.post.date, plan.asked, now);
}
