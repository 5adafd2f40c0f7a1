// «Ответить»: the community's reply in the subscriber's thread, written from the app with the user
// token's `wall` right (wall.createComment with from_group: VK posts it as the community for a
// manager of it).
import type { VkApi } from '../../vk/api-client';
import { createCommentResponse } from '../../vk/wire-comments';

export interface Answer {
  groupId: number;
  postId: number;
  /** The subscriber's comment: the answer goes into its thread, addressed to its author. */
  commentId: number;
  message: string;
}

/** Posts the answer; resolves with its comment id. A refused `wall` right rejects with TokenRefusedError. */
export async function answerComment(api: VkApi, a: Answer): Promise<number> {
  const answer = await api.call({
    method: 'wall.createComment',
    scopes: ['wall'],
    params: {
      owner_id: -a.groupId,
      post_id: a.postId,
      from_group: a.groupId,
      message: a.message,
      reply_to_comment: a.commentId,
      // VK ignores a repeated guid from the same author: a retried answer never doubles.
      guid: `reply-${a.groupId}-${a.postId}-${a.commentId}`,
    },
    schema: createCommentResponse,
    label: `wall-${a.groupId}_${a.postId}`,
  });
  return answer.comment_id;
}
