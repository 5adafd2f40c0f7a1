// A subscriber's entry: sealed with the quiz's public key, kept in their own VK Storage first (so a
// refused or failed post loses nothing), then posted as their comment under the quiz post.
import { postRefParts } from '../../core/giveaway';
import {
  scoreOwnAnswers,
  scoreQuiz as scoreEntries,
  sealAnswers,
  type QuizAnswers,
  type QuizScore,
} from '../../core/quiz';
import type { VkApi } from '../../vk/api-client';
import { TokenRefusedError, VkApiError, VkNetworkError, VkValidationError } from '../../vk/errors';
import { createCommentResponse } from '../../vk/wire-giveaway';
import { nowSeconds } from '../giveaway/deps';
import type { QuizDeps } from './deps';
import { QuizError } from './errors';
import { quizComments, scoredQuiz } from './lifecycle';
import { myEntryKey, myEntrySchema } from './store';
import type { MyQuizEntry, MyQuizResult, PublishedQuiz, QuizProgress, SubmitResult } from './types';

/** The human line above the sealed one in the subscriber's comment. */
export const ENTRY_COMMENT_PREFIX = 'Мои ответы на викторину (зашифрованы до подведения итогов):';

export function myEntry(deps: Pick<QuizDeps, 'userStorage'>, quizId: string): Promise<MyQuizEntry | null> {
  return deps.userStorage.getJson(myEntryKey(quizId), myEntrySchema);
}

async function saveEntry(deps: Pick<QuizDeps, 'userStorage'>, entry: MyQuizEntry): Promise<void> {
  await deps.userStorage.setJson(myEntryKey(entry.quizId), entry);
}

/** The VK failures that leave the entry for the subscriber to paste by hand. */
function isVkFailure(err: unknown): boolean {
  return err instanceof VkApiError || err instanceof VkNetworkError || err instanceof VkValidationError;
}

/**
 * Seals and posts the viewer's answers. An entry stored earlier but never posted is posted as it
 * was (the first attempt is the one that counts); one already posted is refused ('already-entered').
 */
export async function submitEntry(
  deps: QuizDeps,
  published: PublishedQuiz,
  answers: QuizAnswers,
): Promise<SubmitResult> {
  const { definition } = published;
  const now = nowSeconds(deps.clock);
  if (now < definition.opensAt || now > definition.closesAt) throw new QuizError('not-open');
  const stored = await myEntry(deps, definition.id);
  if (stored && stored.postedCommentId !== null) throw new QuizError('already-entered');
  let entry = stored;
  if (!entry) {
    const sealedLine = await sealAnswers(deps.subtle, {
      quizId: definition.id,
      publicKey: definition.publicKey,
      answers,
      random: deps.random,
    });
    entry = { quizId: definition.id, answers, sealedLine, postedCommentId: null, enteredAt: now };
    await saveEntry(deps, entry);
  }
  const { ownerId, postId } = postRefParts(published.postRef);
  try {
    const answer = await deps.api.call({
      method: 'wall.createComment',
      scopes: ['wall'],
      params: {
        owner_id: ownerId,
        post_id: postId,
        message: `${ENTRY_COMMENT_PREFIX}\n${entry.sealedLine}`,
        // VK ignores a repeated guid from the same author: a retry never doubles the entry.
        guid: `qze-${definition.id}-${deps.userId}`,
      },
      schema: createCommentResponse,
      label: `wall${published.postRef}`,
    });
    await saveEntry(deps, { ...entry, postedCommentId: answer.comment_id });
    return { posted: true, commentId: answer.comment_id };
  } catch (err) {
    if (err instanceof TokenRefusedError) return { posted: false, line: entry.sealedLine, reason: 'refused' };
    if (isVkFailure(err)) return { posted: false, line: entry.sealedLine, reason: 'failed' };
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
 * count; `correct` and `timeMs` are then the entry's own.
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
  return { ...scoreOwnAnswers(entry.answers, results.key), place: null };
}
