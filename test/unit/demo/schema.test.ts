// Every answer of the fake VK API, validated against VK's official JSON schema (API 5.199,
// test/fixtures/vk-api-schema): each method and each response variant the fake produces, over the demo
// world, plus error bodies against base_error. The last test checks that no variant was skipped.
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import type { ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import type { ApiBody } from '../../../src/demo/fake-api';
import { likersOf, repostersOf } from '../../../src/demo/crowd';
import { postPhoto } from '../../../src/demo/photos';
import { demoQuizAnswers } from '../../../src/demo/quiz-posts';
import { addRepost, setLike } from '../../../src/demo/session';
import { GIVEAWAY_BENCH_PAGE_ID, GIVEAWAY_BENCH_POST_REF, generateWorld } from '../../../src/demo/world';
import { NOW, ok, ownPosts, published, rig } from './helpers';

const DIR = path.resolve(__dirname, '../../fixtures/vk-api-schema');
const load = (f: string): unknown => JSON.parse(fs.readFileSync(path.join(DIR, f), 'utf8'));

type Node = Record<string, unknown>;

/** The README's normalize(): VK's dialect → plain draft-07. */
function normalize(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(normalize);
  if (!node || typeof node !== 'object') return node;
  const src = node as Node;
  const out: Node = {};
  for (const [k, v] of Object.entries(src)) {
    if (k === 'required' && typeof v === 'boolean') continue;
    if (k === '$schema') continue;
    if (k === 'additionalProperties' && v === false) continue;
    if (k === 'oneOf') {
      out['anyOf'] = normalize(v);
      continue;
    }
    out[k] = normalize(v);
  }
  const props = src['properties'];
  if (props && typeof props === 'object') {
    const req = Object.entries(props as Node)
      .filter(([, p]) => p && typeof p === 'object' && (p as Node)['required'] === true)
      .map(([name]) => name);
    const all = [
      ...new Set([...(Array.isArray(src['required']) ? (src['required'] as string[]) : []), ...req]),
    ];
    if (all.length) out['required'] = all;
  }
  return out;
}

const BASE = 'https://vk-api-schema.invalid/';
const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
ajv.addSchema(normalize(load('objects.json')) as object, `${BASE}objects.json`);
ajv.addSchema(normalize(load('responses.json')) as object, `${BASE}responses.json`);

interface MethodDef {
  name: string;
  responses: Record<string, { $ref: string }>;
}
const METHODS = (load('methods.json') as { methods: MethodDef[] }).methods;
const compiled = new Map<string, ValidateFunction>();

function validatorFor(method: string, variant: string): ValidateFunction {
  const key = `${method}#${variant}`;
  const cached = compiled.get(key);
  if (cached) return cached;
  const ref = METHODS.find((m) => m.name === method)?.responses[variant]?.$ref;
  if (!ref) throw new Error(`no schema for ${key}`);
  const fn = ajv.compile({ $ref: BASE + ref });
  compiled.set(key, fn);
  return fn;
}

const validateError = ajv.compile({ $ref: `${BASE}objects.json#/definitions/base_error` });
const covered = new Set<string>();
const errorCodes = new Set<number>();

/** Validates a whole body {response: …} against the method's variant; returns the response. */
function expectValid(method: string, variant: string, body: ApiBody): unknown {
  const response = ok(body);
  const validate = validatorFor(method, variant);
  const valid = validate({ response });
  expect(valid, `${method} (${variant}): ${ajv.errorsText(validate.errors)}`).toBe(true);
  covered.add(`${method}#${variant}`);
  return response;
}

function expectError(body: ApiBody, code: number): void {
  expect('error' in body).toBe(true);
  if (!('error' in body)) return;
  expect(body.error.error_code).toBe(code);
  expect(validateError(body.error), ajv.errorsText(validateError.errors)).toBe(true);
  expect(JSON.stringify(body.error.request_params)).not.toContain('access_token');
  errorCodes.add(code);
}

const r = rig();
const { world, api } = r;
const HEAD = world.headId;
const GYM = world.special.compliant;
const userTokenOnly = api.userToken(world.viewerId, []);
const community = api.communityToken(HEAD, ['app_widget', 'manage']);

describe('fake VK API answers validate against the official schema', () => {
  it('groups.getById: base fields, every optional field, a deleted page, user and community tokens', async () => {
    const ids = Object.keys(world.categories).join(',');
    const all =
      'members_count,cover,has_photo,description,wall,links,verified,is_government_organization,activity,site,status,contacts,fixed_post,can_post';
    const plain = expectValid(
      'groups.getById',
      'response',
      await r.call('groups.getById', { group_ids: ids }),
    ) as { groups: unknown[] };
    expect(plain.groups).toHaveLength(Object.keys(world.categories).length);
    expectValid(
      'groups.getById',
      'response',
      await r.call('groups.getById', { group_ids: ids, fields: all }),
    );
    expectValid(
      'groups.getById',
      'response',
      await r.call('groups.getById', { group_id: 'lesnogorsk_adm', fields: all }, userTokenOnly),
    );
    expectValid('groups.getById', 'response', await r.call('groups.getById', { fields: all }, community));
    expectValid(
      'groups.getById',
      'response',
      await r.call('groups.getById', { group_ids: '200100001,200100002,200100003', fields: all }),
    );
  });

  it('wall.get: every readable wall in full, plain and extended, with every filter', async () => {
    for (const page of world.pages) {
      if (page.deactivated || page.isClosed) continue;
      const count = (world.walls.get(page.id) ?? []).length;
      for (let offset = 0; offset < count; offset += 100) {
        expectValid(
          'wall.get',
          'response',
          await r.call('wall.get', { owner_id: -page.id, offset, count: 100 }),
        );
      }
      expectValid(
        'wall.get',
        'extendedResponse',
        await r.call('wall.get', { owner_id: -page.id, count: 100, extended: 1, fields: 'photo_100' }),
      );
    }
    for (const filter of ['owner', 'others', 'postponed', 'suggests']) {
      for (const owner of [HEAD, GYM, 219000008, 219000013]) {
        expectValid(
          'wall.get',
          'response',
          await r.call('wall.get', { owner_id: -owner, filter, count: 100 }),
        );
        expectValid(
          'wall.get',
          'extendedResponse',
          await r.call('wall.get', { owner_id: -owner, filter, extended: 1 }),
        );
      }
    }
    // The private page, read by one of its members; a user's (empty) wall; a wall by screen name.
    const privateMember = api.userToken(world.pageById.get(world.special.private)?.managers[0]?.id ?? 0, []);
    expectValid(
      'wall.get',
      'response',
      await r.call('wall.get', { owner_id: -world.special.private }, privateMember),
    );
    expectValid(
      'wall.get',
      'extendedResponse',
      await r.call('wall.get', { owner_id: world.viewerId, extended: 1 }),
    );
    expectValid('wall.get', 'response', await r.call('wall.get', { domain: 'gymnasium3_lsn', count: 5 }));
  });

  it('wall.getById: published, postponed (admin) and reposts, plain and extended', async () => {
    const wall = world.walls.get(HEAD) ?? [];
    const refs = [
      ...wall.filter((p) => p.copyOf).slice(0, 3),
      ...wall.filter((p) => p.state === 'postponed').slice(0, 2),
      ...wall.slice(-3),
    ]
      .map((p) => `${p.ownerId}_${p.id}`)
      .join(',');
    const plain = expectValid('wall.getById', 'response', await r.call('wall.getById', { posts: refs })) as {
      items: unknown[];
    };
    expect(plain.items.length).toBeGreaterThan(3);
    expectValid(
      'wall.getById',
      'extendedResponse',
      await r.call('wall.getById', { posts: refs, extended: 1 }),
    );
  });

  it('wall.getComments: plain, extended, threads, likes, a thread by comment_id, deleted, desc and previews', async () => {
    let deleted = 0;
    const posts = published(world, HEAD)
      .filter((p) => p.comments > 0)
      .slice(-25);
    const giveaway = published(world, 219000010).find((p) => p.kind === 'giveaway' && p.comments > 0);
    expect(giveaway).toBeDefined();
    for (const post of [...posts, ...(giveaway ? [giveaway] : [])]) {
      const base = { owner_id: post.ownerId, post_id: post.id, count: 100 };
      expectValid('wall.getComments', 'response', await r.call('wall.getComments', base));
      const rich = expectValid(
        'wall.getComments',
        'extendedResponse',
        await r.call('wall.getComments', {
          ...base,
          extended: 1,
          need_likes: 1,
          thread_items_count: 10,
          fields: 'photo_100',
        }),
      ) as { items: { id: number; deleted?: boolean; thread?: { count: number } }[] };
      deleted += rich.items.filter((c) => c.deleted === true).length;
      const threaded = rich.items.find((c) => (c.thread?.count ?? 0) > 0);
      if (threaded) {
        expectValid(
          'wall.getComments',
          'response',
          await r.call('wall.getComments', { ...base, comment_id: threaded.id, need_likes: 1 }),
        );
      }
    }
    const post = posts[0];
    if (!post) throw new Error('no commented post');
    expectValid(
      'wall.getComments',
      'response',
      await r.call('wall.getComments', {
        owner_id: post.ownerId,
        post_id: post.id,
        sort: 'desc',
        preview_length: 5,
      }),
    );
    // A comment deleted after it was answered is listed, with `deleted` and an empty text.
    expect(deleted).toBeGreaterThan(0);
  });

  it('wall.createComment: as the community (community token) and as a user, with a reply', async () => {
    const post = ownPosts(world, HEAD).at(-2);
    if (!post) throw new Error('no post');
    const created = expectValid(
      'wall.createComment',
      'response',
      await r.call(
        'wall.createComment',
        { owner_id: post.ownerId, post_id: post.id, message: 'Итоги: победитель — [id1|Анна]' },
        community,
      ),
    ) as { comment_id: number };
    expectValid(
      'wall.createComment',
      'response',
      await r.call('wall.createComment', {
        owner_id: post.ownerId,
        post_id: post.id,
        message: 'Ответ',
        reply_to_comment: created.comment_id,
      }),
    );
  });

  it('photos and quiz posts: attachments in wall.get and wall.getById, quiz comments, a sealed entry', async () => {
    const quizzes = [...demoQuizAnswers(world).keys()];
    const photoRefs = [...world.walls.values()]
      .flat()
      .filter((p) => postPhoto(world, p) !== null)
      .map((p) => `${p.ownerId}_${p.id}`);
    expect(photoRefs.length).toBeGreaterThan(100);
    for (let i = 0; i < photoRefs.length; i += 100) {
      const posts = photoRefs.slice(i, i + 100).join(',');
      const plain = expectValid('wall.getById', 'response', await r.call('wall.getById', { posts })) as {
        items: { attachments: { type: string }[] }[];
      };
      expect(plain.items.every((p) => p.attachments[0]?.type === 'photo')).toBe(true);
      expectValid(
        'wall.getById',
        'extendedResponse',
        await r.call('wall.getById', { posts, extended: 1, fields: 'photo_100' }),
      );
    }
    for (const owner of [219000015, 219000017]) {
      expectValid('wall.get', 'response', await r.call('wall.get', { owner_id: -owner, count: 100 }));
      expectValid(
        'wall.get',
        'response',
        await r.call('wall.get', { owner_id: -owner, filter: 'postponed', count: 100 }),
      );
    }
    for (const ref of quizzes) {
      const [owner_id, post_id] = ref.split('_').map(Number);
      const post = world.walls.get(-(owner_id ?? 0))?.find((p) => p.id === post_id);
      if (post?.state !== 'published') continue;
      const base = { owner_id: owner_id ?? 0, post_id: post_id ?? 0, count: 100 };
      expectValid(
        'wall.getComments',
        'extendedResponse',
        await r.call('wall.getComments', { ...base, extended: 1, need_likes: 1, thread_items_count: 10 }),
      );
    }
    const [owner_id, post_id] = (quizzes[0] ?? '').split('_').map(Number);
    const where = { owner_id: owner_id ?? 0, post_id: post_id ?? 0 };
    const entry = expectValid(
      'wall.createComment',
      'response',
      await r.call('wall.createComment', { ...where, message: 'QZ1.abcdefgh.AAAA.BBBB.CCCC', guid: 'e1' }),
    ) as { comment_id: number };
    expectValid(
      'wall.createComment',
      'response',
      await r.call('wall.createComment', { ...where, message: 'Удачи!', reply_to_comment: entry.comment_id }),
    );
  });

  it('likes.getList: likes and copies, plain and extended (profiles and communities), skip_own', async () => {
    const posts = published(world, HEAD).slice(-40);
    const selfLiked = [...published(world, HEAD), ...published(world, GYM)].find((p) => p.groupLiked);
    const regionPost = published(world, 200100001).find((p) => p.groupReposts.length > 0);
    expect(selfLiked && regionPost).toBeTruthy();
    for (const post of [...posts, selfLiked, regionPost]) {
      if (!post) continue;
      for (const filter of ['likes', 'copies']) {
        const base = { type: 'post', owner_id: post.ownerId, item_id: post.id, filter, count: 1000 };
        const plain = expectValid('likes.getList', 'response', await r.call('likes.getList', base)) as {
          count: number;
        };
        expect(plain.count).toBe(
          filter === 'likes' ? likersOf(world, post).length : repostersOf(world, post).length,
        );
        expectValid(
          'likes.getList',
          'extendedResponse',
          await r.call('likes.getList', { ...base, extended: 1 }),
        );
      }
    }
    const any = posts[0];
    if (!any) throw new Error('no post');
    expectValid(
      'likes.getList',
      'response',
      await r.call('likes.getList', { type: 'post', owner_id: any.ownerId, item_id: any.id, skip_own: 1 }),
    );
  });

  it('groups.getMembers: ids, with fields, managers (plain and with fields), empty filters', async () => {
    expectValid(
      'groups.getMembers',
      'response',
      await r.call('groups.getMembers', { group_id: HEAD, count: 1000, offset: 2000 }),
    );
    expectValid(
      'groups.getMembers',
      'response',
      await r.call('groups.getMembers', { group_id: GYM, sort: 'id_desc' }),
    );
    expectValid(
      'groups.getMembers',
      'fieldsResponse',
      await r.call('groups.getMembers', { group_id: 219000008, fields: 'photo_100,sex,screen_name' }),
    );
    expectValid(
      'groups.getMembers',
      'filterResponse',
      await r.call('groups.getMembers', { group_id: HEAD, filter: 'managers' }),
    );
    expectValid(
      'groups.getMembers',
      'filterResponse',
      await r.call('groups.getMembers', { filter: 'managers' }, community),
    );
    expectValid(
      'groups.getMembers',
      'fieldsResponse',
      await r.call('groups.getMembers', { group_id: HEAD, filter: 'managers', fields: 'photo_100' }),
    );
    expectValid(
      'groups.getMembers',
      'response',
      await r.call('groups.getMembers', { group_id: HEAD, filter: 'friends' }),
    );
  });

  it('groups.isMember: one user, one user extended, user_ids, user_ids extended', async () => {
    const members = [world.viewerId, 500000015, 500000022, 999];
    expectValid(
      'groups.isMember',
      'response',
      await r.call('groups.isMember', { group_id: GYM, user_id: world.viewerId }),
    );
    expectValid('groups.isMember', 'response', await r.call('groups.isMember', { group_id: GYM }));
    expectValid(
      'groups.isMember',
      'extendedResponse',
      await r.call('groups.isMember', { group_id: GYM, user_id: 500000015, extended: 1 }),
    );
    expectValid(
      'groups.isMember',
      'userIdsResponse',
      await r.call('groups.isMember', { group_id: GYM, user_ids: members.join(',') }),
    );
    expectValid(
      'groups.isMember',
      'userIds_Extended_Response',
      await r.call('groups.isMember', { group_id: GYM, user_ids: members.join(','), extended: 1 }, community),
    );
  });

  it('groups.get: ids, extended, filter=admin', async () => {
    expectValid('groups.get', 'response', await r.call('groups.get', {}));
    expectValid('groups.get', 'response', await r.call('groups.get', { filter: 'admin' }));
    expectValid(
      'groups.get',
      'extendedResponse',
      await r.call('groups.get', { filter: 'admin', extended: 1, fields: 'members_count,cover' }),
    );
    expectValid('groups.get', 'extendedResponse', await r.call('groups.get', { extended: 1 }));
  });

  it('users.get: the viewer, many users with fields, deleted and banned and unknown users', async () => {
    expectValid('users.get', 'response', await r.call('users.get', {}));
    const ids = likersOf(world, published(world, HEAD).at(-10) ?? published(world, HEAD)[0]!)
      .filter((id) => id > 0)
      .slice(0, 300);
    const list = expectValid(
      'users.get',
      'response',
      await r.call('users.get', {
        user_ids: [...ids, 1, 'morozov_glava'].join(','),
        fields: 'photo_50,photo_100,photo_200,sex,screen_name,domain,has_photo,online,verified',
      }),
    ) as { deactivated?: string }[];
    expect(list.some((u) => u.deactivated === 'deleted')).toBe(true);
    expectValid(
      'users.get',
      'response',
      await r.call('users.get', { user_ids: String(world.viewerId) }, community),
    );
  });

  it('stats.get: daily, weekly, monthly, all and a chosen stats group', async () => {
    for (const interval of ['day', 'week', 'month', 'all']) {
      const periods = expectValid(
        'stats.get',
        'response',
        await r.call('stats.get', {
          group_id: HEAD,
          timestamp_from: NOW - 60 * 86400,
          timestamp_to: NOW,
          interval,
        }),
      ) as unknown[];
      expect(periods.length).toBeGreaterThan(0);
    }
    expectValid(
      'stats.get',
      'response',
      await r.call('stats.get', { group_id: GYM, intervals_count: 10, stats_groups: 'reach' }),
    );
  });

  it('storage.set / storage.get / storage.getKeys, user and community namespaces', async () => {
    for (const token of [r.admin, community]) {
      expectValid(
        'storage.set',
        'response',
        await r.call('storage.set', { key: 'giveaway_1', value: 'x'.repeat(5000) }, token),
      );
      expectValid(
        'storage.get',
        'response',
        await r.call('storage.get', { keys: 'giveaway_1,missing' }, token),
      );
      expectValid('storage.get', 'response', await r.call('storage.get', { key: 'giveaway_1' }, token));
      expectValid('storage.getKeys', 'response', await r.call('storage.getKeys', { count: 10 }, token));
    }
  });

  it('appWidgets.update', async () => {
    const code =
      'return {"title": "Рейтинг активности", "head": [{"text": "Участник"}], "body": [[{"text": "Анна \\"Ёлка\\" \\\\ Иванова"}]]};';
    expectValid(
      'appWidgets.update',
      'response',
      await r.call('appWidgets.update', { type: 'table', code }, community),
    );
  });

  it('utils.resolveScreenName: pages, club/public forms, a user; an unknown name answers [] (quirk 7)', async () => {
    for (const name of [
      'lesnogorsk_adm',
      'club219000007',
      'public219000022',
      'morozov_glava',
      `id${world.viewerId}`,
    ]) {
      const res = expectValid(
        'utils.resolveScreenName',
        'response',
        await r.call('utils.resolveScreenName', { screen_name: name }),
      ) as { object_id: number };
      expect(res.object_id).toBeGreaterThan(0);
    }
    // Live VK answers {"response": []} for a name nobody has; the schema (objects only) rejects it, so
    // this variant is checked by hand rather than against the schema.
    const unknown = await r.call('utils.resolveScreenName', { screen_name: 'no_such_page_here' });
    expect(ok(unknown)).toEqual([]);
    expect(validatorFor('utils.resolveScreenName', 'response')({ response: [] })).toBe(false);
  });

  it('execute: each inner result validates against its own method; an object result against base_undefined_response', async () => {
    const post = ownPosts(world, HEAD).at(-1);
    if (!post) throw new Error('no post');
    const calls: [string, string, string][] = [
      ['wall.get', 'response', `{"owner_id": -${GYM}, "count": 5}`],
      ['wall.get', 'extendedResponse', `{"owner_id": -${GYM}, "count": 5, "extended": 1}`],
      ['groups.getById', 'response', `{"group_ids": "${HEAD},${GYM}", "fields": "members_count,cover"}`],
      ['likes.getList', 'response', `{"type": "post", "owner_id": ${post.ownerId}, "item_id": ${post.id}}`],
      ['wall.getComments', 'response', `{"owner_id": ${post.ownerId}, "post_id": ${post.id}}`],
      [
        'groups.isMember',
        'userIdsResponse',
        `{"group_id": ${GYM}, "user_ids": [${world.viewerId}, 500000015]}`,
      ],
      ['users.get', 'response', `{"user_ids": "${world.viewerId}", "fields": "photo_100"}`],
      ['stats.get', 'response', `{"group_id": ${HEAD}, "intervals_count": 3}`],
      ['storage.get', 'response', `{"keys": "giveaway_1"}`],
    ];
    const code = `${calls.map(([m, , args], i) => `var r${i} = API.${m}(${args});`).join('\n')}\nreturn [${calls.map((_, i) => `r${i}`).join(', ')}];`;
    const body = await r.call('execute', { code });
    const results = ok(body) as unknown[];
    expect('execute_errors' in body).toBe(false);
    calls.forEach(([method, variant], i) => {
      const validate = validatorFor(method, variant);
      expect(validate({ response: results[i] }), `${method}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    });
    expectValid(
      'execute',
      'response',
      await r.call('execute', {
        code: `var g = API.groups.getById({"group_id": ${HEAD}}); return {"groups": g.groups@.id};`,
      }),
    );
  });

  it('error bodies validate against base_error and never echo the token', async () => {
    const post = ownPosts(world, HEAD).at(-1);
    if (!post) throw new Error('no post');
    expectError(await api.request('wall.get', { owner_id: -HEAD, v: '5.199' }), 5);
    expectError(
      await api.request('wall.get', { owner_id: -HEAD, v: '5.199', access_token: 'vk1.a.forged' }),
      5,
    );
    expectError(await api.request('wall.get', { owner_id: -HEAD, access_token: r.admin }), 8);
    expectError(await r.call('wall.nope', {}), 3);
    expectError(await r.call('wall.get', { owner_id: -HEAD }, community), 27);
    expectError(await r.call('wall.get', { owner_id: -world.special.private }), 15);
    expectError(await r.call('wall.get', { owner_id: -world.special.deleted }), 15);
    expectError(await r.call('wall.get', { owner_id: 'abc' }), 100);
    expectError(await r.call('stats.get', { group_id: HEAD }, userTokenOnly), 15);
    expectError(await r.call('stats.get', { group_id: 219000003 }), 7);
    expectError(await r.call('appWidgets.update', { type: 'text', code: 'return {};' }), 15);
    expectError(await r.call('execute', { code: 'return API.wall.get({"owner_id": -1})@.id;' }), 12);
    expectError(
      await r.call('execute', {
        code: `${Array.from({ length: 26 }, (_, i) => `var a${i} = API.users.get({});`).join('')} return 1;`,
      }),
      13,
    );
    expectError(await r.call('users.get', { user_ids: 'no_such_user' }), 113);
    expectError(
      await r.call('wall.createComment', {
        owner_id: -world.special.failing,
        post_id: ownPosts(world, world.special.failing)[0]?.id ?? 1,
        message: 'x',
      }),
      213,
    );
    const flood = { owner_id: post.ownerId, post_id: post.id, message: 'Одинаковый комментарий' };
    ok(await r.call('wall.createComment', flood));
    expectError(await r.call('wall.createComment', flood), 9);
    expect(errorCodes.size).toBeGreaterThanOrEqual(12);
  });

  it('the validators bite: broken copies of real answers are rejected', async () => {
    const wall = ok(await r.call('wall.get', { owner_id: -GYM, count: 2 })) as {
      items: Record<string, unknown>[];
    };
    const validate = validatorFor('wall.get', 'response');
    const broken = (mutate: (post: Record<string, unknown>) => void) => {
      const copy = structuredClone(wall);
      const first = copy.items[0];
      if (!first) throw new Error('empty wall');
      mutate(first);
      return validate({ response: copy });
    };
    expect(broken(() => undefined)).toBe(true);
    expect(broken((p) => delete p['inner_type'])).toBe(false);
    expect(broken((p) => (p['likes'] = { count: '5', user_likes: 0, can_like: 1 }))).toBe(false);
    expect(broken((p) => (p['post_type'] = 'story'))).toBe(false);
    expect(validateError({ error_code: 6, error_msg: 'x' })).toBe(false);
    // A photo attachment: the schema's required fields and types bite too.
    const photoPost = ok(
      await r.call('wall.getById', {
        posts: [...world.walls.values()]
          .flat()
          .filter((p) => postPhoto(world, p) !== null)
          .slice(0, 1)
          .map((p) => `${p.ownerId}_${p.id}`)
          .join(','),
      }),
    ) as { items: { attachments: { photo: Record<string, unknown> }[] }[] };
    const byId = validatorFor('wall.getById', 'response');
    const brokenPhoto = (mutate: (photo: Record<string, unknown>) => void) => {
      const copy = structuredClone(photoPost);
      const photo = copy.items[0]?.attachments[0]?.photo;
      if (!photo) throw new Error('no photo');
      mutate(photo);
      return byId({ response: copy });
    };
    expect(brokenPhoto(() => undefined)).toBe(true);
    expect(brokenPhoto((p) => delete p['has_tags'])).toBe(false);
    expect(brokenPhoto((p) => (p['sizes'] = [{ type: 'x', url: 'data:,' }]))).toBe(false);
    expect(brokenPhoto((p) => (p['sizes'] = [{ type: 'huge', width: 1, height: 1 }]))).toBe(false);
    const groups = validatorFor('groups.getById', 'response');
    expect(groups({ response: { groups: [{ id: 1, is_closed: 5 }] } })).toBe(false);
  });

  it('the giveaway bench page and session likes: one page of each list validates', async () => {
    const b = rig({ world: generateWorld({ seed: 1, now: NOW, giveawayBench: true }) });
    const [owner, item] = GIVEAWAY_BENCH_POST_REF.split('_').map(Number);
    const post = { owner_id: owner ?? 0, post_id: item ?? 0 };
    expectValid(
      'groups.getMembers',
      'response',
      await b.call('groups.getMembers', { group_id: GIVEAWAY_BENCH_PAGE_ID, offset: 40000, count: 1000 }),
    );
    expectValid(
      'groups.getMembers',
      'fieldsResponse',
      await b.call('groups.getMembers', {
        group_id: GIVEAWAY_BENCH_PAGE_ID,
        offset: 45000,
        count: 1000,
        fields: 'screen_name,photo_100,sex',
      }),
    );
    for (const filter of ['likes', 'copies']) {
      const like = { type: 'post', owner_id: post.owner_id, item_id: post.post_id, filter, count: 1000 };
      expectValid('likes.getList', 'response', await b.call('likes.getList', like));
      expectValid(
        'likes.getList',
        'extendedResponse',
        await b.call('likes.getList', { ...like, extended: 1 }),
      );
    }
    expectValid(
      'wall.getComments',
      'response',
      await b.call('wall.getComments', { ...post, count: 100, offset: 2000, thread_items_count: 10 }),
    );
    expectValid(
      'wall.getComments',
      'extendedResponse',
      await b.call('wall.getComments', {
        ...post,
        count: 100,
        extended: 1,
        need_likes: 1,
        thread_items_count: 10,
      }),
    );
    const wall = expectValid(
      'wall.get',
      'response',
      await b.call('wall.get', { owner_id: -GIVEAWAY_BENCH_PAGE_ID }),
    ) as { count: number };
    expect(wall.count).toBe(1);
    const outside = [600000001, 600040000, 600000006];
    expectValid(
      'users.get',
      'response',
      await b.call('users.get', {
        user_ids: [...outside, 'lsn_fan5'].join(','),
        fields: 'screen_name,photo_100',
      }),
    );
    expect(
      expectValid(
        'utils.resolveScreenName',
        'response',
        await b.call('utils.resolveScreenName', { screen_name: 'lsn_fan5' }),
      ),
    ).toEqual({ type: 'user', object_id: 600000006 });
    // A post the viewer liked and shared during the session.
    const mine = ownPosts(b.world, GYM).at(-1);
    if (!mine) throw new Error('no post');
    setLike(b.world, mine, b.world.viewerId, true);
    addRepost(b.world, mine, b.world.viewerId);
    expectValid(
      'wall.getById',
      'response',
      await b.call('wall.getById', { posts: `${mine.ownerId}_${mine.id}` }),
    );
  });

  it('covered every response variant of every method the fake implements (wall.post is closed to mini apps)', () => {
    const expected = METHODS.filter((m) => m.name !== 'wall.post').flatMap((m) =>
      Object.keys(m.responses).map((v) => `${m.name}#${v}`),
    );
    expect(expected.length).toBeGreaterThanOrEqual(27);
    expect(expected.filter((k) => !covered.has(k))).toEqual([]);
  });
});
