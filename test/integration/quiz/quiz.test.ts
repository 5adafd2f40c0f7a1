// The sealed-answer quiz end to end over the simulated VK: create and bind (definition comment), a
// subscriber's entry (stored first, then their comment, a QZ2 line bound to their own user id), a
// refused second entry, a refused token (the line kept for copy-paste), a copied line and an unbound
// QZ1 line, scoring after the close against the core scorer run on the raw comments, the results
// comment (once), and the public reading of it all.
import { describe, expect, it } from 'vitest';
import {
  findSealedLine,
  joinDefinitionParts,
  keyLine,
  parseDefinitionPart,
  openEntry,
  parseResultsComment,
  sealAnswers,
  scoreQuiz as coreScore,
  type QuizAnswers,
} from '../../../src/core/quiz';
import {
  bindQuizPost,
  createQuiz,
  createQuizStore,
  findPublishedQuiz,
  listPublishedQuizzes,
  markPosted,
  myEntry,
  myResult,
  phaseOf,
  publishQuizResults,
  scoreQuiz,
  submitEntry,
  type QuizDraft,
} from '../../../src/data/quiz';
import { commentsOf } from '../../../src/demo/crowd';
import { HEAD_ID } from '../../../src/demo/pages';
import { addComment } from '../../../src/demo/session';
import type { DemoPost } from '../../../src/demo/world-types';
import { createCommentResponse } from '../../../src/vk/wire-comments';
import { DEMO_NOW } from '../demo-services';
import { ownPost, quizSession, type QuizViewer } from './quiz-session';

const GROUP = HEAD_ID;
const HOUR = 3600;
const KEY = [1, 0, 2];

function draft(postRef: string | null): QuizDraft {
  return {
    title: 'Знаете ли вы свой округ?',
    prize: 'Книга об истории Лесногорска',
    questions: [
      { text: 'В каком году основан город?', options: ['1948', '1952', '1961'], photo: null, correct: 1 },
      { text: 'Главная река округа?', options: ['Лесная', 'Быстрая'], photo: null, correct: 0 },
      { text: 'Сколько сёл в округе?', options: ['5', '9', '14', '20'], photo: null, correct: 2 },
    ],
    secondsPerQuestion: 30,
    opensAt: DEMO_NOW,
    closesAt: DEMO_NOW + HOUR,
    postRef,
  };
}

function commentById(viewer: QuizViewer, post: DemoPost, id: number) {
  return commentsOf(viewer.bridge.world, post).find((c) => c.id === id);
}

describe('a sealed-answer quiz over the demo world', () => {
  it('runs from the definition comment through entries to published results anyone can re-score', async () => {
    const session = quizSession(GROUP);
    const admin = session.open('role=admin');
    const post = ownPost(admin.bridge.world, GROUP);
    const postRef = `${post.ownerId}_${post.id}`;

    const record = await createQuiz(admin.deps, GROUP, draft(postRef));
    const { id } = record.definition;
    // Every new quiz binds its entries to their authors, and its definition says so.
    expect(record.definition.protocol).toBe(2);
    expect(record.key).toEqual(KEY);
    expect(record.postRef).toBe(postRef);
    expect(record.keyInPost).toBe(false);
    expect(phaseOf(record, session.now())).toBe('open');
    expect(await createQuizStore(admin.deps.storage).get(id)).toEqual(record);
    const definitionComment = commentById(admin, post, record.definitionCommentId ?? 0);
    expect(definitionComment?.fromId).toBe(-GROUP);
    // Three short questions fit in one comment: part 1 of 1, no replies.
    const part = parseDefinitionPart(definitionComment?.text ?? '');
    expect(part).toMatchObject({ id, part: 1, total: 1 });
    expect(record.definitionPartsPosted).toBe(1);
    expect(joinDefinitionParts(id, part ? [part] : [])).toEqual(record.definition);
    // Binding again publishes nothing new.
    expect(await bindQuizPost(admin.deps, record, postRef)).toEqual(record);

    // A subscriber finds the quiz without the post (through the page's list) and enters.
    const member = session.open('role=member');
    const published = await findPublishedQuiz(
      member.services.api,
      { groupId: GROUP, id, postRef: null },
      { now: session.now() },
    );
    expect(published).toMatchObject({
      definition: record.definition,
      postRef,
      keyInPost: false,
      results: null,
    });
    if (!published) throw new Error('unreachable');
    const memberAnswers: QuizAnswers = { a: KEY, t: [4000, 5000, 6000] };
    const entered = await submitEntry(member.deps, published, memberAnswers);
    if (!entered.posted) throw new Error(`the entry was not posted: ${entered.reason}`);
    const memberComment = commentById(member, post, entered.commentId);
    expect(memberComment?.fromId).toBe(member.userId);
    const sealed = findSealedLine(memberComment?.text ?? '');
    expect(sealed).toMatchObject({ kind: 'line', protocol: 2, quizId: id });
    if (sealed.kind !== 'line') throw new Error('unreachable');
    // Sealed for the viewer's own id, the one VK put on the comment: it opens for them only.
    const openAs = (userId: number) =>
      openEntry(globalThis.crypto.subtle, {
        quizId: id,
        privateKeyJwk: record.privateKeyJwk,
        line: sealed.line,
        userId,
      });
    expect(await openAs(member.userId)).toEqual({ ok: true, quizId: id, answers: memberAnswers });
    expect(await openAs(member.userId + 1)).toEqual({ ok: false, reason: 'cannot decrypt' });
    expect(await myEntry(member.deps, id)).toMatchObject({
      quizId: id,
      answers: memberAnswers,
      sealedLine: sealed.kind === 'line' ? sealed.line : null,
      postedCommentId: entered.commentId,
    });
    await expect(submitEntry(member.deps, published, { a: [0, 0, 0], t: [1, 1, 1] })).rejects.toMatchObject({
      kind: 'already-entered',
    });

    // An outsider enters with one right answer, then posts a broken line by hand.
    const outsider = session.open('role=none');
    expect(outsider.userId).not.toBe(member.userId);
    const outsiderEntry = await submitEntry(outsider.deps, published, {
      a: [1, 1, -1],
      t: [3000, 3000, 30000],
    });
    expect(outsiderEntry.posted).toBe(true);
    await outsider.services.api.call({
      method: 'wall.createComment',
      scopes: ['wall'],
      params: { owner_id: post.ownerId, post_id: post.id, message: `Ещё раз: QZ1.${id}.broken` },
      schema: createCommentResponse,
    });

    // Two more people try their luck: one copies the member's comment word for word, one posts a
    // valid line in the old, unbound QZ1 format (posted in a freshly opened world, which has
    // replayed every comment so far, so the new ids follow them).
    const world = session.open('role=member').bridge.world;
    const commentAs = (fromId: number, text: string) =>
      addComment(world, post, {
        ownerId: post.ownerId,
        postId: post.id,
        fromId,
        date: session.now(),
        text,
        threadId: null,
        replyToUser: null,
        replyToComment: null,
        likes: 0,
      });
    const COPIER = 990_000_001;
    const OLD_CLIENT = 990_000_002;
    const copied = commentAs(COPIER, memberComment?.text ?? '');
    const qz1Line = await sealAnswers(globalThis.crypto.subtle, {
      quizId: id,
      publicKey: record.definition.publicKey,
      answers: memberAnswers,
      random: (n) => globalThis.crypto.getRandomValues(new Uint8Array(n)),
    });
    const unbound = commentAs(OLD_CLIENT, qz1Line);

    // A viewer who refuses the wall access gets the line to paste; nothing is lost.
    const denied = session.open('role=editor&deny=wall');
    const before = commentsOf(denied.bridge.world, post).length;
    const refused = await submitEntry(denied.deps, published, { a: [1, 0, 0], t: [2000, 2000, 2000] });
    if (refused.posted) throw new Error('the refused token posted a comment');
    expect(refused.reason).toBe('refused');
    expect(findSealedLine(refused.line)).toMatchObject({ kind: 'line', quizId: id, line: refused.line });
    expect(commentsOf(denied.bridge.world, post)).toHaveLength(before);
    expect(await myEntry(denied.deps, id)).toMatchObject({ sealedLine: refused.line, postedCommentId: null });
    // They paste it under the post in VK; the app records it, and a new entry is refused.
    const pasted = session.open('role=editor');
    expect(pasted.userId).toBe(denied.userId);
    const manual = await pasted.services.api.call({
      method: 'wall.createComment',
      scopes: ['wall'],
      params: { owner_id: post.ownerId, post_id: post.id, message: refused.line },
      schema: createCommentResponse,
    });
    await markPosted(pasted.deps, id, manual.comment_id);
    await expect(submitEntry(pasted.deps, published, { a: KEY, t: [1, 1, 1] })).rejects.toMatchObject({
      kind: 'already-entered',
    });

    await expect(scoreQuiz(admin.deps, record)).rejects.toMatchObject({ kind: 'not-closed' });
    session.clock.advance((HOUR + 60) * 1000);
    await expect(submitEntry(member.deps, published, memberAnswers)).rejects.toMatchObject({
      kind: 'not-open',
    });

    // After the close: the admin scores, and the result equals the core scorer on the raw comments.
    const closing = session.open('role=admin');
    const stored = await createQuizStore(closing.deps.storage).get(id);
    if (!stored) throw new Error('the record is gone');
    const progress: number[] = [];
    const scored = await scoreQuiz(closing.deps, stored, (p) => progress.push(p.done));
    expect(progress.length).toBeGreaterThan(0);
    expect(phaseOf(scored, session.now())).toBe('scored');
    const raw = commentsOf(closing.bridge.world, post).map((c) => ({
      id: c.id,
      fromId: c.fromId,
      date: c.date,
      text: c.text,
    }));
    const expected = await coreScore(globalThis.crypto.subtle, {
      quiz: {
        id,
        questions: draft(null).questions.map((q) => ({ options: q.options, correct: q.correct })),
        opensAt: DEMO_NOW,
        closesAt: DEMO_NOW + HOUR,
        protocol: 2,
      },
      privateKeyJwk: stored.privateKeyJwk,
      comments: raw,
    });
    expect(scored.results?.score).toEqual(expected);
    expect(scored.results).toMatchObject({
      counts: { entries: expected.results.length, rejected: expected.rejected.length },
      truncated: false,
    });
    expect(await createQuizStore(closing.deps.storage).get(id)).toEqual(scored);
    const memberScore = expected.results.find((r) => r.userId === member.userId);
    expect(memberScore).toMatchObject({ correct: 3, timeMs: 15000, place: 1 });
    expect(expected.results.map((r) => r.userId).sort()).toEqual(
      [member.userId, outsider.userId, denied.userId].sort(),
    );
    expect(expected.rejected).toEqual(
      expect.arrayContaining([
        { commentId: copied.id, reason: `another user's entry (id ${member.userId})` },
        { commentId: unbound.id, reason: 'unbound line (QZ1)' },
      ]),
    );

    // Only the best place goes into the comment; the others find theirs by re-scoring.
    const done = await publishQuizResults(closing.deps, scored, 1);
    expect(phaseOf(done, session.now())).toBe('published');
    await publishQuizResults(closing.deps, scored, 1);
    const resultsComments = commentsOf(closing.bridge.world, post).filter(
      (c) => c.fromId === -GROUP && parseResultsComment(c.text) !== null,
    );
    expect(resultsComments.map((c) => c.id)).toEqual([done.results?.resultsCommentId]);

    const later = session.open('role=member');
    const final = await findPublishedQuiz(later.services.api, { groupId: GROUP, id, postRef });
    const results = final?.results;
    if (!final || !results) throw new Error('the results were not found');
    expect(results.key).toEqual(KEY);
    expect(results.privateKeyJwk).toMatchObject({ kty: 'EC', crv: 'P-256' });
    expect(results.top).toEqual([{ userId: member.userId, correct: 3, timeMs: 15000, place: 1 }]);
    const mine = await myEntry(later.deps, id);
    if (!mine) throw new Error('the entry is gone');
    expect(await myResult(later.deps, final, mine)).toEqual({ correct: 3, timeMs: 15000, place: 1 });

    const outsiderLater = session.open('role=none');
    const outsiderMine = await myEntry(outsiderLater.deps, id);
    if (!outsiderMine) throw new Error('the outsider entry is gone');
    const outsiderExpected = expected.results.find((r) => r.userId === outsider.userId);
    expect(await myResult(outsiderLater.deps, final, outsiderMine)).toEqual({
      correct: outsiderExpected?.correct,
      timeMs: outsiderExpected?.timeMs,
      place: outsiderExpected?.place,
    });

    const listed = await listPublishedQuizzes(later.services.api, GROUP, { now: session.now() });
    expect(listed.find((q) => q.definition.id === id)).toEqual(final);
  });

  it('tells whether the post carries the key, and refuses a post with another key or of another wall', async () => {
    const session = quizSession(GROUP);
    const admin = session.open('role=admin');
    const world = admin.bridge.world;

    const withKey = ownPost(world, GROUP, 1);
    const first = await createQuiz(admin.deps, GROUP, draft(null));
    expect(phaseOf(first, session.now())).toBe('draft');
    withKey.text = `${withKey.text}\n\n${keyLine(first.definition.id, first.definition.publicKey)}`;
    const bound = await bindQuizPost(admin.deps, first, `${withKey.ownerId}_${withKey.id}`);
    expect(bound.keyInPost).toBe(true);
    const found = await findPublishedQuiz(admin.services.api, {
      groupId: GROUP,
      id: first.definition.id,
      postRef: `${withKey.ownerId}_${withKey.id}`,
    });
    expect(found?.keyInPost).toBe(true);

    const forged = ownPost(world, GROUP, 2);
    const second = await createQuiz(admin.deps, GROUP, draft(null));
    forged.text = `${forged.text}\n${keyLine(second.definition.id, first.definition.publicKey)}`;
    const commentsBefore = commentsOf(world, forged).length;
    await expect(bindQuizPost(admin.deps, second, `${forged.ownerId}_${forged.id}`)).rejects.toMatchObject({
      kind: 'key-mismatch',
    });
    expect(commentsOf(world, forged)).toHaveLength(commentsBefore);

    await expect(createQuiz(admin.deps, GROUP, draft('-219000016_1'))).rejects.toMatchObject({
      kind: 'post-not-own',
    });
    await expect(createQuiz(admin.deps, GROUP, draft(`-${GROUP}_1`))).rejects.toMatchObject({
      kind: 'post-not-found',
    });
    const bad = {
      ...draft(null),
      questions: [{ text: 'Вопрос', options: ['да', 'нет'], photo: null, correct: 5 }],
    };
    await expect(createQuiz(admin.deps, GROUP, bad)).rejects.toMatchObject({ kind: 'bad-draft' });
    await expect(
      createQuiz(admin.deps, GROUP, { ...draft(null), closesAt: DEMO_NOW - 60, opensAt: DEMO_NOW - 120 }),
    ).rejects.toMatchObject({ kind: 'bad-draft' });
  });
});
