// The demo bridge: launch params from the URL, tokens and refusals, API calls and their rejections in
// the real bridge's shapes, VK Storage in the given Web Storage, appearance, and unsupported methods.
import { afterEach, describe, expect, it } from 'vitest';
import { isMember, managerRole } from '../../../src/demo/crowd';
import {
  DEMO_APP_ID,
  DEMO_LABEL,
  createDemoBridge,
  isDemoSearch,
  parseDemoSearch,
} from '../../../src/demo/fake-bridge';
import { generateWorld } from '../../../src/demo/world';
import type { BridgeEvent } from '../../../src/vk/bridge-like';
import { VirtualClock } from '../../../src/vk/clock';
import { NOW, V } from './helpers';
import { MemoryStorage } from './session-helpers';

const world = generateWorld({ seed: 1, now: NOW });

function bridge(search: string, storage = new MemoryStorage(), w = generateWorld({ seed: 1, now: NOW })) {
  return createDemoBridge({ search, storage, clock: new VirtualClock(NOW * 1000), world: w });
}

async function rejection(p: Promise<unknown>): Promise<Record<string, unknown>> {
  try {
    await p;
  } catch (err) {
    return err as Record<string, unknown>;
  }
  throw new Error('expected a rejection');
}

describe('launch params from the URL', () => {
  it('defaults to the demo viewer as admin of the head page, in the shape VK returns', async () => {
    const b = bridge('?demo=1');
    const params = (await b.send('VKWebAppGetLaunchParams')) as Record<string, unknown>;
    expect(params).toEqual({
      vk_user_id: world.viewerId,
      vk_app_id: DEMO_APP_ID,
      vk_is_app_user: 1,
      vk_are_notifications_enabled: 0,
      vk_language: 'ru',
      vk_ref: 'other',
      vk_access_token_settings: '',
      vk_group_id: world.headId,
      vk_viewer_group_role: 'admin',
      vk_platform: 'desktop_web',
      vk_is_favorite: 0,
      vk_ts: NOW,
      sign: 'demo',
    });
    const search = new URLSearchParams(b.launchSearch());
    expect(search.get('vk_user_id')).toBe(String(world.viewerId));
    expect(search.get('vk_group_id')).toBe(String(world.headId));
    expect(search.get('sign')).toBe('demo');
  });

  it('picks a viewer who really has the asked role in the asked page', async () => {
    const cases: [string, number, (string | null)[]][] = [
      ['role=admin&group=219000004', 219000004, ['creator', 'administrator']],
      ['role=admin&group=219000006', 219000006, ['administrator']],
      ['role=editor&group=219000015', 219000015, ['editor']],
      ['role=editor&group=219000004', 219000004, ['editor']],
      ['role=moder&group=219000010', 219000010, ['moderator']],
      ['role=member&group=219000010', 219000010, [null]],
      ['role=none&group=219000010', 219000010, [null]],
    ];
    for (const [search, group, roles] of cases) {
      const p = (await bridge(`?demo=1&${search}`).send('VKWebAppGetLaunchParams')) as {
        vk_user_id: number;
        vk_group_id: number;
      };
      expect(p.vk_group_id, search).toBe(group);
      expect(roles, search).toContain(managerRole(world, group, p.vk_user_id));
      const member = isMember(world, group, p.vk_user_id);
      expect(member, search).toBe(!search.startsWith('role=none'));
    }
    const editor = (await bridge('?role=editor&group=219000015').send('VKWebAppGetLaunchParams')) as {
      vk_user_id: number;
    };
    expect(editor.vk_user_id).toBe(world.viewerId);
  });

  it('opens outside any community with role=none&outside=1; an unknown group falls back to the head page', async () => {
    const outside = (await bridge('?demo=1&role=none&outside=1').send('VKWebAppGetLaunchParams')) as Record<
      string,
      unknown
    >;
    expect(outside['vk_group_id']).toBeUndefined();
    expect(outside['vk_viewer_group_role']).toBeUndefined();
    expect(outside['vk_user_id']).toBe(world.viewerId);
    const unknown = (await bridge('?demo=1&group=12345').send('VKWebAppGetLaunchParams')) as Record<
      string,
      unknown
    >;
    expect(unknown['vk_group_id']).toBe(world.headId);
  });

  it('takes now and seed from the URL (the clock runs on from now)', async () => {
    const b = createDemoBridge({
      search: '?demo=1&now=2024-11-14T18:00:00%2B03:00&seed=5',
      storage: new MemoryStorage(),
    });
    const at = Date.parse('2024-11-14T18:00:00+03:00') / 1000;
    expect(b.world.now).toBe(at);
    expect(b.world.seed).toBe(5);
    const params = (await b.send('VKWebAppGetLaunchParams')) as { vk_ts: number };
    expect(Math.abs(params.vk_ts - at)).toBeLessThanOrEqual(1);
    expect(Math.abs(b.clock.now() - at * 1000)).toBeLessThan(5000);
  });

  it('parses the switches, with safe defaults for nonsense', () => {
    expect(parseDemoSearch('?demo=1')).toMatchObject({
      role: 'admin',
      groupId: null,
      outside: false,
      seed: 1,
      now: null,
      faults: null,
      theme: null,
    });
    expect(parseDemoSearch('?role=boss&group=-5&seed=x&now=yesterday&faults=-1&theme=blue')).toMatchObject({
      role: 'admin',
      groupId: null,
      seed: 1,
      now: null,
      faults: null,
      theme: null,
    });
    expect(parseDemoSearch('?faults=0.3&faultkinds=network,bogus&deny=stats,groups').faults).toEqual({
      rate: 0.3,
      kinds: ['network'],
    });
    expect([...parseDemoSearch('?deny=stats,groups').deny]).toEqual(['stats', 'groups']);
    expect(parseDemoSearch('?role=none&outside=1').outside).toBe(true);
    expect(parseDemoSearch('?role=admin&outside=1').outside).toBe(false);
  });

  it('tells the demo apart from a VK launch', () => {
    expect(isDemoSearch('')).toBe(true);
    expect(isDemoSearch('?demo=1')).toBe(true);
    expect(isDemoSearch('?vk_user_id=1&vk_app_id=2&sign=x')).toBe(false);
    expect(isDemoSearch('?vk_user_id=1&vk_app_id=2&demo=1')).toBe(true);
    expect(isDemoSearch('?vk_user_id=1&vk_app_id=2&demo=0')).toBe(false);
    expect(DEMO_LABEL).toBe('Демо-режим: данные смоделированы');
  });
});

describe('tokens through the bridge', () => {
  it('grants the asked scopes; refuses a denied one like the real bridge', async () => {
    const b = bridge('?demo=1&deny=stats');
    const basic = (await b.send('VKWebAppGetAuthToken', { app_id: DEMO_APP_ID, scope: '' })) as {
      access_token: string;
      scope: string;
    };
    expect(basic.scope).toBe('');
    const wall = (await b.send('VKWebAppGetAuthToken', {
      app_id: DEMO_APP_ID,
      scope: 'groups,wall,bogus',
    })) as { access_token: string; scope: string };
    expect(wall.scope).toBe('groups,wall');
    expect(wall.access_token).toMatch(/^demo-user\./);
    expect(
      await rejection(b.send('VKWebAppGetAuthToken', { app_id: DEMO_APP_ID, scope: 'stats,groups' })),
    ).toEqual({
      error_type: 'client_error',
      error_data: { error_code: 4, error_reason: 'User denied' },
    });
    expect((await rejection(b.send('VKWebAppGetAuthToken', { app_id: 1, scope: '' })))['error_type']).toBe(
      'client_error',
    );
    expect(
      (
        await rejection(
          bridge('?deny=token').send('VKWebAppGetAuthToken', { app_id: DEMO_APP_ID, scope: '' }),
        )
      )['error_type'],
    ).toBe('client_error');
  });

  it('gives a community token to the page admins only', async () => {
    const admin = bridge('?demo=1');
    const t = (await admin.send('VKWebAppGetCommunityToken', {
      app_id: DEMO_APP_ID,
      group_id: world.headId,
      scope: 'app_widget,manage',
    })) as { access_token: string; scope: string };
    expect(t).toMatchObject({ scope: 'app_widget,manage' });
    expect(t.access_token).toMatch(/^demo-community\.219000001\./);
    const member = bridge('?demo=1&role=member');
    expect(
      await rejection(
        member.send('VKWebAppGetCommunityToken', {
          app_id: DEMO_APP_ID,
          group_id: world.headId,
          scope: 'app_widget',
        }),
      ),
    ).toMatchObject({
      error_type: 'client_error',
      error_data: { error_code: 4 },
    });
    const notMine = await rejection(
      admin.send('VKWebAppGetCommunityToken', { app_id: DEMO_APP_ID, group_id: 219000003, scope: '' }),
    );
    expect(notMine['error_type']).toBe('client_error');
  });
});

describe('API calls through the bridge', () => {
  it('resolves with the API body and rejects API errors without the token in request_params', async () => {
    const b = bridge('?demo=1');
    const { access_token } = (await b.send('VKWebAppGetAuthToken', { app_id: DEMO_APP_ID, scope: '' })) as {
      access_token: string;
    };
    const body = (await b.send('VKWebAppCallAPIMethod', {
      method: 'groups.getById',
      params: { group_id: world.headId, v: V, access_token },
      request_id: 'r1',
    })) as {
      response: { groups: { id: number }[] };
    };
    expect(body.response.groups[0]?.id).toBe(world.headId);
    const err = await rejection(
      b.send('VKWebAppCallAPIMethod', {
        method: 'wall.get',
        params: { owner_id: -world.special.private, v: V, access_token },
      }),
    );
    expect(err['error_type']).toBe('api_error');
    const data = err['error_data'] as {
      error_code: number;
      error_msg: string;
      request_params: { key: string; value: string }[];
    };
    expect(data.error_code).toBe(15);
    expect(data.error_msg).toMatch(/Access denied/);
    expect(data.request_params).toContainEqual({ key: 'owner_id', value: String(-world.special.private) });
    expect(JSON.stringify(data)).not.toContain(access_token);
    expect(JSON.stringify(data)).not.toContain('access_token');
    const exec = (await b.send('VKWebAppCallAPIMethod', {
      method: 'execute',
      params: {
        code: `var a = API.wall.get({"owner_id": -${world.special.deleted}}); return [a];`,
        v: V,
        access_token,
      },
    })) as { response: unknown; execute_errors: { error_code: number }[] };
    expect(exec.response).toEqual([false]);
    expect(exec.execute_errors[0]?.error_code).toBe(15);
  });

  it('rejects a network drop as the bridge does (client_error 1, "Network error")', async () => {
    const b = bridge('?demo=1&faults=1&faultkinds=network');
    const { access_token } = (await b.send('VKWebAppGetAuthToken', { app_id: DEMO_APP_ID, scope: '' })) as {
      access_token: string;
    };
    expect(
      await rejection(
        b.send('VKWebAppCallAPIMethod', { method: 'users.get', params: { v: V, access_token } }),
      ),
    ).toEqual({
      error_type: 'client_error',
      error_data: { error_code: 1, error_reason: 'Network error' },
    });
  });
});

describe('VK Storage through the bridge', () => {
  it('stores per user in the given storage, truncated to 4096 bytes, shared with storage.get', async () => {
    const storage = new MemoryStorage();
    const b = bridge('?demo=1', storage);
    expect(await b.send('VKWebAppStorageSet', { key: 'draft', value: 'ж'.repeat(2100) })).toEqual({
      result: true,
    });
    expect(await b.send('VKWebAppStorageSet', { key: 'other', value: '1' })).toEqual({ result: true });
    const got = (await b.send('VKWebAppStorageGet', { keys: ['draft', 'missing'] })) as {
      keys: { key: string; value: string }[];
    };
    expect(got.keys).toEqual([
      { key: 'draft', value: 'ж'.repeat(2048) },
      { key: 'missing', value: '' },
    ]);
    expect(await b.send('VKWebAppStorageGetKeys', { count: 10, offset: 0 })).toEqual({
      keys: ['draft', 'other'],
    });
    expect(await b.send('VKWebAppStorageGetKeys', { count: 10, offset: 1 })).toEqual({ keys: ['other'] });
    const { access_token } = (await b.send('VKWebAppGetAuthToken', { app_id: DEMO_APP_ID, scope: '' })) as {
      access_token: string;
    };
    const viaApi = (await b.send('VKWebAppCallAPIMethod', {
      method: 'storage.get',
      params: { key: 'other', v: V, access_token },
    })) as { response: unknown };
    expect(viaApi.response).toEqual([{ key: 'other', value: '1' }]);
    // A new session over the same storage sees the values; another user does not.
    expect(
      (
        (await bridge('?demo=1', storage).send('VKWebAppStorageGet', { keys: ['other'] })) as {
          keys: { value: string }[];
        }
      ).keys[0]?.value,
    ).toBe('1');
    expect(
      (
        (await bridge('?demo=1&role=member', storage).send('VKWebAppStorageGet', { keys: ['other'] })) as {
          keys: { value: string }[];
        }
      ).keys[0]?.value,
    ).toBe('');
    await b.send('VKWebAppStorageSet', { key: 'other', value: '' });
    expect(await b.send('VKWebAppStorageGetKeys', { count: 10, offset: 0 })).toEqual({ keys: ['draft'] });
    expect(
      (await rejection(b.send('VKWebAppStorageSet', { key: 'no spaces', value: 'x' })))['error_type'],
    ).toBe('client_error');
    expect((await rejection(b.send('VKWebAppStorageGet', { keys: 'draft' })))['error_type']).toBe(
      'client_error',
    );
  });
});

describe('appearance, events and the rest', () => {
  const original = (globalThis as { matchMedia?: unknown }).matchMedia;
  afterEach(() => {
    (globalThis as { matchMedia?: unknown }).matchMedia = original;
  });

  it('sends VKWebAppUpdateConfig after init, follows theme=dark, and emits result events', async () => {
    const b = bridge('?demo=1&theme=dark');
    const events: BridgeEvent[] = [];
    b.subscribe((e) => events.push(e));
    expect(await b.send('VKWebAppInit')).toEqual({ result: true });
    await b.send('VKWebAppGetAuthToken', { app_id: DEMO_APP_ID, scope: '' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    const types = events.map((e) => e.detail.type);
    expect(types).toEqual(
      expect.arrayContaining(['VKWebAppUpdateConfig', 'VKWebAppInitResult', 'VKWebAppAccessTokenReceived']),
    );
    expect(events.find((e) => e.detail.type === 'VKWebAppUpdateConfig')?.detail.data).toMatchObject({
      appearance: 'dark',
      scheme: 'vkcom_dark',
    });
    expect(await b.send('VKWebAppGetConfig')).toMatchObject({
      appearance: 'dark',
      app_id: String(DEMO_APP_ID),
    });
    b.setAppearance('light');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(events.at(-1)?.detail).toMatchObject({
      type: 'VKWebAppUpdateConfig',
      data: { appearance: 'light' },
    });
  });

  it('follows prefers-color-scheme when the URL does not choose, including later changes', async () => {
    let change: ((e: { matches: boolean }) => void) | null = null;
    (globalThis as { matchMedia?: unknown }).matchMedia = () => ({
      matches: true,
      addEventListener: (_: string, f: (e: { matches: boolean }) => void) => {
        change = f;
      },
    });
    const b = bridge('?demo=1');
    expect(await b.send('VKWebAppGetConfig')).toMatchObject({ appearance: 'dark' });
    const seen: unknown[] = [];
    b.subscribe((e) => seen.push(e.detail.data));
    (change as ((e: { matches: boolean }) => void) | null)?.({ matches: false });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toContainEqual(expect.objectContaining({ appearance: 'light' }));
  });

  it('copies text, adds the app to a page, previews the widget, joins a group', async () => {
    const w = generateWorld({ seed: 1, now: NOW });
    const b = bridge('?demo=1', new MemoryStorage(), w);
    expect(await b.send('VKWebAppCopyText', { text: 'Пост для публикации' })).toEqual({ result: true });
    expect(b.copiedText).toBe('Пост для публикации');
    expect(await b.send('VKWebAppAddToCommunity', {})).toEqual({ group_id: w.headId });
    expect(w.state.installed.has(w.headId)).toBe(true);
    const code = 'return {"title": "Лидеры недели", "rows": [{"title": "Анна"}]};';
    expect(
      await b.send('VKWebAppShowCommunityWidgetPreviewBox', { group_id: w.headId, type: 'list', code }),
    ).toEqual({ result: true });
    expect(w.state.widgets.get(w.headId)?.value).toEqual({
      title: 'Лидеры недели',
      rows: [{ title: 'Анна' }],
    });
    expect(
      (
        await rejection(
          b.send('VKWebAppShowCommunityWidgetPreviewBox', { group_id: 219000003, type: 'list', code }),
        )
      )['error_type'],
    ).toBe('client_error');
    const member = bridge('?demo=1&role=none&group=219000010', new MemoryStorage(), w);
    const { vk_user_id } = (await member.send('VKWebAppGetLaunchParams')) as { vk_user_id: number };
    expect(isMember(w, 219000010, vk_user_id)).toBe(false);
    await member.send('VKWebAppJoinGroup', { group_id: 219000010 });
    expect(isMember(w, 219000010, vk_user_id)).toBe(true);
    expect(await member.send('VKWebAppGetUserInfo')).toMatchObject({ id: vk_user_id });
  });

  it('rejects methods it does not support, as the bridge does on an unsupported platform', async () => {
    for (const method of ['VKWebAppShowImages', 'constructor', '__proto__', 'toString']) {
      expect(await rejection(bridge('?demo=1').send(method, { message: 'x' })), method).toEqual({
        error_type: 'client_error',
        error_data: { error_code: 6, error_reason: 'Unsupported platform' },
      });
    }
  });
});
