// The quiz as anyone can read it: only the community's own comments under the post (QZD1, QZR1) and
// the community's own post text (QZK1) are trusted. A definition longer than one comment continues
// in the community's replies to its part 1 (docs/quiz.md): that thread is read when the part count
// says so.
import { postRefParts, type WallComment } from '../../core/wall';
import {
  DEFINITION_READ_PROBLEMS,
  joinDefinitionParts,
  looksLikeQuizPost,
  parseDefinitionPart,
  parseKeyLine,
  parseResultsComment,
  privateKeyMatches,
  RESULTS_KEY_MISMATCH,
  type DefinitionPart,
  type PostRef,
  type QuizDefinition,
} from '../../core/quiz';
import type { VkApi } from '../../vk/api-client';
import { VkApiError } from '../../vk/errors';
import { wallGetByIdResponse } from '../../vk/wire-posts';
import { communityComments, readComments, readThread } from '../wall/comments';
import { recentPostComments } from '../wall/recent-comments';
import type { PublishedQuiz } from './types';

/** How far back the list looks, and how many posts it reads comments of at most. */
export const QUIZ_LIST_DAYS = 45;
export const QUIZ_LIST_MAX_POSTS = 60;

interface OwnPostText {
  text: string;
  /** Posted by the community itself (only then is its QZK1 line trusted). */
  byCommunity: boolean;
}

/** A quiz whose definition could not be read: it is not shown; the problem is for logs. */
export interface BrokenQuizDefinition {
  id: string;
  postRef: PostRef;
  /** Russian, as joinDefinitionParts words it. */
  problem: string;
}

/** A results comment that was not taken: its private key is not the quiz's (a forgery or a mix-up). */
export interface IgnoredQuizResults {
  id: string;
  postRef: PostRef;
  commentId: number;
  /** Russian, for logs. */
  problem: string;
}

export interface FindQuizOptions {
  now?: number;
  /** Told about each quiz left out because its definition is broken (missing or conflicting parts). */
  onBrokenDefinition?: (broken: BrokenQuizDefinition) => void;
  /** Told about each results comment passed over because its key does not match the quiz's. */
  onIgnoredResults?: (ignored: IgnoredQuizResults) => void;
}

function keyInPost(post: OwnPostText | null, id: string, publicKey: string): boolean {
  if (!post?.byCommunity) return false;
  const line = parseKeyLine(post.text);
  return line !== null && line.id === id && line.publicKey === publicKey;
}

/** The community's parts of quiz `id` among the replies to its part 1 (`commentId`). */
async function threadParts(
  api: VkApi,
  groupId: number,
  postRef: PostRef,
  id: string,
  commentId: number,
): Promise<DefinitionPart[]> {
  const { ownerId, postId } = postRefParts(postRef);
  const replies = await readThread(api, { ownerId, postId, commentId });
  const parts: DefinitionPart[] = [];
  for (const reply of replies) {
    // Anyone can reply in the thread: only the community's replies are parts.
    if (reply.fromId !== -groupId) continue;
    const part = parseDefinitionPart(reply.text);
    if (part && part.id === id) parts.push(part);
  }
  return parts;
}

/** The definition that starts with `head` (part 1), reading its thread when it has more parts. */
async function definitionFrom(
  api: VkApi,
  groupId: number,
  postRef: PostRef,
  head: { part: DefinitionPart; commentId: number },
): Promise<QuizDefinition | { problem: string }> {
  const { id, total } = head.part;
  let replies: DefinitionPart[] = [];
  if (total > 1) {
    try {
      replies = await threadParts(api, groupId, postRef, id, head.commentId);
    } catch (err) {
      // VK refused the thread (the comment was deleted meanwhile…): the definition cannot be read.
      if (!(err instanceof VkApiError)) throw err;
      return { problem: DEFINITION_READ_PROBLEMS.threadUnreadable(err.message) };
    }
  }
  const joined = joinDefinitionParts(id, [head.part, ...replies]);
  if ('problem' in joined) return joined;
  return joined.groupId === groupId ? joined : { problem: DEFINITION_READ_PROBLEMS.otherCommunity };
}

/**
 * Every quiz defined under the post: the earliest community comment carrying part 1 of each id
 * starts its definition; the earliest results comment of each id counts. A quiz whose definition is
 * broken is left out (reported to `onBrokenDefinition`), and a results comment whose private key is not
 * the quiz's is passed over (reported to `onIgnoredResults`).
 */
async function readPublished(
  api: VkApi,
  groupId: number,
  postRef: PostRef,
  post: OwnPostText | null,
  comments: readonly WallComment[],
  report: Pick<FindQuizOptions, 'onBrokenDefinition' | 'onIgnoredResults'>,
): Promise<PublishedQuiz[]> {
  const own = communityComments(groupId, comments);
  const heads = new Map<string, { part: DefinitionPart; commentId: number; date: number }>();
  for (const c of own) {
    const part = parseDefinitionPart(c.text);
    if (part?.part === 1 && !heads.has(part.id)) heads.set(part.id, { part, commentId: c.id, date: c.date });
  }
  const found = new Map<string, PublishedQuiz>();
  const definitions = await Promise.all(
    [...heads.values()].map(async (head) => ({
      head,
      read: await definitionFrom(api, groupId, postRef, head),
    })),
  );
  for (const { head, read } of definitions) {
    if ('problem' in read) {
      report.onBrokenDefinition?.({ id: head.part.id, postRef, problem: read.problem });
      continue;
    }
    found.set(read.id, {
      definition: read,
      postRef,
      definedAt: head.date,
      keyInPost: keyInPost(post, read.id, read.publicKey),
      results: null,
    });
  }
  for (const c of own) {
    const parsed = parseResultsComment(c.text);
    const quiz = parsed ? found.get(parsed.id) : undefined;
    if (!parsed || !quiz || quiz.results) continue;
    // Anyone re-scores with this key: one that cannot open the quiz's entries is not its results.
    if (!privateKeyMatches(quiz.definition.publicKey, parsed.privateKeyJwk)) {
      report.onIgnoredResults?.({ id: parsed.id, postRef, commentId: c.id, problem: RESULTS_KEY_MISMATCH });
      continue;
    }
    quiz.results = {
      key: parsed.correct,
      privateKeyJwk: parsed.privateKeyJwk,
      top: parsed.top,
      publishedAt: c.date,
    };
  }
  return [...found.values()];
}

async function postText(api: VkApi, groupId: number, postRef: PostRef): Promise<OwnPostText | null> {
  const { items } = await api.call({
    method: 'wall.getById',
    params: { posts: postRef },
    schema: wallGetByIdResponse,
    pick: { items: ['id', 'owner_id', 'from_id', 'date', 'text'] },
    label: `wall${postRef}`,
  });
  const post = items[0];
  if (!post) return null;
  return { text: post.text ?? '', byCommunity: (post.from_id ?? post.owner_id) === -groupId };
}

export async function findPublishedQuiz(
  api: VkApi,
  { groupId, id, postRef }: { groupId: number; id: string; postRef: PostRef | null },
  options: FindQuizOptions = {},
): Promise<PublishedQuiz | null> {
  // Only this quiz's problems are reported.
  const report = {
    onBrokenDefinition: (broken: BrokenQuizDefinition) => {
      if (broken.id === id) options.onBrokenDefinition?.(broken);
    },
    onIgnoredResults: (ignored: IgnoredQuizResults) => {
      if (ignored.id === id) options.onIgnoredResults?.(ignored);
    },
  };
  let ref = postRef;
  if (ref === null) {
    const listed = await listPublishedQuizzes(api, groupId, {
      now: options.now,
      ...report,
    });
    ref = listed.find((q) => q.definition.id === id)?.postRef ?? null;
    if (ref === null) return null;
  }
  const { ownerId, postId } = postRefParts(ref);
  if (ownerId !== -groupId) return null;
  // The community's lines are top-level comments (the definition's thread is read on its own):
  // other threads keep just their inline replies.
  const [post, comments] = await Promise.all([
    postText(api, groupId, ref),
    readComments(api, { ownerId, postId, pageThread: () => false }),
  ]);
  const quizzes = await readPublished(api, groupId, ref, post, comments, report);
  return quizzes.find((q) => q.definition.id === id) ?? null;
}

/**
 * Quizzes of the page's recent posts, newest first, from the ends of their comment lists
 * (recentPostComments: the definition among the first, the results among the last), then the thread
 * of each definition longer than one comment.
 */
export async function listPublishedQuizzes(
  api: VkApi,
  groupId: number,
  options: FindQuizOptions = {},
): Promise<PublishedQuiz[]> {
  const recent = await recentPostComments(api, groupId, {
    now: options.now ?? Math.floor(Date.now() / 1000),
    days: QUIZ_LIST_DAYS,
    maxPosts: QUIZ_LIST_MAX_POSTS,
    likely: looksLikeQuizPost,
  });
  const perPost = await Promise.all(
    recent.map(({ post, comments }) => {
      const own = { text: post.text, byCommunity: (post.fromId ?? -groupId) === -groupId };
      return readPublished(api, groupId, `${-groupId}_${post.id}`, own, comments, options);
    }),
  );
  return perPost.flat().sort((a, b) => b.definedAt - a.definedAt);
}
