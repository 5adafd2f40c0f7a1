// The results comment must carry the quiz's own private key: a community comment with QZR1 results
// under another key (a forgery, or another quiz's key pasted by mistake) is passed over and
// reported, and the real results published after it are read.
import { describe, expect, it } from 'vitest';
import { generateQuizKeys, quizLink, resultsCommentText, RESULTS_KEY_MISMATCH } from '../../../src/core/quiz';
import {
  findPublishedQuiz,
  listPublishedQuizzes,
  publishQuizResults,
  scoreQuiz,
  type IgnoredQuizResults,
} from '../../../src/data/quiz';
import { HEAD_ID } from '../../../src/demo/pages';
import { addComment } from '../../../src/demo/session';
import { DEMO_NOW } from '../demo-services';
import { answeredQuiz, quizSession } from './quiz-session';

const GROUP = HEAD_ID;
const HOUR = 3600;

describe('results integrity', () => {
  it('ignores a community results comment whose private key is not the quiz key', async () => {
    const session = quizSession(GROUP);
    const {
      admin,
      member: viewer,
      post,
      postRef,
      record,
    } = await answeredQuiz(session, GROUP, 'Проверка ключа');
    const { definition } = record;
    session.clock.advance((HOUR + 60) * 1000);

    // Posted by the community, well-formed, naming this quiz, but with another key pair's private key
    // and a made-up winner. (A fresh page load: its world has the subscriber's comment.)
    const other = await generateQuizKeys(globalThis.crypto.subtle);
    const forged = addComment(session.open('role=admin').bridge.world, post, {
      ownerId: post.ownerId,
      postId: post.id,
      fromId: -GROUP,
      date: session.now(),
      text: resultsCommentText({
        definition,
        key: [0, 1],
        privateKeyJwk: other.privateKeyJwk,
        top: [{ userId: 1, correct: 2, timeMs: 100, place: 1, commentId: 1, date: DEMO_NOW }],
        names: new Map(),
        link: quizLink(admin.deps.appId, GROUP, definition.id, postRef),
      }),
      threadId: null,
      replyToUser: null,
      replyToComment: null,
      likes: 0,
    });

    const ignored: IgnoredQuizResults[] = [];
    const reader = session.open('role=member');
    const before = await findPublishedQuiz(
      reader.services.api,
      { groupId: GROUP, id: definition.id, postRef },
      { onIgnoredResults: (i) => ignored.push(i) },
    );
    expect(before?.results).toBeNull();
    const expected = { id: definition.id, postRef, commentId: forged.id, problem: RESULTS_KEY_MISMATCH };
    expect(ignored).toEqual([expected]);
    const listedIgnored: IgnoredQuizResults[] = [];
    const listed = await listPublishedQuizzes(reader.services.api, GROUP, {
      now: session.now(),
      onIgnoredResults: (i) => listedIgnored.push(i),
    });
    expect(listed.find((q) => q.definition.id === definition.id)?.results).toBeNull();
    expect(listedIgnored).toContainEqual(expected);

    // The real results, published after the forgery, are the ones read.
    const closing = session.open('role=admin');
    const published = await publishQuizResults(closing.deps, await scoreQuiz(closing.deps, record), 10);
    const after = await findPublishedQuiz(session.open('role=member').services.api, {
      groupId: GROUP,
      id: definition.id,
      postRef,
    });
    expect(after?.results).toMatchObject({
      key: [1, 0],
      privateKeyJwk: { x: record.privateKeyJwk.x, y: record.privateKeyJwk.y, d: record.privateKeyJwk.d },
      top: [{ userId: viewer.userId, correct: 2, timeMs: 5000, place: 1 }],
    });
    expect(published.results?.resultsCommentId).toBeGreaterThan(forged.id);
  });
});
