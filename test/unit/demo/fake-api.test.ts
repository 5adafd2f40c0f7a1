// The fake VK API's semantics: tokens and scopes, rate limits on the virtual clock, fault injection,
// execute, and the methods the features rely on (pagination, comments, likes, members, storage, widget).
import { describe, expect, it } from 'vitest';
import { commentsOf, isMember, likersOf, membersOf } from '../../../src/demo/crowd';
import { FakeNetworkError, createFakeVk } from '../../../src/demo/fake-api';
import type { ApiBody, FaultOptions } from '../../../src/demo/fake-api';
import { generateWorld } from '../../../src/demo/world';
import { VirtualClock } from '../../../src/vk/clock';
import { NOW, V, errorCode, ok, ownPosts, published, rig } from './helpers';

const world = generateWorld({ seed: 1, now: NOW });
const HEAD = world.headId;
const GYM = world.special.compliant;

describe('tokens', () => {
  const { api, call } = rig({ world });

  it('issues opaque demo tokens that never look like real VK tokens', () => {
    const user = api.userToken(world.viewerId, ['stats', 'groups']);
    const community = api.communityToken(HEAD, ['app_widget']);
    expect(user).toMatch(/^demo-user\.500000001\.groups-stats\.[0-9a-z]+$/);
    expect(community).toMatch(/^demo-community\.219000001\.app_widget\.[0-9a-z]+$/);
    expect(api.userToken(world.viewerId, [])).toMatch(/^demo-user\.500000001\.basic\./);
    expect(`${user}${community}`).not.toContain('vk1.a.');
    expect(() => api.userToken(world.viewerId, ['everything'])).toThrow(RangeError);
    expect(() => api.communityToken(HEAD, ['stats'])).toThrow(RangeError);
  });

  it('answers error 5 to a missing, forged, tampered or foreign-seed token', async () => {
    const good = api.userToken(world.viewerId, ['stats']);
    const tampered = good.replace('.stats.', '.groups-stats.');
    const otherSeed = createFakeVk(generateWorld({ seed: 2, now: NOW }), {
      clock: new VirtualClock(0),
    }).userToken(world.viewerId, ['stats']);
    for (const token of ['', 'vk1.a.abc', tampered, otherSeed, 'demo-user.1.basic.abc']) {
      expect(errorCode(await call('users.get', {}, token)), token).toBe(5);
    }
    expect(ok(await call('users.get', {}, good))).toHaveLength(1);
  });

  it('refuses community tokens on user-only methods with error 27, and user tokens on the widget', async () => {
    const community = api.communityToken(HEAD, ['app_widget']);
    const post = ownPosts(world, HEAD).at(-1);
    if (!post) throw new Error('no post');
    const userOnly: [string, Record<string, string | number>][] = [
      ['wall.get', { owner_id: -HEAD }],
      ['wall.getById', { posts: `${post.ownerId}_${post.id}` }],
      ['wall.getComments', { owner_id: post.ownerId, post_id: post.id }],
      ['likes.getList', { type: 'post', owner_id: post.ownerId, item_id: post.id }],
      ['stats.get', { group_id: HEAD }],
      ['groups.get', { filter: 'admin' }],
    ];
    for (const [method, params] of userOnly)
      expect(errorCode(await call(method, params, community)), method).toBe(27);
    expect(
      errorCode(
        await call(
          'appWidgets.update',
          { type: 'text', code: 'return {"title": "x"};' },
          api.userToken(world.viewerId, []),
        ),
      ),
    ).toBe(15);
    for (const [method, params] of [
      ['groups.getById', {}],
      ['groups.isMember', { user_id: world.viewerId }],
      ['users.get', { user_ids: world.viewerId }],
      ['storage.getKeys', {}],
      ['execute', { code: 'return 1;' }],
    ] as const) {
      expect(errorCode(await call(method, params, community)), method).toBeNull();
    }
  });

  it('needs the scopes VK needs: stats, groups, wall (scheduled posts, user comments); app_widget', async () => {
    const bare = api.userToken(world.viewerId, []);
    const post = ownPosts(world, HEAD).at(-1);
    if (!post) throw new Error('no post');
    expect(errorCode(await call('stats.get', { group_id: HEAD }, bare))).toBe(15);
    expect(errorCode(await call('groups.get', {}, bare))).toBe(15);
    expect(errorCode(await call('wall.get', { owner_id: -HEAD, filter: 'postponed' }, bare))).toBe(15);
    expect(
      errorCode(
        await call('wall.createComment', { owner_id: post.ownerId, post_id: post.id, message: 'x' }, bare),
      ),
    ).toBe(15);
    expect(
      errorCode(
        await call(
          'appWidgets.update',
          { type: 'text', code: 'return {"title": "x"};' },
          api.communityToken(HEAD, ['manage']),
        ),
      ),
    ).toBe(15);
  });

  it('shows scheduled posts to the page admins only; statistics to managers only (error 7)', async () => {
    const admin = api.userToken(world.viewerId, ['wall', 'stats']);
    const scheduled = ok(await call('wall.get', { owner_id: -HEAD, filter: 'postponed' }, admin)) as {
      count: number;
      items: { post_type: string; date: number }[];
    };
    expect(scheduled.count).toBeGreaterThan(0);
    expect(scheduled.items.every((p) => p.post_type === 'postpone' && p.date > NOW)).toBe(true);
    const member =
      [...membersOf(world, HEAD)].find(
        (id) => !world.pageById.get(HEAD)?.managers.some((m) => m.id === id),
      ) ?? 0;
    const memberToken = api.userToken(member, ['wall', 'stats']);
    expect(ok(await call('wall.get', { owner_id: -HEAD, filter: 'postponed' }, memberToken))).toEqual({
      count: 0,
      items: [],
    });
    const all = ok(await call('wall.get', { owner_id: -HEAD, count: 100 }, memberToken)) as {
      items: { post_type: string }[];
    };
    expect(all.items.every((p) => p.post_type === 'post')).toBe(true);
    expect(errorCode(await call('stats.get', { group_id: HEAD }, memberToken))).toBe(7);
    expect(errorCode(await call('stats.get', { group_id: 219000003 }, admin))).toBe(7);
  });

  it('answers error 8 without v and error 3 for an unknown method, prototype names included', async () => {
    const token = api.userToken(world.viewerId, []);
    expect(errorCode(await api.request('users.get', { access_token: token }))).toBe(8);
    expect(errorCode(await call('wall.post', { message: 'x' }, token))).toBe(3);
    for (const hostile of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(errorCode(await call(hostile, {}, token)), hostile).toBe(3);
    }
    expect(
      errorCode(
        await call('groups.get', { filter: 'constructor' }, api.userToken(world.viewerId, ['groups'])),
      ),
    ).toBe(100);
  });
});

describe('rate limits on the virtual clock', () => {
  it('allows 3 requests a second per user token, then error 6; a second later it allows again', async () => {
    const clock = new VirtualClock(NOW * 1000);
    const api = createFakeVk(world, { clock });
    const a = api.userToken(world.viewerId, []);
    const b = api.userToken(world.viewerId, ['groups']);
    const get = (token: string) => api.request('users.get', { access_token: token, v: V });
    const codes = [];
    for (let i = 0; i < 5; i++) codes.push(errorCode(await get(a)));
    expect(codes).toEqual([null, null, null, 6, 6]);
    expect(errorCode(await get(b))).toBeNull();
    clock.advance(999);
    expect(errorCode(await get(a))).toBe(6);
    clock.advance(2);
    expect(errorCode(await get(a))).toBeNull();
  });

  it('allows 20 requests a second per community token', async () => {
    const clock = new VirtualClock(NOW * 1000);
    const api = createFakeVk(world, { clock });
    const token = api.communityToken(HEAD, []);
    const codes: (number | null)[] = [];
    for (let i = 0; i < 21; i++)
      codes.push(errorCode(await api.request('groups.getById', { access_token: token, v: V })));
    expect(codes.filter((c) => c === null)).toHaveLength(20);
    expect(codes[20]).toBe(6);
  });

  it('counts an execute with 25 calls as one request', async () => {
    const clock = new VirtualClock(NOW * 1000);
    const api = createFakeVk(world, { clock });
    const token = api.userToken(world.viewerId, []);
    const code = `${Array.from({ length: 25 }, (_, i) => `var u${i} = API.users.get({});`).join('')} return u24;`;
    expect(errorCode(await api.request('execute', { code, access_token: token, v: V }))).toBeNull();
    expect(errorCode(await api.request('users.get', { access_token: token, v: V }))).toBeNull();
    expect(errorCode(await api.request('users.get', { access_token: token, v: V }))).toBeNull();
    expect(errorCode(await api.request('users.get', { access_token: token, v: V }))).toBe(6);
  });
});

describe('fault injection', () => {
  async function outcomes(faults: FaultOptions, n = 60): Promise<string[]> {
    const clock = new VirtualClock(NOW * 1000);
    const api = createFakeVk(world, { clock, faults, slowMs: 4000 });
    const token = api.communityToken(HEAD, []);
    const out: string[] = [];
    for (let i = 0; i < n; i++) {
      await clock.sleep(100);
      const before = clock.now();
      try {
        const body = await api.request('groups.getById', { access_token: token, v: V });
        out.push(clock.now() - before >= 4000 ? 'slow' : String(errorCode(body) ?? 'ok'));
      } catch (err) {
        if (!(err instanceof FakeNetworkError)) throw err;
        out.push(err.afterProcessing ? 'lost-answer' : 'lost-request');
      }
    }
    return out;
  }

  it('injects errors 6 and 10, network drops and slow answers, reproducibly from the seed', async () => {
    const a = await outcomes({ rate: 0.5, seed: 7 });
    expect(await outcomes({ rate: 0.5, seed: 7 })).toEqual(a);
    expect(await outcomes({ rate: 0.5, seed: 8 })).not.toEqual(a);
    for (const kind of ['ok', '6', '10', 'slow', 'lost-answer', 'lost-request'])
      expect(a, kind).toContain(kind);
    const faulty = a.filter((x) => x !== 'ok').length;
    expect(faulty).toBeGreaterThan(15);
    expect(faulty).toBeLessThan(45);
  });

  it('injects nothing at rate 0 and only the chosen kinds otherwise', async () => {
    expect(new Set(await outcomes({ rate: 0, seed: 7 }))).toEqual(new Set(['ok']));
    expect(new Set(await outcomes({ rate: 1, seed: 7, kinds: ['internal'] }))).toEqual(new Set(['10']));
  });

  it('a dropped answer after processing still changed the world; a retry with the same guid does not duplicate', async () => {
    const clock = new VirtualClock(NOW * 1000);
    const w = generateWorld({ seed: 1, now: NOW });
    const api = createFakeVk(w, { clock, faults: { rate: 1, seed: 3, kinds: ['network'] } });
    const post = ownPosts(w, HEAD).at(-1);
    if (!post) throw new Error('no post');
    const token = api.communityToken(HEAD, []);
    const params = {
      owner_id: post.ownerId,
      post_id: post.id,
      message: 'Комментарий',
      guid: 'g-1',
      access_token: token,
      v: V,
    };
    const before = commentsOf(w, post).length;
    let afterProcessing = 0;
    for (let i = 0; i < 6; i++) {
      await clock.sleep(100);
      await api.request('wall.createComment', params).catch((err: FakeNetworkError) => {
        if (err.afterProcessing) afterProcessing++;
      });
    }
    expect(afterProcessing).toBeGreaterThan(0);
    expect(commentsOf(w, post).length).toBe(before + 1);
  });
});

describe('execute', () => {
  const { call, api } = rig({ world });

  it('turns failed inner calls into false plus execute_errors, in order, and goes on', async () => {
    const body = await call('execute', {
      code: `var a = API.wall.get({"owner_id": -${world.special.private}}); var b = API.users.get({"user_ids": "nobody"}); var c = API.groups.getById({"group_id": ${HEAD}}); return [a, b, c.groups@.id];`,
    });
    expect(ok(body)).toEqual([false, false, [HEAD]]);
    expect('execute_errors' in body && body.execute_errors?.map((e) => [e.method, e.error_code])).toEqual([
      ['wall.get', 15],
      ['users.get', 113],
    ]);
  });

  it('runs inner calls with the same token: a community token gets 27 inside too', async () => {
    const body = await call(
      'execute',
      { code: `var w = API.wall.get({"owner_id": -${HEAD}}); return w;` },
      api.communityToken(HEAD, []),
    );
    expect(ok(body)).toBe(false);
    expect('execute_errors' in body && body.execute_errors?.[0]?.error_code).toBe(27);
  });

  it('fails the whole request with 12 for code outside the subset and 13 for a 26th call', async () => {
    expect(errorCode(await call('execute', { code: 'var a = 1 + 1; return a;' }))).toBe(12);
    expect(errorCode(await call('execute', { code: '' }))).toBe(100);
    const many = `${Array.from({ length: 26 }, (_, i) => `var u${i} = API.users.get({});`).join('')} return 1;`;
    expect(errorCode(await call('execute', { code: many }))).toBe(13);
  });
});

describe('walls, comments and likes', () => {
  it('pages wall.get like VK: pinned first, newest next, offset/count, count capped at 100', async () => {
    const { call } = rig({ world });
    const page1 = ok(await call('wall.get', { owner_id: -HEAD, count: 500 })) as {
      count: number;
      items: { id: number; date: number; is_pinned?: number }[];
    };
    expect(page1.items).toHaveLength(100);
    expect(page1.count).toBe(published(world, HEAD).length);
    expect(page1.items[0]?.is_pinned).toBe(1);
    const rest = page1.items.slice(1).map((p) => p.date);
    expect(rest).toEqual([...rest].sort((a, b) => b - a));
    const all: number[] = [];
    for (let offset = 0; offset < page1.count; offset += 100) {
      all.push(
        ...(
          ok(await call('wall.get', { owner_id: -HEAD, offset, count: 100 })) as { items: { id: number }[] }
        ).items.map((p) => p.id),
      );
    }
    expect(new Set(all).size).toBe(page1.count);
    const others = ok(await call('wall.get', { domain: 'sosnovka_school', filter: 'others' })) as {
      items: { from_id: number }[];
    };
    expect(others.items.length).toBeGreaterThan(0);
    expect(others.items.every((p) => p.from_id > 0)).toBe(true);
  });

  it('creates comments as the community and as users; wall.get counts them; threads carry parents_stack', async () => {
    const w = generateWorld({ seed: 1, now: NOW });
    const { api, call } = rig({ world: w });
    const post = ownPosts(w, GYM).at(-3);
    if (!post) throw new Error('no post');
    const community = api.communityToken(GYM, []);
    const countOf = async () =>
      (
        ok(await call('wall.getById', { posts: `${post.ownerId}_${post.id}` })) as {
          items: { comments: { count: number } }[];
        }
      ).items[0]?.comments.count;
    const before = await countOf();
    const made = ok(
      await call(
        'wall.createComment',
        { owner_id: post.ownerId, post_id: post.id, message: 'Хеш: abc123' },
        community,
      ),
    ) as { comment_id: number };
    const reply = ok(
      await call('wall.createComment', {
        owner_id: post.ownerId,
        post_id: post.id,
        message: 'Мой ответ',
        reply_to_comment: made.comment_id,
      }),
    ) as {
      comment_id: number;
      parents_stack: number[];
    };
    expect(reply.parents_stack).toEqual([made.comment_id]);
    expect(await countOf()).toBe((before ?? 0) + 2);
    const top = ok(
      await call('wall.getComments', {
        owner_id: post.ownerId,
        post_id: post.id,
        count: 100,
        thread_items_count: 10,
      }),
    ) as {
      count: number;
      current_level_count: number;
      items: {
        id: number;
        from_id: number;
        thread: { count: number; items: { id: number; from_id: number }[] };
      }[];
    };
    const mine = top.items.find((c) => c.id === made.comment_id);
    expect(mine?.from_id).toBe(-GYM);
    expect(mine?.thread.items.map((c) => [c.id, c.from_id])).toEqual([[reply.comment_id, w.viewerId]]);
    expect(top.count).toBe(commentsOf(w, post).length);
    expect(top.current_level_count).toBe(commentsOf(w, post).filter((c) => c.threadId === null).length);
    const thread = ok(
      await call('wall.getComments', {
        owner_id: post.ownerId,
        post_id: post.id,
        comment_id: made.comment_id,
      }),
    ) as { count: number };
    expect(thread.count).toBe(1);
    expect(
      errorCode(
        await call(
          'wall.createComment',
          { owner_id: -HEAD, post_id: ownPosts(w, HEAD).at(-1)?.id ?? 0, message: 'x' },
          community,
        ),
      ),
    ).toBe(15);
  });

  it('lists likers page by page, exactly the likers; user_likes tells a liker apart', async () => {
    const { api, call } = rig({ world });
    const post = [...published(world, HEAD)].sort((a, b) => b.likes - a.likes)[0];
    if (!post) throw new Error('no post');
    expect(post.likes).toBeGreaterThan(200);
    const ids: number[] = [];
    for (let offset = 0; offset < post.likes; offset += 100) {
      const res = ok(
        await call('likes.getList', {
          type: 'post',
          owner_id: post.ownerId,
          item_id: post.id,
          offset,
          count: 100,
        }),
      ) as { count: number; items: number[] };
      expect(res.count).toBe(post.likes);
      ids.push(...res.items);
    }
    expect(ids).toEqual(likersOf(world, post));
    const liker = ids.find((id) => id > 0) ?? 0;
    const view = ok(
      await call('wall.getById', { posts: `${post.ownerId}_${post.id}` }, api.userToken(liker, [])),
    ) as { items: { likes: { user_likes: number } }[] };
    expect(view.items[0]?.likes.user_likes).toBe(1);
  });
});

describe('members', () => {
  const { api, call } = rig({ world });

  it('pages groups.getMembers over exactly the members; managers with roles for managers only', async () => {
    const ids: number[] = [];
    const count = world.pageById.get(GYM)?.membersCount ?? 0;
    for (let offset = 0; offset < count; offset += 1000) {
      ids.push(
        ...(
          ok(await call('groups.getMembers', { group_id: GYM, offset, count: 1000 })) as { items: number[] }
        ).items,
      );
    }
    expect(ids).toEqual([...membersOf(world, GYM)]);
    const managers = ok(await call('groups.getMembers', { group_id: GYM, filter: 'managers' })) as {
      items: { id: number; role: string }[];
    };
    expect(managers.items.map((m) => m.role)).toContain('creator');
    expect(managers.items).toContainEqual({ id: world.viewerId, role: 'administrator' });
    const outsider = api.userToken(ids.find((id) => !managers.items.some((m) => m.id === id)) ?? 0, []);
    expect(errorCode(await call('groups.getMembers', { group_id: GYM, filter: 'managers' }, outsider))).toBe(
      15,
    );
    expect(errorCode(await call('groups.getMembers', { group_id: world.special.private }, outsider))).toBe(
      15,
    );
  });

  it('answers groups.isMember in batches of up to 500, matching the members', async () => {
    const sample = [...membersOf(world, GYM)].slice(0, 200).concat([500000015, 500000022, 500000029]);
    const res = ok(await call('groups.isMember', { group_id: GYM, user_ids: sample.join(',') })) as {
      user_id: number;
      member: number;
    }[];
    expect(res.map((r) => r.member === 1)).toEqual(sample.map((id) => isMember(world, GYM, id)));
    const tooMany = Array.from({ length: 501 }, (_, i) => 500000001 + i * 7).join(',');
    expect(errorCode(await call('groups.isMember', { group_id: GYM, user_ids: tooMany }))).toBe(100);
  });

  it('lists the pages a user administers with groups.get filter=admin', async () => {
    const res = ok(await call('groups.get', { filter: 'admin' })) as { items: number[] };
    expect(res.items).toEqual(
      world.pages
        .filter((p) => p.managers.some((m) => m.id === world.viewerId && m.role === 'administrator'))
        .map((p) => p.id),
    );
  });
});

describe('storage and the widget', () => {
  it('keeps values per user and per community, truncated to 4096 bytes like VK', async () => {
    const { api, call } = rig({ world: generateWorld({ seed: 1, now: NOW }) });
    const mine = api.userToken(world.viewerId, []);
    const other = api.userToken(500000015, []);
    const community = api.communityToken(HEAD, []);
    const get = async (key: string, token: string) =>
      (ok(await call('storage.get', { key }, token)) as { value: string }[])[0]?.value;
    ok(await call('storage.set', { key: 'k', value: 'mine' }, mine));
    ok(await call('storage.set', { key: 'k', value: 'shared' }, community));
    expect(await get('k', mine)).toBe('mine');
    expect(await get('k', other)).toBe('');
    expect(await get('k', community)).toBe('shared');
    ok(await call('storage.set', { key: 'long', value: 'я'.repeat(3000) }, mine));
    expect(await get('long', mine)).toBe('я'.repeat(2048));
    ok(await call('storage.set', { key: 'emoji', value: `${'a'.repeat(4094)}😀tail` }, mine));
    expect(await get('emoji', mine)).toBe('a'.repeat(4094));
    ok(await call('storage.set', { key: 'k', value: '' }, mine));
    expect(ok(await call('storage.getKeys', {}, mine))).toEqual(['long', 'emoji']);
    expect(errorCode(await call('storage.set', { key: 'bad key!', value: 'x' }, mine))).toBe(100);
  });

  it('refuses a 1001st key with error 103', async () => {
    const clock = new VirtualClock(NOW * 1000);
    const api = createFakeVk(world, { clock });
    const token = api.communityToken(HEAD, []);
    let last: ApiBody | null = null;
    for (let i = 0; i <= 1000; i++) {
      clock.advance(60);
      last = await api.request('storage.set', { key: `key_${i}`, value: 'v', access_token: token, v: V });
      if (i < 1000) expect(errorCode(last)).toBeNull();
    }
    expect(last && errorCode(last)).toBe(103);
  });

  it('stores the widget, refuses a second update within 30 s (error 9) and bad code (error 12)', async () => {
    const w = generateWorld({ seed: 1, now: NOW });
    const { api, call, clock } = rig({ world: w });
    const token = api.communityToken(HEAD, ['app_widget']);
    const code = `return {"title": "Лидеры", "rows": [{"title": "Анна"}], "count": API.groups.getById({"group_id": ${HEAD}, "fields": "members_count"}).groups};`;
    expect(errorCode(await call('appWidgets.update', { type: 'list', code }, token))).toBe(12);
    const good =
      'var g = API.groups.getById({"fields": "members_count"}); return {"title": "Лидеры", "rows": [{"title": "Анна"}], "groups": g.groups@.members_count};';
    expect(ok(await call('appWidgets.update', { type: 'list', code: good }, token))).toBe(1);
    expect(w.state.widgets.get(HEAD)?.value).toMatchObject({
      title: 'Лидеры',
      groups: [w.pageById.get(HEAD)?.membersCount],
    });
    expect(errorCode(await call('appWidgets.update', { type: 'list', code: good }, token))).toBe(9);
    clock.advance(30000);
    expect(errorCode(await call('appWidgets.update', { type: 'list', code: good }, token))).toBeNull();
    expect(errorCode(await call('appWidgets.update', { type: 'chart', code: good }, token))).toBe(100);
  });
});
