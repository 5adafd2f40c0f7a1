// The admin's quiz from draft to published results. Every step saves before it publishes and
// publishes with a guid, so an interrupted step is resumed by calling it again: no comment appears
// twice and published results never change.
import { postRefParts } from '../../core/wall';
import {
  definitionCommentTexts,
  definitionPartCount,
  draftProblems,
  generateQuizKeys,
  newQuizId,
  parseKeyLine,
  QUIZ_PROTOCOL,
  quizLink,
  quizProtocol,
  resultsCommentText,
  scoreQuiz as scoreEntries,
  type AnswerKey,
  type PostRef,
  type QuizDefinition,
} from '../../core/quiz';
import { nowSeconds } from '../../vk/clock';
import { loadPageSettings } from '../page-settings';
import { readComments } from '../wall/comments';
import { publishedPost } from '../wall/posts';
import { fetchNames } from '../wall/users';
import { postQuizComment } from './community-comment';
import type { QuizDeps } from './deps';
import { QuizError } from './errors';
import { createQuizStore } from './store';
import type { QuizDraft, QuizPhase, QuizProgress, QuizRecord } from './types';

/** Every definition comment is published under the bound post. */
export function definitionPublished(record: QuizRecord): boolean {
  return (
    record.postRef !== null &&
    record.definitionCommentId !== null &&
    record.definitionPartsPosted >= definitionPartCount(record.definition)
  );
}

export function phaseOf(record: QuizRecord, now: number): QuizPhase {
  if (record.results) return record.results.resultsCommentId !== null ? 'published' : 'scored';
  // A partly published definition is still a draft: binding the same post again resumes it.
  if (!definitionPublished(record)) return 'draft';
  const { opensAt, closesAt } = record.definition;
  if (now < opensAt) return 'scheduled';
  return now <= closesAt ? 'open' : 'closed';
}

function checkDraft(draft: QuizDraft, definition: QuizDefinition, now: number): void {
  const problems = draftProblems(
    definition,
    draft.questions.map((q) => q.correct),
    now,
  );
  if (problems.length > 0) throw new QuizError('bad-draft', problems.join('; '));
}

export async function createQuiz(deps: QuizDeps, groupId: number, draft: QuizDraft): Promise<QuizRecord> {
  const now = nowSeconds(deps.clock);
  const keys = await generateQuizKeys(deps.subtle);
  const definition: QuizDefinition = {
    id: newQuizId(deps.random(9)),
    groupId,
    title: draft.title.trim(),
    prize: draft.prize.trim(),
    questions: draft.questions.map((q) => ({
      text: q.text.trim(),
      options: q.options.map((o) => o.trim()),
      photo: q.photo,
    })),
    secondsPerQuestion: draft.secondsPerQuestion,
    opensAt: draft.opensAt,
    closesAt: draft.closesAt,
    publicKey: keys.publicKey,
    // Every new quiz binds its entries to their authors (QZ2).
    protocol: QUIZ_PROTOCOL,
  };
  checkDraft(draft, definition, now);
  const record: QuizRecord = {
    definition,
    key: draft.questions.map((q) => q.correct),
    privateKeyJwk: keys.privateKeyJwk,
    postRef: null,
    keyInPost: false,
    definitionCommentId: null,
    definitionPartsPosted: 0,
    createdAt: now,
    results: null,
  };
  await createQuizStore(deps.storage).save(record);
  return draft.postRef === null ? record : bindQuizPost(deps, record, draft.postRef);
}

/** The post's text, when it is a published post of this page's wall. */
async function ownPostText(deps: QuizDeps, groupId: number, postRef: PostRef): Promise<string> {
  const { ownerId } = postRefParts(postRef);
  if (ownerId !== -groupId) throw new QuizError('post-not-own');
  const post = await publishedPost(deps.api, postRef);
  if (!post) throw new QuizError('post-not-found');
  return post.text ?? '';
}

/**
 * Binds the quiz post and publishes the definition comments: part 1 under the post, then parts
 * 2..k as replies to it. A post carrying this quiz's QZK1 line with another key is refused; a post
 * without the line is accepted (`keyInPost` false: the key is then published by the definition
 * alone, and the screen tells the admin). Progress is saved after each comment and every comment has
 * a guid, so calling it again with the same post resumes an interrupted publication.
 */
export async function bindQuizPost(
  deps: QuizDeps,
  record: QuizRecord,
  postRef: PostRef,
): Promise<QuizRecord> {
  const { definition } = record;
  if (record.definitionCommentId !== null) {
    if (record.postRef !== postRef)
      throw new QuizError('bad-draft', 'The definition is already published under another post');
    if (definitionPublished(record)) return record;
  }
  if (nowSeconds(deps.clock) >= definition.closesAt) throw new QuizError('bad-draft', 'closesAt has passed');
  const store = createQuizStore(deps.storage);
  let current = record;
  const save = async (next: QuizRecord) => {
    current = next;
    await store.save(next);
  };
  if (current.definitionCommentId === null) {
    const text = await ownPostText(deps, definition.groupId, postRef);
    const line = parseKeyLine(text);
    if (line && line.id === definition.id && line.publicKey !== definition.publicKey) {
      throw new QuizError('key-mismatch');
    }
    await save({ ...current, postRef, keyInPost: line?.id === definition.id });
  }
  const { timeZone } = await loadPageSettings(deps.userStorage, definition.groupId);
  const texts = definitionCommentTexts(
    definition,
    quizLink(deps.appId, definition.groupId, definition.id, postRef),
    timeZone,
  );
  const postId = postRefParts(postRef).postId;
  let head = current.definitionCommentId;
  if (head === null) {
    head = await postQuizComment(deps.api, {
      groupId: definition.groupId,
      postId,
      message: texts[0] ?? '',
      guid: `qz-${definition.id}-d`,
    });
    await save({ ...current, definitionCommentId: head, definitionPartsPosted: 1 });
  }
  for (let part = Math.max(current.definitionPartsPosted, 1) + 1; part <= texts.length; part++) {
    await postQuizComment(deps.api, {
      groupId: definition.groupId,
      postId,
      message: texts[part - 1] ?? '',
      guid: `qz-${definition.id}-d${part}`,
      replyTo: head,
    });
    await save({ ...current, definitionPartsPosted: part });
  }
  return current;
}

/** The quiz as the core scorer takes it: the definition with the answer key and its protocol. */
export function scoredQuiz(definition: QuizDefinition, key: AnswerKey) {
  return {
    id: definition.id,
    questions: definition.questions.map((q, i) => ({ options: q.options, correct: key[i] ?? -1 })),
    opensAt: definition.opensAt,
    closesAt: definition.closesAt,
    protocol: quizProtocol(definition),
  };
}

/** Every comment under the post, thread replies included, as the scorer reads them. */
export async function quizComments(
  deps: Pick<QuizDeps, 'api'>,
  postRef: PostRef,
  onProgress?: (p: QuizProgress) => void,
) {
  const { ownerId, postId } = postRefParts(postRef);
  return readComments(deps.api, {
    ownerId,
    postId,
    onProgress: onProgress && ((done, total) => onProgress({ done, total })),
  });
}

/**
 * Decrypts and scores every entry after closesAt; published results are never re-scored. A score too
 * large for VK Storage keeps its first 500 results (`truncated`), which is all publishing needs.
 */
export async function scoreQuiz(
  deps: QuizDeps,
  record: QuizRecord,
  onProgress?: (p: QuizProgress) => void,
): Promise<QuizRecord> {
  if (record.results?.resultsCommentId !== undefined && record.results.resultsCommentId !== null)
    return record;
  const { definition, postRef } = record;
  if (postRef === null || !definitionPublished(record)) throw new QuizError('not-bound');
  if (nowSeconds(deps.clock) <= definition.closesAt) throw new QuizError('not-closed');
  const comments = await quizComments(deps, postRef, onProgress);
  const score = await scoreEntries(deps.subtle, {
    quiz: scoredQuiz(definition, record.key),
    privateKeyJwk: record.privateKeyJwk,
    comments,
  });
  const store = createQuizStore(deps.storage);
  // The score first: a record with results always has its score stored.
  const kept = await store.saveScore(definition.id, score);
  const scored: QuizRecord = {
    ...record,
    results: { scoredAt: nowSeconds(deps.clock), ...kept, resultsCommentId: null },
  };
  await store.save(scored);
  return scored;
}

/** Publishes the results comment (top `topN` places, the key and the private key); scores first if needed. */
export async function publishQuizResults(deps: QuizDeps, record: QuizRecord, topN = 10): Promise<QuizRecord> {
  const scored = record.results ? record : await scoreQuiz(deps, record);
  const { definition, postRef, results } = scored;
  if (!results || postRef === null) throw new QuizError('not-bound');
  if (results.resultsCommentId !== null) return scored;
  const top = results.score.results.filter((r) => r.place <= topN);
  const names = await fetchNames(
    deps.api,
    top.map((r) => r.userId),
  );
  const commentId = await postQuizComment(deps.api, {
    groupId: definition.groupId,
    postId: postRefParts(postRef).postId,
    message: resultsCommentText({
      definition,
      key: scored.key,
      privateKeyJwk: scored.privateKeyJwk,
      top,
      names,
      link: quizLink(deps.appId, definition.groupId, definition.id, postRef),
    }),
    guid: `qz-${definition.id}-r`,
  });
  const published: QuizRecord = { ...scored, results: { ...results, resultsCommentId: commentId } };
  await createQuizStore(deps.storage).save(published);
  return published;
}
