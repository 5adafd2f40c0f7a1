// The giveaway as anyone can read it: only the community's own comments under the post are trusted.
import {
  commitmentShownByPost,
  joinListReplies,
  looksLikeGiveawayPost,
  parseCommitmentComment,
  parseListReply,
  parseResultComment,
  type GiveawayComment,
  type ParsedListReply,
  type PostRef,
  type PostVersion,
  type PublishedDrawInput,
} from '../../core/giveaway';
import { postRefParts } from '../../core/wall';
import type { VkApi } from '../../vk/api-client';
import { communityComments, readComments, readThread } from '../wall/comments';
import { recentPostComments } from '../wall/recent-comments';
import { announcementPost } from './announcement';
import type { PublishedGiveaway, PublishedResult } from './types';

/**
 * How far back the list looks, and how many posts it reads comments of at most. A giveaway can be
 * bound to any post (its text need not mention it), so every recent post with comments is a
 * candidate; posts that mention a giveaway go first when there are more than the cap.
 */
export const LIST_DAYS = 45;
export const LIST_MAX_POSTS = 60;

interface Published {
  published: PublishedGiveaway;
  /** The result comment's id, for reading its thread. */
  resultCommentId: number | null;
}

/**
 * Every giveaway committed under the post, read from the community's comments (the earliest
 * commitment and the earliest result of each id count). Participants are left null here.
 */
function parsePublished(
  groupId: number,
  postRef: PostRef,
  post: PostVersion,
  comments: readonly GiveawayComment[],
): Published[] {
  const own = communityComments(groupId, comments);
  const found = new Map<string, Published>();
  for (const c of own) {
    const commitment = parseCommitmentComment(c.text);
    if (!commitment || commitment.terms.groupId !== groupId || found.has(commitment.terms.id)) continue;
    found.set(commitment.terms.id, {
      published: {
        terms: commitment.terms,
        postRef,
        commitment: commitment.commitment,
        announcedAt: post.date,
        committedAt: c.date,
        shownByPost: commitmentShownByPost(post, commitment.commitment),
        result: null,
      },
      resultCommentId: null,
    });
  }
  for (const c of own) {
    const parsed = parseResultComment(c.text);
    const entry = parsed ? found.get(parsed.id) : undefined;
    if (!parsed || !entry || entry.published.result) continue;
    const result: PublishedResult = {
      winners: parsed.winners,
      reserves: parsed.reserves,
      secret: parsed.secret,
      participantsCount: parsed.participantsCount,
      listHash: parsed.listHash,
      publishedAt: c.date,
      participants: null,
      listProblem: null,
    };
    entry.published = { ...entry.published, result };
    entry.resultCommentId = c.id;
  }
  return [...found.values()];
}

/** The list from the community's replies in the result comment's thread. */
async function readList(
  api: VkApi,
  groupId: number,
  postRef: PostRef,
  id: string,
  resultCommentId: number,
): Promise<{ participants: number[] | null; listProblem: string | null }> {
  const { ownerId, postId } = postRefParts(postRef);
  const replies = await readThread(api, { ownerId, postId, commentId: resultCommentId });
  const parts: ParsedListReply[] = [];
  for (const reply of replies) {
    if (reply.fromId !== -groupId) continue;
    const part = parseListReply(reply.text);
    if (part && part.id === id) parts.push(part);
  }
  const joined = joinListReplies(id, parts);
  return 'ids' in joined
    ? { participants: joined.ids, listProblem: null }
    : { participants: null, listProblem: joined.problem };
}

async function withList(api: VkApi, groupId: number, entry: Published): Promise<PublishedGiveaway> {
  const { published, resultCommentId } = entry;
  if (!published.result || resultCommentId === null) return published;
  const list = await readList(api, groupId, published.postRef, published.terms.id, resultCommentId);
  return { ...published, result: { ...published.result, ...list } };
}

export async function findPublishedGiveaway(
  api: VkApi,
  { groupId, id, postRef }: { groupId: number; id: string; postRef: PostRef | null },
  options: { now?: number } = {},
): Promise<PublishedGiveaway | null> {
  let ref = postRef;
  if (ref === null) {
    const listed = await listPublishedGiveaways(api, groupId, options);
    ref = listed.find((g) => g.terms.id === id)?.postRef ?? null;
    if (ref === null) return null;
  }
  const { ownerId, postId } = postRefParts(ref);
  if (ownerId !== -groupId) return null;
  // Only the result comment's thread matters; other threads keep just their inline replies. The
  // post (its date, text and last edit) is read alongside: the timing rules need it.
  const [post, comments] = await Promise.all([
    announcementPost(api, ref),
    readComments(api, { ownerId, postId, pageThread: () => false }),
  ]);
  if (post === null) return null;
  const entry = parsePublished(groupId, ref, post, comments).find((e) => e.published.terms.id === id);
  return entry ? withList(api, groupId, entry) : null;
}

/**
 * Giveaways of the page's recent posts, newest first, from the ends of their comment lists
 * (recentPostComments: 60 small posts cost 3 executes). Results come without their participant list (`participants` and `listProblem` null):
 * findPublishedGiveaway reads the list when a giveaway is opened.
 */
export async function listPublishedGiveaways(
  api: VkApi,
  groupId: number,
  options: { now?: number } = {},
): Promise<PublishedGiveaway[]> {
  const recent = await recentPostComments(api, groupId, {
    now: options.now ?? Math.floor(Date.now() / 1000),
    days: LIST_DAYS,
    maxPosts: LIST_MAX_POSTS,
    likely: looksLikeGiveawayPost,
  });
  const perPost = recent.map(({ post, comments }) =>
    parsePublished(
      groupId,
      `${-groupId}_${post.id}`,
      { date: post.date, text: post.text, edited: null },
      comments,
    ).map((e) => e.published),
  );
  return perPost.flat().sort((a, b) => b.committedAt - a.committedAt);
}

/**
 * What «Проверить честность» checks, from what the community published: the commitment counts from
 * the post's date when the post itself shows it, else from the commitment comment's date (which
 * carries the terms and must precede the draw either way). Null before the result.
 */
export function publishedDrawInput(published: PublishedGiveaway): PublishedDrawInput | null {
  const { terms, result } = published;
  if (!result) return null;
  return {
    commitment: published.commitment,
    secret: result.secret,
    postId: published.postRef,
    participants: result.participants,
    participantsCount: result.participantsCount,
    listHash: result.listHash,
    winners: result.winners,
    reserves: result.reserves,
    winnersWanted: terms.winners,
    reservesWanted: terms.reserves,
    announcedAt: published.announcedAt,
    committedAt: published.shownByPost
      ? Math.min(published.announcedAt, published.committedAt)
      : published.committedAt,
    termsAt: published.committedAt,
    drawAt: terms.drawAt,
    publishedAt: result.publishedAt,
  };
}
