// A quiz open now under the demo page's newest own post, created through the data layer by the
// viewer of `query` (the page's admin), who then answers it on the participant's screen; the
// viewer's comments under it, and the connection lost on the comment.
import type { PostRef } from '../../../../src/core/quiz';
import { latestOwnPosts } from '../../../../src/data/wall';
import { createQuiz, quizDeps, type QuizDeps, type QuizDraft } from '../../../../src/data/quiz';
import { quizComments } from '../../../../src/data/quiz/lifecycle';
import { VkNetworkError } from '../../../../src/vk/errors';
import { DEMO_NOW, demoServices } from '../../../integration/demo-services';

export const GROUP = 219000001;

export async function openQuiz(query: string, title: string, questions: QuizDraft['questions']) {
  const demo = demoServices(query);
  const deps = quizDeps(demo.services, GROUP);
  const [post] = await latestOwnPosts(demo.services.api, GROUP, 1);
  if (!post) throw new Error('the demo page has no posts');
  const record = await createQuiz(deps, GROUP, {
    title,
    prize: '',
    questions,
    secondsPerQuestion: 20,
    opensAt: DEMO_NOW - 60,
    closesAt: DEMO_NOW + 3600,
    postRef: post.ref,
  });
  return { ...demo, deps, post, record };
}

/** The viewer's comments under the quiz post. */
export async function myComments(deps: QuizDeps, postRef: PostRef) {
  return (await quizComments(deps, postRef)).filter((c) => c.fromId === deps.userId);
}

/** The deps with the connection lost on posting the comment while `offline()` says so. */
export function offlineOnComment(deps: QuizDeps, offline: () => boolean = () => true): QuizDeps {
  return {
    ...deps,
    api: {
      ...deps.api,
      call: (req) =>
        offline() && req.method === 'wall.createComment'
          ? Promise.reject(new VkNetworkError({ method: req.method, reason: 'offline' }))
          : deps.api.call(req),
    },
  };
}
