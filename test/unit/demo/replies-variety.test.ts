// The demo's comment threads give the replies screen something true to show: computeReplies (core) over
// a month of a few pages' comments, read through the fake API as the app reads them (wall.get, then
// wall.getComments with inline threads, longer threads by comment_id). Pages answer at their own pace
// (src/demo/reply-habits.ts): within minutes, after a day or more, and questions of the last days wait
// for an answer that a later `now` shows.
import { describe, expect, it } from 'vitest';
import { computeReplies } from '../../../src/core/replies';
import type { PostComments, Replies, ReplyComment } from '../../../src/core/replies';
import { monthBounds } from '../../../src/core/time';
import { REGION_IDS } from '../../../src/demo/pages';
import { generateWorld } from '../../../src/demo/world';
import { NOW, ok, rig } from './helpers';
import type { Rig } from './helpers';

const MONTH = '2025-06';
const TIME_ZONE = 'Europe/Moscow';
const DAY_MINUTES = 24 * 60;

interface WireComment {
  id: number;
  from_id: number;
  date: number;
  text: string;
  parents_stack?: number[];
  deleted?: boolean;
  thread?: { count: number; items: WireComment[] };
}

type Call = Rig['call'];

/** Every comment under the post as the fake API lists it, threads flattened. */
async function readComments(call: Call, ownerId: number, postId: number): Promise<ReplyComment[]> {
  const where = { owner_id: ownerId, post_id: postId };
  const out: ReplyComment[] = [];
  const add = (c: WireComment, threadId: number | null) =>
    out.push({ id: c.id, fromId: c.from_id, date: c.date, threadId, deleted: c.deleted === true });
  for (let offset = 0, total = 1; offset < total; offset += 100) {
    const page = ok(
      await call('wall.getComments', { ...where, offset, count: 100, thread_items_count: 10 }),
    ) as { current_level_count: number; items: WireComment[] };
    total = page.current_level_count;
    for (const top of page.items) {
      add(top, null);
      let replies = top.thread?.items ?? [];
      if ((top.thread?.count ?? 0) > replies.length) {
        const thread = ok(await call('wall.getComments', { ...where, comment_id: top.id, count: 100 })) as {
          items: WireComment[];
        };
        replies = thread.items;
      }
      for (const reply of replies) add(reply, reply.parents_stack?.[0] ?? top.id);
    }
  }
  return out;
}

/** The page's posts of the month (and of the week before it), each with its comments. */
async function monthOfComments(call: Call, groupId: number): Promise<PostComments[]> {
  const since = monthBounds(MONTH, TIME_ZONE).startsAt - 7 * 86400;
  const posts: PostComments[] = [];
  for (let offset = 0; ; offset += 100) {
    const wall = ok(await call('wall.get', { owner_id: -groupId, offset, count: 100 })) as {
      items: { id: number; date: number; comments: { count: number } }[];
    };
    for (const post of wall.items) {
      if (post.date < since || post.comments.count === 0) continue;
      posts.push({ postId: `${-groupId}_${post.id}`, comments: await readComments(call, -groupId, post.id) });
    }
    const last = wall.items.at(-1);
    if (!last || last.date < since) return posts;
  }
}

/** The demo world at `now`, read through the fake API one request after another (3 a second). */
function demoAt(now: number) {
  const world = generateWorld({ seed: 1, now });
  const { call } = rig({ world });
  /** The page's replies of the month, and its subscribers' comments of the month listed as deleted. */
  async function repliesOf(groupId: number, markDeleted = true): Promise<Replies & { deleted: number[] }> {
    const managers = world.pageById.get(groupId)?.managers.map((m) => m.id) ?? [];
    const posts = await monthOfComments(call, groupId);
    const { startsAt, endsAt } = monthBounds(MONTH, TIME_ZONE);
    const deleted = posts
      .flatMap((p) => p.comments)
      .filter((c) => c.deleted && c.fromId > 0 && !managers.includes(c.fromId))
      .filter((c) => c.date >= startsAt && c.date < endsAt)
      .map((c) => c.id);
    const input = markDeleted
      ? posts
      : posts.map((p) => ({ ...p, comments: p.comments.map((c) => ({ ...c, deleted: false })) }));
    const replies = computeReplies({
      groupId,
      managers,
      month: MONTH,
      timeZone: TIME_ZONE,
      now,
      posts: input,
    });
    return { ...replies, deleted };
  }
  return { world, repliesOf };
}

describe('replies to subscribers in the demo world', () => {
  const { world, repliesOf } = demoAt(NOW);
  const HEAD = world.headId;
  const COMPLIANT = world.special.compliant;
  const MINISTRY = REGION_IDS[1];

  it('has pages that answer within the hour and one that answers after more than a day', async () => {
    const head = await repliesOf(HEAD);
    const compliant = await repliesOf(COMPLIANT);
    const ministry = await repliesOf(MINISTRY);
    // The district head's page and the exemplary page: someone reads the comments all day.
    for (const fast of [head, compliant]) {
      expect(fast.answered).toBeGreaterThan(10);
      expect(fast.medianReplyMinutes).toBeLessThan(60);
    }
    expect(compliant.answeredPercent).toBeGreaterThan(head.answeredPercent ?? 100);
    // The regional ministry looks every other weekday: its median answer takes more than a day.
    expect(ministry.answered).toBeGreaterThan(5);
    expect(ministry.medianReplyMinutes).toBeGreaterThan(DAY_MINUTES);
    // Thanks and reactions mostly go unanswered, so no page answers everything.
    for (const r of [head, compliant, ministry]) expect(r.unanswered).toBeGreaterThan(0);
  });

  it('has questions of the last days that wait for an answer a later `now` shows', async () => {
    const waiting = (await repliesOf(MINISTRY)).waiting.filter((w) => NOW - w.date < 4 * 86400);
    expect(waiting.length).toBeGreaterThan(0);
    const weekLater = await demoAt(NOW + 7 * 86400).repliesOf(MINISTRY);
    const stillWaiting = new Set(weekLater.waiting.map((w) => w.commentId));
    expect(waiting.filter((w) => !stillWaiting.has(w.commentId)).length).toBeGreaterThan(0);
  });

  it('lists comments deleted after the answer, and does not count them', async () => {
    const head = await repliesOf(HEAD);
    expect(head.deleted.length).toBeGreaterThan(0);
    expect(head.waiting.filter((w) => head.deleted.includes(w.commentId))).toEqual([]);
    // Taken as ordinary comments they would count (each was answered before its author deleted it):
    // the rules leave exactly them out.
    const asIfKept = await repliesOf(HEAD, false);
    expect(asIfKept.comments - head.comments).toBe(head.deleted.length);
    expect(asIfKept.answered - head.answered).toBe(head.deleted.length);
  });
});
