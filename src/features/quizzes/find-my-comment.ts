// «Я вставил(а) комментарий»: the viewer's own comment under the quiz post carrying their sealed
// line, when they pasted it by hand (threads included: VK may file it as a reply).
import { postRefParts } from '../../core/giveaway';
import { readComments } from '../../data/giveaway/comments';
import type { PublishedQuiz, QuizDeps } from '../../data/quiz';

export async function findMyEntryComment(
  deps: Pick<QuizDeps, 'api' | 'userId'>,
  published: PublishedQuiz,
  line: string,
): Promise<number | null> {
  const { ownerId, postId } = postRefParts(published.postRef);
  const comments = await readComments(deps.api, { ownerId, postId });
  const mine = comments
    .filter((c) => c.fromId === deps.userId && c.text.replace(/\s+/g, '').includes(line))
    .sort((a, b) => a.date - b.date || a.id - b.id);
  return mine[0]?.id ?? null;
}
