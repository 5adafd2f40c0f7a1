// A subscriber whose entry did not count is told why: the scorer's reason for their own comment
// (here a line pasted by hand after the close), not a guess among possible causes.
import { describe, expect, it } from 'vitest';
import {
  findMyEntryComment,
  findPublishedQuiz,
  myEntry,
  myResult,
  publishQuizResults,
  scoreQuiz,
  submitEntry,
} from '../../../src/data/quiz';
import { HEAD_ID } from '../../../src/demo/pages';
import { notCountedText } from '../../../src/features/quizzes/components/MyResult';
import { createCommentResponse } from '../../../src/vk/wire-comments';
import { answeredQuiz, quizSession } from './quiz-session';

const GROUP = HEAD_ID;
const HOUR = 3600;

describe('myResult', () => {
  it('gives the reason the viewer’s own comment was rejected', async () => {
    const session = quizSession(GROUP);
    const { member, post, postRef, record, open } = await answeredQuiz(session, GROUP, 'Два вопроса');
    const { id } = record.definition;

    // Another viewer refuses the wall right and gets the line to paste, but pastes it too late.
    const refused = await submitEntry(session.open('role=editor&deny=wall').deps, open, {
      a: [1, 1],
      t: [1000, 1000],
    });
    if (refused.posted) throw new Error('the refused token posted');
    session.clock.advance((HOUR + 60) * 1000);
    const late = session.open('role=editor');
    await late.services.api.call({
      method: 'wall.createComment',
      scopes: ['wall'],
      params: { owner_id: post.ownerId, post_id: post.id, message: refused.line },
      schema: createCommentResponse,
    });
    expect(await findMyEntryComment(late.deps, open, refused.line)).not.toBeNull();

    const closing = session.open('role=admin');
    await publishQuizResults(closing.deps, await scoreQuiz(closing.deps, record), 10);

    const reader = session.open('role=editor');
    const final = await findPublishedQuiz(reader.services.api, { groupId: GROUP, id, postRef });
    const entry = await myEntry(reader.deps, id);
    if (!final || !entry) throw new Error('the results or the entry are missing');
    const result = await myResult(reader.deps, final, entry);
    expect(result).toEqual({ correct: 1, timeMs: 2000, place: null, reason: 'outside the quiz window' });
    expect(notCountedText(result?.reason ?? null)).toBe(
      'Ваш ответ не засчитан: комментарий отправлен вне времени викторины.',
    );
    // With no rejection of their comment (it was deleted, say) the screen keeps the general words.
    expect(notCountedText(null)).toMatch(/^Ваш ответ не засчитан: комментарий не найден/);

    // The one whose entry counted is unaffected.
    const memberEntry = await myEntry(session.open('role=member').deps, id);
    if (!memberEntry) throw new Error('the member entry is gone');
    expect(await myResult(member.deps, final, memberEntry)).toEqual({ correct: 2, timeMs: 5000, place: 1 });
  });
});
