// The community's own comments under the quiz post (definition, results) and under question posts
// (the classic quiz), with closed comments reported as a QuizError.
import type { VkApi } from '../../vk/api-client';
import { postCommunityComment, type CommunityComment } from '../wall/community-comment';
import { quizErrorOf } from './errors';

export async function postQuizComment(api: VkApi, c: CommunityComment): Promise<number> {
  try {
    return await postCommunityComment(api, c);
  } catch (err) {
    throw quizErrorOf(err);
  }
}
