// Replies written in the demo land in the right thread: wall.createComment with reply_to_comment (as the
// page's admin with from_group, or as the community) files the reply under the replied comment's
// top-level comment, and wall.getComments shows it there: parents_stack, thread.items and thread.count
// of the top-level comment, and the thread read by comment_id.
import { describe, expect, it } from 'vitest';
import { commentsOf } from '../../../src/demo/crowd';
import { generateWorld } from '../../../src/demo/world';
import type { DemoComment, DemoPost } from '../../../src/demo/world';
import { NOW, ok, ownPosts, rig } from './helpers';

interface WireComment {
  id: number;
  from_id: number;
  text: string;
  parents_stack: number[];
  reply_to_comment?: number;
  reply_to_user?: number;
  deleted?: boolean;
  thread?: { count: number; items: WireComment[] };
}

/** A post of the head page whose generated comments hold a thread with a reply in it. */
function threadedPost(posts: readonly DemoPost[], comments: (p: DemoPost) => DemoComment[]) {
  for (const post of [...posts].reverse()) {
    const all = comments(post);
    const reply = all.find((c) => c.threadId !== null && !all.some((t) => t.id === c.threadId && t.deleted));
    if (reply) return { post, reply, top: reply.threadId ?? 0 };
  }
  throw new Error('no threaded post');
}

describe('wall.createComment with reply_to_comment', () => {
  it('files replies under the top-level comment, from_group and community token alike', async () => {
    const world = generateWorld({ seed: 1, now: NOW });
    const { api, call } = rig({ world });
    const { post, reply, top } = threadedPost(ownPosts(world, world.headId), (p) => commentsOf(world, p));
    const where = { owner_id: post.ownerId, post_id: post.id };
    const threadBefore = commentsOf(world, post).filter((c) => c.threadId === top).length;

    const asPage = ok(
      await call('wall.createComment', {
        ...where,
        message: 'Уточнили: работы начнутся в понедельник.',
        reply_to_comment: reply.id,
        from_group: 1,
      }),
    ) as { comment_id: number; parents_stack: number[] };
    expect(asPage.parents_stack).toEqual([top]);
    const asCommunity = ok(
      await call(
        'wall.createComment',
        { ...where, message: 'Спасибо, что написали!', reply_to_comment: top },
        api.communityToken(world.headId, []),
      ),
    ) as { comment_id: number; parents_stack: number[] };
    expect(asCommunity.parents_stack).toEqual([top]);

    const listed = ok(await call('wall.getComments', { ...where, count: 100, thread_items_count: 10 })) as {
      count: number;
      items: WireComment[];
    };
    expect(listed.count).toBe(post.comments + 2);
    expect(listed.items.map((c) => c.id)).not.toContain(asPage.comment_id);
    const opener = listed.items.find((c) => c.id === top);
    expect(opener?.thread?.count).toBe(threadBefore + 2);
    // The thread is short enough to come whole with its top-level comment.
    expect(threadBefore + 2).toBeLessThanOrEqual(10);
    expect(opener?.thread?.items.slice(-2)).toMatchObject([
      {
        id: asPage.comment_id,
        from_id: post.ownerId,
        parents_stack: [top],
        reply_to_comment: reply.id,
        reply_to_user: reply.fromId,
      },
      { id: asCommunity.comment_id, from_id: post.ownerId, parents_stack: [top], reply_to_comment: top },
    ]);

    // The thread read by comment_id, in two pages: the replies come last, with their parents_stack.
    const thread: WireComment[] = [];
    for (let offset = 0; offset < threadBefore + 2; offset += 2) {
      const page = ok(await call('wall.getComments', { ...where, comment_id: top, offset, count: 2 })) as {
        count: number;
        items: WireComment[];
      };
      expect(page.count).toBe(threadBefore + 2);
      thread.push(...page.items);
    }
    expect(thread.map((c) => c.id).slice(-2)).toEqual([asPage.comment_id, asCommunity.comment_id]);
    expect(thread.every((c) => c.parents_stack[0] === top)).toBe(true);
  });
});
