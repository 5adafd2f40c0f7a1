// The session journal: what the app changed in the world survives a reload and a later `now` (the
// giveaway end-to-end flow: an admin starts a giveaway, a subscriber reloads and sees it), created ids
// never collide with generated ones, reset=1 forgets the session, and tests without Web Storage keep
// everything in memory.
import { describe, expect, it } from 'vitest';
import { commentsOf, isMember, likersOf } from '../../../src/demo/crowd';
import { journalKey, readJournal } from '../../../src/demo/journal';
import { CREATED_COMMENT_FIRST_ID, setLike } from '../../../src/demo/session';
import { dayStart, generateWorld, windowStartDay } from '../../../src/demo/world';
import type { DemoPost, DemoWorld } from '../../../src/demo/world';
import { NOW, ok, ownPosts, rig } from './helpers';
import { ListingStorage, MemoryStorage, open } from './session-helpers';

const HEAD = 219000001;
const KINDERGARTEN = 219000010;
const world = generateWorld({ seed: 1, now: NOW });
/** An own post of the head page from a few days ago: its comments are all in. */
const POST = ownPosts(world, HEAD)
  .filter((p) => p.date < NOW - 3 * 86400)
  .at(-1) as DemoPost;

interface Comment {
  id: number;
  from_id: number;
  date: number;
  text: string;
}

async function comments(s: Awaited<ReturnType<typeof open>>, post = POST): Promise<Comment[]> {
  const body = (await s.call('wall.getComments', {
    owner_id: post.ownerId,
    post_id: post.id,
    count: 100,
    sort: 'desc',
  })) as { items: Comment[] };
  return body.items;
}

/** An admin session that starts a giveaway: community storage, the community's comment, a user comment. */
async function adminSession(storage: MemoryStorage) {
  const admin = await open('role=admin', storage);
  const { access_token } = (await admin.bridge.send('VKWebAppGetCommunityToken', {
    app_id: 8000001,
    group_id: HEAD,
    scope: 'app_widget',
  })) as { access_token: string };
  const asCommunity = async (method: string, params: Record<string, string | number>) => {
    await admin.clock.sleep(100);
    return (
      (await admin.bridge.send('VKWebAppCallAPIMethod', {
        method,
        params: { ...params, access_token, v: '5.199' },
      })) as { response: unknown }
    ).response;
  };
  await asCommunity('storage.set', { key: 'giveaway_1', value: '{"secret":"abc"}' });
  const commitment = (await asCommunity('wall.createComment', {
    owner_id: POST.ownerId,
    post_id: POST.id,
    message: 'Код честности розыгрыша: 00ff',
    guid: 'commit-1',
  })) as { comment_id: number };
  return { admin, asCommunity, commitment: commitment.comment_id };
}

describe('the session journal', () => {
  it('keeps the admin’s giveaway and the subscriber’s actions across reloads', async () => {
    const storage = new MemoryStorage();
    const { admin, commitment } = await adminSession(storage);
    expect(commitment).toBeGreaterThanOrEqual(CREATED_COMMENT_FIRST_ID);

    // Reload as a subscriber: the community's comment is there, with its id and date.
    const member = await open('role=member', storage);
    expect(member.userId).not.toBe(admin.userId);
    const seen = (await comments(member)).find((c) => c.id === commitment);
    expect(seen).toMatchObject({ from_id: -HEAD, text: 'Код честности розыгрыша: 00ff', date: NOW });

    // The subscriber comments, joins another page and likes the post.
    const mine = (await member.call('wall.createComment', {
      owner_id: POST.ownerId,
      post_id: POST.id,
      message: 'Участвую! [id500000008|Андрей]',
    })) as { comment_id: number };
    expect(mine.comment_id).toBe(commitment + 1);
    await member.bridge.send('VKWebAppJoinGroup', { group_id: KINDERGARTEN });
    setLike(member.bridge.world, POST, member.userId, true);

    // Reload again: everything is there.
    const again = await open('role=member', storage);
    const w = again.bridge.world;
    const top = await comments(again);
    expect(top.slice(0, 2).map((c) => [c.id, c.from_id])).toEqual([
      [mine.comment_id, member.userId],
      [commitment, -HEAD],
    ]);
    expect(isMember(w, KINDERGARTEN, member.userId)).toBe(true);
    expect(likersOf(w, POST)[0]).toBe(member.userId);
    const post = (
      (await again.call('wall.getById', { posts: `${POST.ownerId}_${POST.id}` })) as {
        items: { likes: { count: number; user_likes: number }; comments: { count: number } }[];
      }
    ).items[0];
    expect(post?.likes).toMatchObject({ count: POST.likes + 1, user_likes: 1 });
    expect(post?.comments.count).toBe(POST.comments + 2);

    // VK Storage came back too (the community's namespace, through a community token of the admin).
    const back = await open('role=admin', storage);
    const { access_token } = (await back.bridge.send('VKWebAppGetCommunityToken', {
      app_id: 8000001,
      group_id: HEAD,
      scope: 'app_widget',
    })) as { access_token: string };
    const stored = ok(
      await back.bridge.api.request('storage.get', { key: 'giveaway_1', access_token, v: '5.199' }),
    );
    expect(stored).toEqual([{ key: 'giveaway_1', value: '{"secret":"abc"}' }]);
  });

  it('survives a later `now`: replayed comments keep ids and dates, new ids continue after them', async () => {
    const storage = new MemoryStorage();
    const { commitment } = await adminSession(storage);
    const later = NOW + 5 * 86400;
    const member = await open('role=member', storage, later);
    const found = (await comments(member)).find((c) => c.id === commitment);
    expect(found).toMatchObject({ date: NOW, from_id: -HEAD });
    const next = (await member.call('wall.createComment', {
      owner_id: POST.ownerId,
      post_id: POST.id,
      message: 'Жду итогов',
    })) as { comment_id: number };
    expect(next.comment_id).toBe(commitment + 1);
    const all = commentsOf(member.bridge.world, POST).map((c) => c.id);
    expect(new Set(all).size).toBe(all.length);
    // A retry with the same guid after the reload is still idempotent.
    const admin = await open('role=admin', storage, later);
    const { access_token } = (await admin.bridge.send('VKWebAppGetCommunityToken', {
      app_id: 8000001,
      group_id: HEAD,
      scope: 'app_widget',
    })) as { access_token: string };
    const retry = ok(
      await admin.bridge.api.request('wall.createComment', {
        owner_id: POST.ownerId,
        post_id: POST.id,
        message: 'Код честности розыгрыша: 00ff',
        guid: 'commit-1',
        access_token,
        v: '5.199',
      }),
    );
    expect(retry).toEqual({ comment_id: commitment, parents_stack: [] });
  });

  it('keeps one journal per seed, and replays nothing that does not fit the world', async () => {
    const storage = new MemoryStorage();
    await adminSession(storage);
    expect(readJournal(storage, 1).map((e) => e.kind)).toEqual(['comment']);
    const other = await open('role=member&seed=2', storage);
    expect(other.bridge.world.state.comments.size).toBe(0);
    // An earlier `now` than the post: the comment waits in the journal, it is not shown.
    const early = await open('role=member', storage, POST.date - 86400);
    expect(early.bridge.world.state.comments.size).toBe(0);
    expect(readJournal(storage, 1)).toHaveLength(1);
  });

  it('ignores a damaged journal and keeps the entries that still parse', async () => {
    const storage = new MemoryStorage();
    storage.setItem(journalKey(1), '{not json');
    const s = await open('role=admin', storage);
    expect(s.bridge.world.state.comments.size).toBe(0);
    storage.setItem(
      journalKey(1),
      JSON.stringify({
        v: 1,
        entries: [
          { kind: 'join', groupId: KINDERGARTEN, userId: 500000008 },
          { kind: 'join', groupId: 'x' },
          { kind: 'teleport' },
        ],
      }),
    );
    const t = await open('role=admin', storage);
    expect(isMember(t.bridge.world, KINDERGARTEN, 500000008)).toBe(true);
  });

  it('reset=1 forgets the journal and the demo’s VK Storage, and nothing else', async () => {
    for (const storage of [new MemoryStorage(), new ListingStorage()]) {
      await adminSession(storage);
      const admin = await open('role=admin', storage);
      await admin.bridge.send('VKWebAppStorageSet', { key: 'draft', value: 'черновик' });
      storage.setItem('another-app:key', 'kept');
      const fresh = await open('role=admin&reset=1', storage);
      expect(fresh.bridge.world.state.comments.size).toBe(0);
      expect(await fresh.bridge.send('VKWebAppStorageGet', { keys: ['draft'] })).toEqual({
        keys: [{ key: 'draft', value: '' }],
      });
      expect([...storage.items.keys()]).toEqual(['another-app:key']);
      // The new session records again.
      await fresh.bridge.send('VKWebAppJoinGroup', { group_id: KINDERGARTEN });
      expect(readJournal(storage, 1).map((e) => e.kind)).toEqual(['join']);
    }
  });

  it('stays in memory without Web Storage (the fake API alone, as tests and the CLI use it)', async () => {
    const r = rig();
    const made = ok(
      await r.call('wall.createComment', { owner_id: POST.ownerId, post_id: POST.id, message: 'Тест' }),
    ) as { comment_id: number };
    expect(r.world.state.record).toBeNull();
    expect(commentsOf(r.world, POST).at(-1)?.id).toBe(made.comment_id);
  });
});

/** Published posts of the district pages dated from `since` to `until`. */
function postsBetween(w: DemoWorld, since: number, until: number): DemoPost[] {
  return w.pages
    .filter((p) => p.district)
    .flatMap((p) => w.walls.get(p.id) ?? [])
    .filter((p) => p.state === 'published' && p.date >= since && p.date <= until);
}

describe('ids as time moves on', () => {
  it('keeps the ids of posts and of their comments published before the earlier `now`', () => {
    const later = generateWorld({ seed: 1, now: NOW + 9 * 86400 });
    const since = dayStart(windowStartDay(later.now));
    const before = postsBetween(world, since, NOW);
    expect(before.length).toBeGreaterThan(500);
    const after = new Map(postsBetween(later, since, later.now).map((p) => [`${p.ownerId}_${p.id}`, p]));
    let compared = 0;
    for (const p of before) {
      const q = after.get(`${p.ownerId}_${p.id}`);
      expect(q?.date, `post ${p.ownerId}_${p.id}`).toBe(p.date);
      if (!q) continue;
      const earlier = commentsOf(world, p).map((c) => [c.id, c.date]);
      const now = new Map(commentsOf(later, q).map((c) => [c.id, c.date]));
      for (const [id, date] of earlier) expect(now.get(id as number)).toBe(date);
      compared += earlier.length;
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('never reaches the created comments’ ids, years later', () => {
    const far = generateWorld({ seed: 1, now: NOW + 10 * 365 * 86400 });
    let max = 0;
    for (const wall of far.walls.values())
      for (const p of wall) max = Math.max(max, p.id + p.plannedComments);
    expect(max).toBeGreaterThan(0);
    expect(max).toBeLessThan(CREATED_COMMENT_FIRST_ID);
  });
});
