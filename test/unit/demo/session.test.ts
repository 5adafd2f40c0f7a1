// Session changes in every answer: likes and reposts made during the session show in wall.get,
// wall.getById and likes.getList (counts, user_likes, user_reposted, the lists); JoinGroup and
// LeaveGroup change membership everywhere and are journaled; VKWebAppOpenWallPost without a DOM.
import { describe, expect, it } from 'vitest';
import { isMember, likersOf, membersCount, repostersOf } from '../../../src/demo/crowd';
import { readJournal } from '../../../src/demo/journal';
import { addRepost, setLike } from '../../../src/demo/session';
import { generateWorld } from '../../../src/demo/world';
import type { DemoPost } from '../../../src/demo/world';
import { NOW, ok, ownPosts, rig } from './helpers';
import { MemoryStorage, open } from './session-helpers';

const GYM = 219000006;

interface WirePost {
  id: number;
  likes: { count: number; user_likes: number };
  reposts: { count: number; user_reposted: number };
}

describe('likes and reposts made during the session', () => {
  it('show in wall.get, wall.getById and likes.getList, and go away when the like is withdrawn', async () => {
    const r = rig({ world: generateWorld({ seed: 1, now: NOW }) });
    const viewer = r.world.viewerId;
    const post = ownPosts(r.world, GYM)
      .filter((p) => !likersOf(r.world, p).includes(viewer) && !repostersOf(r.world, p).includes(viewer))
      .at(-1) as DemoPost;
    const read = async () => {
      const wall = ok(await r.call('wall.get', { owner_id: -GYM, count: 100 })) as { items: WirePost[] };
      const byId = ok(await r.call('wall.getById', { posts: `${post.ownerId}_${post.id}` })) as {
        items: WirePost[];
      };
      const likes = ok(
        await r.call('likes.getList', {
          type: 'post',
          owner_id: post.ownerId,
          item_id: post.id,
          count: 1000,
        }),
      ) as { count: number; items: number[] };
      const copies = ok(
        await r.call('likes.getList', {
          type: 'post',
          owner_id: post.ownerId,
          item_id: post.id,
          filter: 'copies',
          count: 1000,
        }),
      ) as { count: number; items: number[] };
      const inWall = wall.items.find((x) => x.id === post.id);
      expect(byId.items[0]).toEqual(inWall);
      return { post: inWall as WirePost, likes, copies };
    };
    const before = await read();
    expect(before.post.likes).toMatchObject({ count: post.likes, user_likes: 0 });
    expect(before.post.reposts).toEqual({ count: post.reposts, user_reposted: 0 });

    expect(setLike(r.world, post, viewer, true)).toBe(true);
    expect(addRepost(r.world, post, viewer)).toBe(true);
    expect(addRepost(r.world, post, viewer)).toBe(false);
    const after = await read();
    expect(after.post.likes).toMatchObject({ count: post.likes + 1, user_likes: 1 });
    expect(after.post.reposts).toEqual({ count: post.reposts + 1, user_reposted: 1 });
    expect(after.likes.count).toBe(post.likes + 1);
    expect(after.likes.items[0]).toBe(viewer);
    expect(after.copies.count).toBe(post.reposts + 1);
    expect(after.copies.items[0]).toBe(viewer);

    expect(setLike(r.world, post, viewer, false)).toBe(true);
    const undone = await read();
    expect(undone.post.likes).toMatchObject({ count: post.likes, user_likes: 0 });
    expect(undone.likes.items).not.toContain(viewer);
  });

  it('lets a generated liker withdraw their like', () => {
    const w = generateWorld({ seed: 1, now: NOW });
    const post = ownPosts(w, GYM).find((p) => likersOf(w, p).some((id) => id > 0)) as DemoPost;
    const liker = likersOf(w, post).find((id) => id > 0) as number;
    expect(setLike(w, post, liker, true)).toBe(false);
    expect(setLike(w, post, liker, false)).toBe(true);
    expect(likersOf(w, post)).not.toContain(liker);
    expect(likersOf(w, post)).toHaveLength(post.likes - 1);
    expect(setLike(w, post, liker, true)).toBe(true);
    expect(likersOf(w, post)).toHaveLength(post.likes);
  });

  it('are journaled and replayed', async () => {
    const storage = new MemoryStorage();
    const s = await open('role=member&group=219000006', storage);
    const post = ownPosts(s.bridge.world, GYM).at(-3) as DemoPost;
    const hadLiked = likersOf(s.bridge.world, post).includes(s.userId);
    setLike(s.bridge.world, post, s.userId, !hadLiked);
    addRepost(s.bridge.world, post, s.userId);
    expect(readJournal(storage, 1).map((e) => e.kind)).toEqual(['like', 'repost']);
    const again = await open('role=member&group=219000006', storage);
    expect(likersOf(again.bridge.world, post).includes(s.userId)).toBe(!hadLiked);
    expect(repostersOf(again.bridge.world, post)[0]).toBe(s.userId);
  });
});

describe('VKWebAppJoinGroup and VKWebAppLeaveGroup', () => {
  it('change membership in every answer and are journaled', async () => {
    const storage = new MemoryStorage();
    const s = await open('role=member&group=219000010', storage);
    const w = s.bridge.world;
    const base = membersCount(w, 219000010);
    expect(isMember(w, 219000010, s.userId)).toBe(true);
    expect(await s.bridge.send('VKWebAppLeaveGroup', { group_id: 219000010 })).toEqual({ result: true });
    expect(await s.call('groups.isMember', { group_id: 219000010, user_id: s.userId })).toBe(0);
    const byId = (await s.call('groups.getById', { group_id: 219000010, fields: 'members_count' })) as {
      groups: { members_count: number }[];
    };
    expect(byId.groups[0]?.members_count).toBe(base - 1);
    const members = (await s.call('groups.getMembers', { group_id: 219000010 })) as {
      count: number;
      items: number[];
    };
    expect(members.count).toBe(base - 1);
    expect(members.items).not.toContain(s.userId);

    // Reload: still out; join again (the page's "subscribe" button), reload: in.
    const out = await open('role=none&group=219000010', storage);
    expect(isMember(out.bridge.world, 219000010, s.userId)).toBe(false);
    await s.bridge.send('VKWebAppJoinGroup', { group_id: 219000010 });
    const back = await open('role=none&group=219000010', storage);
    expect(isMember(back.bridge.world, 219000010, s.userId)).toBe(true);
    expect(membersCount(back.bridge.world, 219000010)).toBe(base);
    expect(readJournal(storage, 1).map((e) => e.kind)).toEqual(['leave', 'join']);
    // Leaving twice: the second time changes nothing and records nothing.
    const wasMember = isMember(w, 219000003, s.userId);
    await s.bridge.send('VKWebAppLeaveGroup', { group_id: 219000003 });
    await s.bridge.send('VKWebAppLeaveGroup', { group_id: 219000003 });
    expect(isMember(w, 219000003, s.userId)).toBe(false);
    expect(readJournal(storage, 1)).toHaveLength(wasMember ? 3 : 2);
    expect(await s.bridge.send('VKWebAppLeaveGroup', { group_id: 5 }).catch((e: unknown) => e)).toMatchObject(
      { error_type: 'client_error', error_data: { error_code: 5 } },
    );
  });
});

describe('VKWebAppOpenWallPost without a DOM', () => {
  it('records the post and resolves at once; an unknown post is refused', async () => {
    const s = await open('role=member', new MemoryStorage());
    const post = ownPosts(s.bridge.world, 219000001).at(-1) as DemoPost;
    expect(await s.bridge.send('VKWebAppOpenWallPost', { owner_id: post.ownerId, post_id: post.id })).toEqual(
      {
        result: true,
      },
    );
    expect(s.bridge.openedPosts).toEqual([`${post.ownerId}_${post.id}`]);
    expect(
      await s.bridge
        .send('VKWebAppOpenWallPost', { owner_id: post.ownerId, post_id: 7 })
        .catch((e: unknown) => e),
    ).toMatchObject({ error_type: 'client_error', error_data: { error_code: 5 } });
    expect(s.bridge.openedPosts).toHaveLength(1);
  });
});
