// A subscriber's attempt and entry. From «Начать» the attempt (start and answers so far) is kept in
// their own VK Storage, one small write per answer (VK allows 1000 writes an hour), so a reload
// resumes it and never starts afresh. The entry is sealed with the quiz's public key, kept there
// too (so a refused or failed post loses nothing), then posted as their comment under the quiz post.
import { postRefParts } from '../../core/wall';
import {
  entryCommentText,
  quizProtocol,
  scoreOwnAnswers,
  scoreQuiz as scoreEntries,
  sealAnswers,
  type QuizAnswers,
  type QuizScore,
} from '../../core/quiz';
import type { VkApi } from '../../vk/api-client';
import { nowSeconds } from '../../vk/clock';
import { TokenRefusedError, VkApiError, VkNetworkError, VkValidationError } from '../../vk/errors';
import { createCommentResponse } from '../../vk/wire-comments';
import type { QuizDeps } from './deps';
import { QuizError } from './errors';
import { quizComments, scoredQuiz } from './lifecycle';
import { myAttemptKey, myAttemptSchema, myEntryKey, myEntrySchema } from './store';
import type {
  MyQuizEntry,
  MyQuizResult,
  PublishedQuiz,
  QuizAttempt,
  QuizProgress,
  SubmitResult,
  SubmitStep,
} from './types';

export function myEntry(deps: Pick<QuizDeps, 'userStorage'>, quizId: string): Promise<MyQuizEntry | null> {
  return deps.userStorage.getJson(myEntryKey(quizId), myEntrySchema);
}

async function saveEntry(deps: Pick<QuizDeps, 'userStorage'>, entry: MyQuizEntry): Promise<void> {
  await deps.userStorage.setJson(myEntryKey(entry.quizId), entry);
}

function checkOpen(deps: Pick<QuizDeps, 'clock'>, published: PublishedQuiz): number {
  const now = nowSeconds(deps.clock);
  const { opensAt, closesAt } = published.definition;
  if (now < opensAt || now > closesAt) throw new QuizError('not-open');
  return now;
}

/** The viewer's started attempt whose entry is not stored yet, or null. */
export function currentAttempt(
  deps: Pick<QuizDeps, 'userStorage'>,
  quizId: string,
): Promise<QuizAttempt | null> {
  return deps.userStorage.getJson(myAttemptKey(quizId), myAttemptSchema);
}

async function saveAttempt(deps: Pick<QuizDeps, 'userStorage'>, attempt: QuizAttempt): Promise<QuizAttempt> {
  await deps.userStorage.setJson(myAttemptKey(attempt.quizId), attempt);
  return attempt;
}

/**
 * «Начать»: stores the attempt before the first question is shown. An attempt already started (in
 * another tab) is returned as it is, `fresh` false (one attempt, never a fresh start); an entry
 * already stored is 'already-entered'.
 */
export async function startAttempt(
  deps: QuizDeps,
  published: PublishedQuiz,
): Promise<{ attempt: QuizAttempt; fresh: boolean }> {
  const now = checkOpen(deps, published);
  const quizId = published.definition.id;
  const [entry, started] = await Promise.all([myEntry(deps, quizId), currentAttempt(deps, quizId)]);
  if (entry) throw new QuizError('already-entered');
  if (started) return { attempt: started, fresh: false };
  return {
    attempt: await saveAttempt(deps, { quizId, startedAt: now, answers: { a: [], t: [] } }),
    fresh: true,
  };
}

/** The attempt with one more answer (option -1: unanswered). */
export function withAnswer(attempt: QuizAttempt, option: number, timeMs: number): QuizAttempt {
  return {
    ...attempt,
    answers: { a: [...attempt.answers.a, option], t: [...attempt.answers.t, timeMs] },
  };
}

/** Stores the next question's answer: the whole attempt, so one write also repairs a failed one. */
export function recordAnswer(
  deps: Pick<QuizDeps, 'userStorage'>,
  attempt: QuizAttempt,
  option: number,
  timeMs: number,
): Promise<QuizAttempt> {
  return saveAttempt(deps, withAnswer(attempt, option, timeMs));
}

/** The question a reopened attempt lost (0-based): the one on screen when the app closed; null when all are answered. */
export function lostQuestion(attempt: QuizAttempt, questions: number): number | null {
  const next = attempt.answers.a.length;
  return next < questions ? next : null;
}

/**
 * Resumes a reopened attempt: the question that was on screen when the app closed counts as
 * unanswered with its full time, stored before the next question is shown.
 */
export async function resumeAttempt(
  deps: Pick<QuizDeps, 'userStorage'>,
  published: PublishedQuiz,
  attempt: QuizAttempt,
): Promise<QuizAttempt> {
  const { questions, secondsPerQuestion } = published.definition;
  if (lostQuestion(attempt, questions.length) === null) return attempt;
  return recordAnswer(deps, attempt, -1, secondsPerQuestion * 1000);
}

/** The VK failures that leave the entry for the subscriber to paste by hand. */
function isVkFailure(err: unknown): boolean {
  return err instanceof VkApiError || err instanceof VkValidationError;
}

/**
 * Seals and posts the viewer's answers: in a QZ2 quiz bound to the viewer's own user id, which VK
 * puts on their comment, so the line counts only under their name. An entry stored earlier but never
 * posted is posted as it was (the first attempt is the one that counts); one already posted is
 * refused ('already-entered'). `onStep` hears each step as it starts: the entry sealed and stored,
 * the comment posted, the entry marked as posted. The comment leaves as soon as the entry is stored
 * (VK dates it, and the date is checked against the quiz's window); the attempt record is removed
 * only after, off the comment's way.
 */
export async function submitEntry(
  deps: QuizDeps,
  published: PublishedQuiz,
  answers: QuizAnswers,
  onStep?: (step: SubmitStep) => void,
): Promise<SubmitResult> {
  const { definition } = published;
  onStep?.('save');
  const now = checkOpen(deps, published);
  const stored = await myEntry(deps, definition.id);
  if (stored && stored.postedCommentId !== null) throw new QuizError('already-entered');
  let entry = stored;
  if (!entry) {
    const sealedLine = await sealAnswers(deps.subtle, {
      quizId: definition.id,
      publicKey: definition.publicKey,
      answers,
      random: deps.random,
      protocol: quizProtocol(definition),
      userId: deps.userId,
    });
    entry = { quizId: definition.id, answers, sealedLine, postedCommentId: null, enteredAt: now };
    await saveEntry(deps, entry);
  }
  const result = await postEntry(deps, published, entry, onStep);
  // The entry stands for the attempt from here on (it is read first everywhere), so a record left
  // behind by a failed removal is harmless and must not keep the entry from being posted.
  await deps.userStorage.remove(myAttemptKey(definition.id)).catch(() => undefined);
  return result;
}

/** Posts the stored entry as the viewer's comment and records it as posted. */
async function postEntry(
  deps: QuizDeps,
  published: PublishedQuiz,
  entry: MyQuizEntry,
  onStep?: (step: SubmitStep) => void,
): Promise<SubmitResult> {
  const { ownerId, postId } = postRefParts(published.postRef);
  onStep?.('post');
  try {
    const answer = await deps.api.call({
      method: 'wall.createComment',
      scopes: ['wall'],
      params: {
        owner_id: ownerId,
        post_id: postId,
        message: entryCommentText(entry.sealedLine),
        // VK ignores a repeated guid from the same author: a retry never doubles the entry.
        guid: `qze-${entry.quizId}-${deps.userId}`,
      },
      schema: createCommentResponse,
      label: `wall${published.postRef}`,
    });
    onStep?.('mark');
    const posted = { ...entry, postedCommentId: answer.comment_id };
    // The comment is the entry: a failed mark leaves it unmarked here, and the screen's re-check
    // («Я вставил(а) комментарий») finds it later.
    await saveEntry(deps, posted).catch(() => undefined);
    return { posted: true, commentId: answer.comment_id, entry: posted };
  } catch (err) {
    if (err instanceof TokenRefusedError)
      return { posted: false, line: entry.sealedLine, reason: 'refused', entry };
    // A lost connection is for sending again (the stored entry, the same guid), not for pasting.
    if (err instanceof VkNetworkError) throw err;
    if (isVkFailure(err)) return { posted: false, line: entry.sealedLine, reason: 'failed', entry };
    throw err;
  }
}

/** Records the comment the subscriber posted by hand (the pasted line). */
export async function markPosted(
  deps: QuizDeps,
  quizId: string,
  commentId: number,
): Promise<MyQuizEntry | null> {
  const entry = await myEntry(deps, quizId);
  if (!entry) return null;
  const marked = { ...entry, postedCommentId: commentId };
  await saveEntry(deps, marked);
  return marked;
}

/**
 * «Я вставил(а) комментарий»: the viewer's own comment under the quiz post carrying their sealed
 * line (threads included: VK may file it as a reply), recorded with markPosted. Null when not found.
 */
export async function findMyEntryComment(
  deps: QuizDeps,
  published: PublishedQuiz,
  line: string,
): Promise<{ commentId: number; entry: MyQuizEntry | null } | null> {
  const comments = await quizComments(deps, published.postRef);
  const mine = comments
    .filter((c) => c.fromId === deps.userId && c.text.replace(/\s+/g, '').includes(line))
    .sort((a, b) => a.date - b.date || a.id - b.id)[0];
  if (!mine) return null;
  return { commentId: mine.id, entry: await markPosted(deps, published.definition.id, mine.id) };
}

/** Everyone's results re-computed from the comments with the published private key. */
export async function rescoreAll(
  api: VkApi,
  subtle: SubtleCrypto,
  published: PublishedQuiz,
  onProgress?: (p: QuizProgress) => void,
): Promise<QuizScore> {
  const { results, definition } = published;
  if (!results) throw new QuizError('not-closed');
  const comments = await quizComments({ api }, published.postRef, onProgress);
  return scoreEntries(subtle, {
    quiz: scoredQuiz(definition, results.key),
    privateKeyJwk: results.privateKeyJwk,
    comments,
  });
}

/**
 * The viewer's standing once the results are published (null before): from the published top, or
 * by re-scoring every entry when the viewer is not in it. `place` is null when the entry did not
 * count; `correct` and `timeMs` are then the entry's own, and `reason` the scorer's reason for their
 * comment (null when the comment was not found among the entries).
 */
export async function myResult(
  deps: QuizDeps,
  published: PublishedQuiz,
  entry: MyQuizEntry,
): Promise<MyQuizResult | null> {
  const { results } = published;
  if (!results) return null;
  const inTop = results.top.find((r) => r.userId === deps.userId);
  if (inTop) return { correct: inTop.correct, timeMs: inTop.timeMs, place: inTop.place };
  const score = await rescoreAll(deps.api, deps.subtle, published);
  const mine = score.results.find((r) => r.userId === deps.userId);
  if (mine) return { correct: mine.correct, timeMs: mine.timeMs, place: mine.place };
  const rejection = score.rejected.find((r) => r.commentId === entry.postedCommentId);
  return { ...scoreOwnAnswers(entry.answers, results.key), place: null, reason: rejection?.reason ?? null };
}
