// Reads the month's comments of the page once and keeps the figures the core's: an answer written
// here is added to what was read and everything is computed again (withAnswer), so the answered
// comment leaves the list at once and the counts, median and waits follow.
import { useCallback, useMemo } from 'react';
import { computeReplies, withAnswer, type Replies, type WaitingComment } from '../../core/replies';
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
  const data = load.state.status === 'ready' ? load.state.value : null;
  const replies = useMemo(() => (data ? computeReplies(data.input) : null), [data]);

  const { set } = load;
  const answer = useCallback(
    async (comment: WaitingComment, message: string): Promise<AnswerOutcome> => {
      if (!data) return { ok: false, refused: false, error: new Error('not read yet') };
      try {
        const answerId = await answerComment(api, {
          groupId,
          postId: postRefParts(comment.postId).postId,
          commentId: comment.commentId,
          message,
        });
        const at = Math.floor(clock.now() / 1000);
        set({ ...data, input: withAnswer(data.input, { ...comment, answerId, at }) });
        return { ok: true };
      } catch (error) {
        return { ok: false, refused: isTokenRefused(error), error };
      }
    },
    [api, clock, data, groupId, set],
  );

  return { load, replies, answer, asksForRight: !tokens.hasUserScope('wall') };
}
