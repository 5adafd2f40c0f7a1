// An answer the page has just written, added to what was read: the figures are computed again by the
// same rules instead of patched, so the screen's numbers stay the core's.
import type { PostRef } from '../wall/post-link';
import type { RepliesInput } from './types';

export interface WrittenAnswer {
  postId: PostRef;
  /** The subscriber's comment it answers: the answer joins that comment's thread. */
  commentId: number;
  /** The answer's own comment id, as VK returned it. */
  answerId: number;
  /** When it was written, unix seconds. */
  at: number;
}

/** The input with the page's answer in the answered comment's thread; unchanged when the comment is unknown. */
export function withAnswer(input: RepliesInput, answer: WrittenAnswer): RepliesInput {
  const post = input.posts.find((p) => p.postId === answer.postId);
  const comment = post?.comments.find((c) => c.id === answer.commentId);
  if (!post || !comment) return input;
  const reply = {
    id: answer.answerId,
    fromId: -Math.abs(input.groupId),
    date: answer.at,
    threadId: comment.threadId ?? comment.id,
    deleted: false,
  };
  return {
    ...input,
    // The answer is written now: `now` moves with it, so it counts.
    now: Math.max(input.now, answer.at),
    posts: input.posts.map((p) => (p === post ? { ...p, comments: [...p.comments, reply] } : p)),
  };
}
