// One attempt per subscriber, kept in their own VK Storage from «Начать»: one write per answer, a
// reopened attempt loses the question that was on screen (full time), a second start returns the
// same attempt, the stored entry replaces it; and «Я вставил(а) комментарий» finds the pasted line.
import { describe, expect, it } from 'vitest';
import {
  createQuiz,
  currentAttempt,
  findMyEntryComment,
  findPublishedQuiz,
  lostQuestion,
  myEntry,
  recordAnswer,
  resumeAttempt,
  startAttempt,
  submitEntry,
  type PublishedQuiz,
  type QuizDeps,
} from '../../../src/data/quiz';
import { commentsOf } from '../../../src/demo/crowd';
import { HEAD_ID } from '../../../src/demo/pages';
import { addComment } from '../../../src/demo/session';
import type { DemoPost } from '../../../src/demo/world-types';
import type { VkStorage } from '../../../src/vk/storage';
import { DEMO_NOW } from '../demo-services';
import { ownPost, quizSession, type QuizViewer } from './quiz-session';

const GROUP = HEAD_ID;
const HOUR = 3600;

/** The viewer's storage, counting writes (VK allows 1000 an hour). */
function counting(storage: VkStorage): { storage: VkStorage; writes: () => number } {
  let writes = 0;
  return {
    storage: {
      getJson: (key, schema) => storage.getJson(key, schema),
      setJson: (key, value) => {
        writes++;
        return storage.setJson(key, value);
      },
      remove: (key) => {
        writes++;
        return storage.remove(key);
      },
    },
    writes: () => writes,
  };
}

async function openQuiz(session: ReturnType<typeof quizSession>) {
  const admin = session.open('role=admin');
  const post = ownPost(admin.bridge.world, GROUP);
  const postRef = `${post.ownerId}_${post.id}`;
  const record = await createQuiz(admin.deps, GROUP, {
    title: 'Четыре вопроса об округе',
    prize: '',
    questions: [
      { text: 'Первый?', options: ['а', 'б'], photo: null, correct: 0 },
      { text: 'Второй?', options: ['а', 'б', 'в'], photo: null, correct: 1 },
      { text: 'Третий?', options: ['а', 'б'], photo: null, correct: 1 },
      { text: 'Четвёртый?', options: ['а', 'б'], photo: null, correct: 0 },
    ],
    secondsPerQuestion: 20,
    opensAt: DEMO_NOW,
    closesAt: DEMO_NOW + HOUR,
    postRef,
  });
  const published = await findPublishedQuiz(admin.services.api, {
    groupId: GROUP,
    id: record.definition.id,
    postRef,
  });
  if (!published) throw new Error('the quiz is not published');
  return { post, published };
}

function member(viewer: QuizViewer): { deps: QuizDeps; writes: () => number } {
  const { storage, writes } = counting(viewer.deps.userStorage);
  return { deps: { ...viewer.deps, userStorage: storage }, writes };
}

describe('a subscriber attempt', () => {
  it('is stored from the start, one write per answer, resumed without a fresh start and replaced by the entry', async () => {
    const session = quizSession(GROUP);
    const { published } = await openQuiz(session);
    const id = published.definition.id;
    const first = member(session.open('role=member'));

    expect(await currentAttempt(first.deps, id)).toBeNull();
    const before = session.now();
    const started = await startAttempt(first.deps, published);
    const { startedAt } = started.attempt;
    expect(startedAt).toBeGreaterThanOrEqual(before);
    expect(startedAt).toBeLessThanOrEqual(session.now());
    expect(started).toEqual({ fresh: true, attempt: { quizId: id, startedAt, answers: { a: [], t: [] } } });
    expect(first.writes()).toBe(1);
    const answered = await recordAnswer(first.deps, started.attempt, 0, 4200);
    expect(await recordAnswer(first.deps, answered, -1, 20_000)).toMatchObject({
      answers: { a: [0, -1], t: [4200, 20_000] },
    });
    expect(first.writes()).toBe(3);
    expect(await currentAttempt(first.deps, id)).toEqual({
      quizId: id,
      startedAt,
      answers: { a: [0, -1], t: [4200, 20_000] },
    });

    // The app closes with question 3 on screen. Reopened: the same attempt, never a fresh one.
    session.clock.advance(90_000);
    const again = member(session.open('role=member'));
    const reopened = await currentAttempt(again.deps, id);
    if (!reopened) throw new Error('the attempt is gone');
    expect(lostQuestion(reopened, 4)).toBe(2);
    expect(await startAttempt(again.deps, published)).toEqual({ fresh: false, attempt: reopened });
    expect(again.writes()).toBe(0);
    // Question 3 counts as unanswered with its full time, stored before question 4 is shown.
    const resumed = await resumeAttempt(again.deps, published, reopened);
    expect(resumed.answers).toEqual({ a: [0, -1, -1], t: [4200, 20_000, 20_000] });
    expect(await currentAttempt(again.deps, id)).toEqual(resumed);
    expect(again.writes()).toBe(1);
    const last = await recordAnswer(again.deps, resumed, 0, 3000);
    expect(lostQuestion(last, 4)).toBeNull();
    // All answered: resuming changes nothing.
    expect(await resumeAttempt(again.deps, published, last)).toEqual(last);

    const sent = await submitEntry(again.deps, published, last.answers);
    expect(sent.posted).toBe(true);
    expect((await myEntry(again.deps, id))?.answers).toEqual(last.answers);
    expect(await currentAttempt(again.deps, id)).toBeNull();
    await expect(startAttempt(again.deps, published)).rejects.toMatchObject({ kind: 'already-entered' });
  });

  it('cannot start outside the window', async () => {
    const session = quizSession(GROUP);
    const { published } = await openQuiz(session);
    session.clock.advance((HOUR + 1) * 1000);
    const late = member(session.open('role=member'));
    await expect(startAttempt(late.deps, published)).rejects.toMatchObject({ kind: 'not-open' });
    expect(late.writes()).toBe(0);
  });
});

describe('findMyEntryComment', () => {
  async function refusedEntry(session: ReturnType<typeof quizSession>, published: PublishedQuiz) {
    const denied = session.open('role=editor&deny=wall');
    const refused = await submitEntry(denied.deps, published, { a: [0, 1, 1, 0], t: [1, 2, 3, 4] });
    if (refused.posted) throw new Error('the refused token posted');
    return { viewer: session.open('role=editor'), line: refused.line };
  }

  function paste(viewer: QuizViewer, post: DemoPost, fromId: number, text: string, threadId: number | null) {
    return addComment(viewer.bridge.world, post, {
      ownerId: post.ownerId,
      postId: post.id,
      fromId,
      date: DEMO_NOW + 60,
      text,
      threadId,
      replyToUser: null,
      replyToComment: threadId,
      likes: 0,
    });
  }

  it("finds the viewer's own comment with the line (a reply too) and marks the entry posted", async () => {
    const session = quizSession(GROUP);
    const { post, published } = await openQuiz(session);
    const { viewer, line } = await refusedEntry(session, published);

    expect(await findMyEntryComment(viewer.deps, published, line)).toBeNull();
    // Someone else copying the line does not count as the viewer's comment.
    paste(viewer, post, viewer.userId + 1, line, null);
    expect(await findMyEntryComment(viewer.deps, published, line)).toBeNull();

    // VK may wrap a long line and file the comment as a reply in some thread.
    const thread = commentsOf(viewer.bridge.world, post).find((c) => c.threadId === null);
    if (!thread) throw new Error('the post has no comments');
    const wrapped = `Мой ответ:\n${line.slice(0, 60)}\n${line.slice(60)}`;
    const pasted = paste(viewer, post, viewer.userId, wrapped, thread.id);
    const found = await findMyEntryComment(viewer.deps, published, line);
    expect(found).toEqual({
      commentId: pasted.id,
      entry: expect.objectContaining({ sealedLine: line, postedCommentId: pasted.id }),
    });
    expect((await myEntry(viewer.deps, published.definition.id))?.postedCommentId).toBe(pasted.id);
  });
});
