// The comments under a page's ordinary post, as `now` shows them: subscribers ask, complain, thank and
// react; the page answers the comments its reply plan marks (reply-habits.ts), in their threads, when
// its habit says; a few answered comments were deleted by their authors afterwards (VK still lists
// them, empty, for the answer under them).
import type { Rng } from './prng';
import { answerDate, answeredSlot, askedDate, visibleAsked } from './reply-habits';
import type { ReplyPlan } from './reply-habits';
import { AGREEMENT, ASKS, REACTIONS, SAME_QUESTION, THANKS, THANKS_FOR_ANSWER } from './reply-texts';
import type { Exchange } from './reply-texts';
import type { DemoComment } from './world-types';

/** Share of the reactions written from accounts deleted since. */
const DELETED_AUTHOR = 0.04;
/** Share of the answered comments their authors deleted after the answer. */
const DELETED_AFTER_ANSWER = 0.08;
/** Shares of the reactions that thank for an earlier answer, or reply to another subscriber. */
const THANKS_REPLY = 0.25;
const SUBSCRIBER_REPLY = 0.2;

export interface Commenters {
  /** Distinct subscribers, one per subscriber comment visible at `now`. */
  authors: readonly number[];
  /** Draws a user whose account has been deleted. */
  deletedUser: () => number;
}

/** The post's comments dated at or before `now`, oldest first (ties by id). */
export function discussionComments(
  plan: ReplyPlan,
  now: number,
  rng: Rng,
  commenters: Commenters,
): DemoComment[] {
  const { page, post, habit } = plan;
  const asked = visibleAsked(plan, now);
  const answerIndex = new Map<number, number>();
  for (let i = 0; i < plan.answers && answeredSlot(plan, i) < asked; i++)
    answerIndex.set(answeredSlot(plan, i), i);
  const all: DemoComment[] = [];
  /** Subscribers' top-level comments still shown, for replies; and which of them ask a question. */
  const open: DemoComment[] = [];
  const questions = new Set<number>();
  /** The page's answers, in date order. */
  const answers: DemoComment[] = [];
  /** A question or thanks not asked under this post yet, while there are any left. */
  const used = new Set<Exchange>();
  const fresh = (list: readonly Exchange[]): Exchange => {
    const start = Math.floor(rng.float() * list.length);
    const rotated = [...list.slice(start), ...list.slice(0, start)];
    const picked = rotated.find((x) => !used.has(x)) ?? rotated[0];
    if (!picked) throw new RangeError('no texts to pick from');
    used.add(picked);
    return picked;
  };
  const comment = (k: number, fromId: number, text: string, target: DemoComment | null): DemoComment => ({
    id: post.id + 1 + k,
    ownerId: post.ownerId,
    postId: post.id,
    fromId,
    date: k < plan.asked ? askedDate(plan, k) : answerDate(plan, k - plan.asked),
    text,
    threadId: target ? (target.threadId ?? target.id) : null,
    replyToUser: target ? target.fromId : null,
    replyToComment: target ? target.id : null,
    likes: rng.int(0, 3),
  });

  /** A subscriber's top-level comment: a question, thanks or a reaction; replies may follow it. */
  const topLevel = (k: number, author: number, text: string, isQuestion: boolean): DemoComment => {
    const top = comment(k, author, text, null);
    all.push(top);
    open.push(top);
    if (isQuestion) questions.add(top.id);
    return top;
  };

  for (let k = 0; k < asked; k++) {
    const author = commenters.authors[k] ?? commenters.authors[0] ?? commenters.deletedUser();
    const i = answerIndex.get(k);
    if (i !== undefined) {
      const thanks = rng.chance(habit.thanksShare);
      const exchange = fresh(thanks ? THANKS : ASKS[page.kind]);
      const deletes = rng.chance(DELETED_AFTER_ANSWER);
      const question = topLevel(k, author, exchange.ask, !thanks);
      if (answerDate(plan, i) > now) continue;
      if (deletes) {
        question.text = '';
        question.deleted = true;
        open.splice(open.indexOf(question), 1);
      }
      const answer = comment(plan.asked + i, post.ownerId, exchange.answer, question);
      all.push(answer);
      answers.push(answer);
      continue;
    }
    if (rng.chance(habit.ignoredShare)) {
      topLevel(k, author, fresh(ASKS[page.kind]).ask, true);
      continue;
    }
    const date = askedDate(plan, k);
    const fromId = rng.chance(DELETED_AUTHOR) ? commenters.deletedUser() : author;
    const roll = rng.float();
    const answered = answers.filter((a) => a.date < date);
    if (answered.length > 0 && roll < THANKS_REPLY) {
      // Whoever asked thanks for the answer, in its thread.
      const target = rng.pick(answered);
      all.push(comment(k, target.replyToUser ?? fromId, rng.pick(THANKS_FOR_ANSWER), target));
    } else if (open.length > 0 && roll < THANKS_REPLY + SUBSCRIBER_REPLY) {
      const target = rng.pick(open);
      const text = rng.pick(questions.has(target.id) ? SAME_QUESTION : AGREEMENT);
      all.push(comment(k, fromId, text, target));
    } else topLevel(k, fromId, rng.pick(REACTIONS), false);
  }
  // An answer comes after comments written meanwhile: VK lists a post's comments by time.
  return all.sort((a, b) => a.date - b.date || a.id - b.id);
}
