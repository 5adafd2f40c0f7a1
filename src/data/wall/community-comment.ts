// The community's own comments under its posts (a giveaway's commitment and results, a quiz's
// definition and results), posted with the community token. Callers word closed comments themselves.
import type { VkApi } from '../../vk/api-client';
import type { CommunityScope } from '../../vk/tokens';
import { createCommentResponse } from '../../vk/wire-comments';

/**
 * The community-token scope wall.createComment is asked with. Unverified against real VK: its
 * documentation names no community scope for this method; 'manage' is our best guess. Change it
 * here only.
 */
export const COMMENT_COMMUNITY_SCOPES: readonly CommunityScope[] = ['manage'];

export interface CommunityComment {
  groupId: number;
  postId: number;
  message: string;
  /** VK ignores a repeated guid from the same author: a retried publish never doubles a comment. */
  guid: string;
  replyTo?: number;
}

export async function postCommunityComment(api: VkApi, c: CommunityComment): Promise<number> {
  const answer = await api.call({
    method: 'wall.createComment',
    token: 'community',
    groupId: c.groupId,
    communityScopes: COMMENT_COMMUNITY_SCOPES,
    params: {
      owner_id: -c.groupId,
      post_id: c.postId,
      message: c.message,
      guid: c.guid,
      reply_to_comment: c.replyTo,
    },
    schema: createCommentResponse,
    label: `wall-${c.groupId}_${c.postId}`,
  });
  return answer.comment_id;
}
