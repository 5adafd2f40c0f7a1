// The community's own comments under the giveaway post (commitment, result, list replies), with
// closed comments reported as a GiveawayError.
import type { VkApi } from '../../vk/api-client';
import { postCommunityComment, type CommunityComment } from '../wall/community-comment';
import { giveawayErrorOf } from './errors';

export async function postGiveawayComment(api: VkApi, c: CommunityComment): Promise<number> {
  try {
    return await postCommunityComment(api, c);
  } catch (err) {
    throw giveawayErrorOf(err);
  }
}
