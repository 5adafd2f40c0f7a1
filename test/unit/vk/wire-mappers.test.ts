// The VK wire schemas (src/vk/wire-*.ts) and mappers (src/vk/mappers.ts), checked against VK's own
// JSON schema so the fixtures — and therefore the zod schemas — have the real shapes.

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { toPageInfo, toPost, toReachInput, POST_TEXT_LIMIT } from '../../../src/vk/mappers';
import { groupsGetByIdResponse, wireGroupSchema } from '../../../src/vk/wire-groups';
import { wallGetResponse, wirePostSchema } from '../../../src/vk/wire-posts';
import { wireStatsPeriodSchema, statsGetResponse } from '../../../src/vk/wire-stats';
import { examplePosts, exampleGroups } from '../core/worked-example';

const SCHEMA_DIR = resolve(import.meta.dirname, '../../fixtures/vk-api-schema');
const BASE = 'https://vk-api-schema.invalid/';

/** VK's schema dialect → draft-07 (see test/fixtures/vk-api-schema/README.md, "Quirks"). */
function normalize(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(normalize);
  if (!node || typeof node !== 'object') return node;
  const source = node as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) {
    if (key === 'required' && typeof value === 'boolean') continue;
    if (key === '$schema') continue;
    if (key === 'additionalProperties' && value === false) continue;
    if (key === 'oneOf') {
      out.anyOf = normalize(value);
      continue;
    }
    out[key] = normalize(value);
  }
  if (source.properties && typeof source.properties === 'object') {
    const required = Object.entries(source.properties as Record<string, { required?: unknown }>)
      .filter(([, p]) => p && typeof p === 'object' && p.required === true)
      .map(([name]) => name);
    if (required.length > 0) out.required = required;
  }
  return out;
}

const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
for (const file of ['objects.json', 'responses.json']) {
  ajv.addSchema(normalize(JSON.parse(readFileSync(join(SCHEMA_DIR, file), 'utf8'))) as object, BASE + file);
}
const vkSchema = (definition: string) =>
  ajv.compile({ $ref: `${BASE}responses.json#/definitions/${definition}` });

/** What a real wall.get item carries (inner_type is required by the schema only). */
function realPost(over: Record<string, unknown> = {}) {
  return {
    inner_type: 'wall_wallpost',
    id: 42,
    owner_id: -101,
    from_id: -101,
    date: 1_731_000_000,
    text: 'Новости школы',
    post_type: 'post',
    is_pinned: 0,
    marked_as_ads: 0,
    likes: { count: 12, user_likes: 0, can_like: 1 },
    comments: { count: 3, can_post: 1 },
    reposts: { count: 2, user_reposted: 0 },
    views: { count: 340 },
    ...over,
  };
}

const realGroup = {
  id: 101,
  name: 'МБОУ СОШ № 1',
  screen_name: 'school1',
  is_closed: 0,
  type: 'page',
  photo_50: 'https://sun9-1.userapi.com/s/50.jpg',
  photo_100: 'https://sun9-1.userapi.com/s/100.jpg',
  photo_200: 'https://sun9-1.userapi.com/s/200.jpg',
  members_count: 1234,
  cover: { enabled: 1, images: [{ url: 'https://sun9-1.userapi.com/c.jpg', width: 1590, height: 400 }] },
  has_photo: 1,
  description: 'Официальная страница школы',
  wall: 2,
  verified: 0,
  links: [{ id: 1, url: 'https://vk.com/club102', name: 'Детский сад' }],
  site: 'https://school1.ru',
};

describe('fixtures match VK’s JSON schema and ours', () => {
  it.each([
    {
      name: 'wall.get',
      definition: 'wall_get_response',
      body: { count: 2, items: [realPost(), realPost({ id: 43, is_pinned: 1 })] },
      ours: wallGetResponse,
    },
    {
      name: 'groups.getById',
      definition: 'groups_getById_object_response',
      body: { groups: [realGroup] },
      ours: groupsGetByIdResponse,
    },
    {
      name: 'stats.get',
      definition: 'stats_get_response',
      body: [
        {
          period_from: 1_730_000_000,
          period_to: 1_730_086_400,
          reach: { reach: 300, reach_subscribers: 200, mobile_reach: 250 },
        },
      ],
      ours: statsGetResponse,
    },
    {
      name: 'the worked-example wall',
      definition: 'wall_get_response',
      body: { count: 29, items: examplePosts(101) },
      ours: wallGetResponse,
    },
    {
      name: 'the worked-example groups',
      definition: 'groups_getById_object_response',
      body: { groups: exampleGroups() },
      ours: groupsGetByIdResponse,
    },
  ])('$name', ({ definition, body, ours }) => {
    const validate = vkSchema(definition);
    expect(validate({ response: body }), ajv.errorsText(validate.errors)).toBe(true);
    expect(ours.safeParse(body).success).toBe(true);
  });
});

describe('wire schemas', () => {
  it('let unknown fields through and accept null for optional ones', () => {
    const parsed = wirePostSchema.parse({
      id: 1,
      date: 2,
      views: null,
      text: null,
      attachments: [{ type: 'photo' }],
    });
    expect(parsed).toMatchObject({ id: 1, attachments: [{ type: 'photo' }] });
  });

  it.each([
    { name: 'post without date', schema: wirePostSchema, value: { id: 1 } },
    { name: 'fractional date', schema: wirePostSchema, value: { id: 1, date: 1.5 } },
    { name: 'negative views', schema: wirePostSchema, value: { id: 1, date: 1, views: { count: -1 } } },
    { name: 'group id 0', schema: wireGroupSchema, value: { id: 0 } },
    { name: 'wall mode 4', schema: wireGroupSchema, value: { id: 1, wall: 4 } },
    { name: 'reach as text', schema: wireStatsPeriodSchema, value: { reach: { reach: '10' } } },
  ])('reject $name', ({ schema, value }) => {
    expect(schema.safeParse(value).success).toBe(false);
  });
});

describe('toPageInfo', () => {
  it('maps a full group', () => {
    expect(toPageInfo(wireGroupSchema.parse(realGroup))).toEqual({
      id: 101,
      name: 'МБОУ СОШ № 1',
      screenName: 'school1',
      photo: 'https://sun9-1.userapi.com/s/100.jpg',
      status: 'ok',
      membersCount: 1234,
      hasCover: true,
      hasPhoto: true,
      description: 'Официальная страница школы',
      wall: 'limited',
      isGovernmentOrganization: null,
    });
  });

  it('defaults every absent field without crashing', () => {
    expect(toPageInfo(wireGroupSchema.parse({ id: 7 }))).toEqual({
      id: 7,
      name: '',
      screenName: 'club7',
      photo: null,
      status: 'ok',
      membersCount: null,
      hasCover: false,
      hasPhoto: false,
      description: '',
      wall: null,
      isGovernmentOrganization: null,
    });
  });

  it.each([
    { over: { deactivated: 'deleted' }, field: 'status', value: 'deleted' },
    { over: { deactivated: 'banned' }, field: 'status', value: 'banned' },
    { over: { is_closed: 1 }, field: 'status', value: 'private' },
    { over: { is_closed: 2 }, field: 'status', value: 'private' },
    { over: { wall: 0 }, field: 'wall', value: 'off' },
    { over: { wall: 1 }, field: 'wall', value: 'open' },
    { over: { wall: 3 }, field: 'wall', value: 'closed' },
    { over: { cover: { enabled: 0 } }, field: 'hasCover', value: false },
    { over: { has_photo: 0 }, field: 'hasPhoto', value: false },
    {
      over: { has_photo: undefined, photo_100: 'https://vk.com/images/community_100.png' },
      field: 'hasPhoto',
      value: false,
    },
    { over: { has_photo: undefined }, field: 'hasPhoto', value: true },
    { over: { is_government_organization: 1 }, field: 'isGovernmentOrganization', value: true },
    { over: { is_government_organization: false }, field: 'isGovernmentOrganization', value: false },
    { over: { members_count: 0 }, field: 'membersCount', value: 0 },
  ])('$over → $field $value', ({ over, field, value }) => {
    const page = toPageInfo(wireGroupSchema.parse({ ...realGroup, ...over }));
    expect(page[field as keyof typeof page]).toBe(value);
  });
});

describe('toPost', () => {
  it('maps a published own post', () => {
    expect(toPost(wirePostSchema.parse(realPost()))).toEqual({
      id: 42,
      ownerId: -101,
      date: 1_731_000_000,
      own: true,
      state: 'published',
      pinned: false,
      ads: false,
      likes: 12,
      comments: 3,
      reposts: 2,
      views: 340,
      text: 'Новости школы',
    });
  });

  it.each([
    { over: { copy_history: [{ id: 1, owner_id: -5 }] }, field: 'own', value: false },
    { over: { copy_history: [] }, field: 'own', value: true },
    { over: { post_type: 'copy' }, field: 'own', value: false },
    { over: { from_id: 12345 }, field: 'own', value: false },
    { over: { post_type: 'postpone' }, field: 'state', value: 'postponed' },
    { over: { post_type: 'suggest' }, field: 'state', value: 'suggested' },
    { over: { post_type: 'photo' }, field: 'state', value: 'published' },
    { over: { views: undefined }, field: 'views', value: null },
    { over: { views: { count: 0 } }, field: 'views', value: 0 },
    { over: { likes: undefined }, field: 'likes', value: 0 },
    { over: { is_pinned: 1 }, field: 'pinned', value: true },
    { over: { marked_as_ads: 1 }, field: 'ads', value: true },
  ])('$over → $field $value', ({ over, field, value }) => {
    const post = toPost(wirePostSchema.parse(realPost(over)));
    expect(post[field as keyof typeof post]).toEqual(value);
  });

  it('uses the fallback owner when owner_id is absent and trims long text', () => {
    const post = toPost(wirePostSchema.parse({ id: 1, date: 5, text: 'я'.repeat(1000) }), -101);
    expect(post).toMatchObject({ ownerId: -101, own: true, views: null, likes: 0 });
    expect(post.text).toHaveLength(POST_TEXT_LIMIT);
  });
});

describe('toReachInput', () => {
  it.each([
    {
      name: 'mean over periods',
      periods: [
        { reach: { reach: 100, reach_subscribers: 60 } },
        { reach: { reach: 300, reach_subscribers: 100 } },
      ],
      input: { kind: 'stats', reach: 200, reachSubscribers: 80 },
    },
    {
      name: 'no subscriber split',
      periods: [{ reach: { reach: 50 } }],
      input: { kind: 'stats', reach: 50, reachSubscribers: null },
    },
    { name: 'no periods', periods: [], input: { kind: 'unavailable', reason: 'no-data' } },
    {
      name: 'periods without reach',
      periods: [{ visitors: {} }],
      input: { kind: 'unavailable', reason: 'no-data' },
    },
  ])('$name', ({ periods, input }) => {
    expect(toReachInput(statsGetResponse.parse(periods))).toEqual(input);
  });
});
