// Reads the month's comments of the page once and keeps the figures the core's: the answers written
// here are added to what was read and everything is computed again (withAnswer), so an answered
// comment leaves the list at once and the counts, median and waits follow.
import { useCallback, useMemo, useState } from 'react';
import {
  computeReplies,
  withAnswer,
  type Replies,
  type WaitingComment,
  type WrittenAnswer,
} from '../../core/replies';
import { postRefParts } from '../../core/wall';
import { readPageReplies, type RepliesRead } from '../../data/replies';
import { answerComment } from '../../data/replies/answer';
import { useServices } from '../../shared/services';
import { useLoad, type LoadState } from '../../shared/useLoad';
import { isTokenRefused } from '../../shared/vk-error-text';

export type AnswerOutcome = { ok: true } | { ok: false; refused: boolean; error: unknown };

export interface RepliesState {
  load: LoadState<RepliesRead>;
  /** The core's figures for what was read plus the answers written since; null until read. */
  replies: Replies | null;
  /** Posts the answer as the community; on failure nothing changes (the typed text stays with the caller). */
  answer(comment: WaitingComment, message: string): Promise<AnswerOutcome>;
  /** True when answering will first ask VK for the right to post (the screen says so beforehand). */
  asksForRight: boolean;
}

export function useReplies(groupId: number, canManage: boolean): RepliesState {
  const { api, clock, tokens, userStorage } = useServices();
  const read = useCallback(
    () => readPageReplies(api, userStorage, { groupId, now: Math.floor(clock.now() / 1000), canManage }),
    [api, userStorage, clock, groupId, canManage],
  );
  const load = useLoad(read);
  // Answers written here, kept apart from what was read so that two answers sent at once both stay
  // (a re-read that already holds one counts it once: the core takes each comment id once).
  const [written, setWritten] = useState<readonly WrittenAnswer[]>([]);
  const data = load.state.status === 'ready' ? load.state.value : null;
  const replies = useMemo(
    () => (data ? computeReplies(written.reduce(withAnswer, data.input)) : null),
    [data, written],
  );

  const answer = useCallback(
    async (comment: WaitingComment, message: string): Promise<AnswerOutcome> => {
      try {
        const answerId = await answerComment(api, {
          groupId,
          postId: postRefParts(comment.postId).postId,
          commentId: comment.commentId,
          message,
        });
        const at = Math.floor(clock.now() / 1000);
        setWritten((list) => [
          ...list,
          { postId: comment.postId, commentId: comment.commentId, answerId, at },
        ]);
        return { ok: true };
      } catch (error) {
        return { ok: false, refused: isTokenRefused(error), error };
      }
    },
    [api, clock, groupId],
  );

  return { load, replies, answer, asksForRight: !tokens.hasUserScope('wall') };
}
