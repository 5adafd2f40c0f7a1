import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../../../src/vk/clock';
import { TokenRefusedError } from '../../../src/vk/errors';
import { createTokenStore } from '../../../src/vk/tokens';
import { FakeVk } from './fake-vk';

function setup() {
  const vk = new FakeVk({ clock: new VirtualClock(0) });
  const tokens = createTokenStore({ bridge: vk.bridge, appId: 51234567 });
  const dialogs = () => vk.bridgeCalls.filter((c) => c.method.startsWith('VKWebAppGet'));
  return { vk, tokens, dialogs };
}

describe('TokenStore: user token', () => {
  it('asks for the smallest scope first and reuses the token', async () => {
    const { tokens, dialogs } = setup();
    const first = await tokens.getUserToken();
    const second = await tokens.getUserToken([]);
    expect(second).toBe(first);
    expect(dialogs()).toEqual([{ method: 'VKWebAppGetAuthToken', props: { app_id: 51234567, scope: '' } }]);
  });

  it('asks again with the union of scopes only when a feature needs more', async () => {
    const { tokens, dialogs } = setup();
    await tokens.getUserToken();
    expect(tokens.hasUserScope('stats')).toBe(false);
    const withStats = await tokens.getUserToken(['stats']);
    expect(tokens.hasUserScope('stats')).toBe(true);
    const withBoth = await tokens.getUserToken(['groups']);
    expect(await tokens.getUserToken(['stats', 'groups'])).toBe(withBoth);
    expect(withBoth).not.toBe(withStats);
    expect(dialogs().map((c) => c.props['scope'])).toEqual(['', 'stats', 'groups,stats']);
  });

  it('shares one dialog between concurrent requests for the same token', async () => {
    const { tokens, dialogs } = setup();
    const got = await Promise.all([tokens.getUserToken(), tokens.getUserToken(), tokens.getUserToken([])]);
    expect(new Set(got).size).toBe(1);
    expect(dialogs()).toHaveLength(1);
  });

  it('waits for a narrower dialog, then asks once for the union', async () => {
    const { tokens, dialogs } = setup();
    const [basic, stats, stats2] = await Promise.all([
      tokens.getUserToken(),
      tokens.getUserToken(['stats']),
      tokens.getUserToken(['stats']),
    ]);
    expect(stats).toBe(stats2);
    expect(basic).not.toBe(stats);
    expect(dialogs().map((c) => c.props['scope'])).toEqual(['', 'stats']);
  });

  it('turns a closed dialog into TokenRefusedError naming the scope, and can ask again later', async () => {
    const { vk, tokens, dialogs } = setup();
    vk.grantScopes = () => null;
    const err = await tokens.getUserToken(['stats']).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TokenRefusedError);
    expect((err as TokenRefusedError).scopes).toEqual(['stats']);
    expect((err as TokenRefusedError).tokenKind).toBe('user');
    expect((err as Error).message).toContain('User denied');
    expect(tokens.hasUserScope('stats')).toBe(false);
    vk.grantScopes = (requested) => requested;
    await expect(tokens.getUserToken(['stats'])).resolves.toMatch(/SECRET_user/);
    expect(dialogs()).toHaveLength(2);
  });

  it('reports a scope the viewer unticked as refused, keeping the token for what was granted', async () => {
    const { vk, tokens } = setup();
    vk.grantScopes = (requested) => requested.filter((s) => s !== 'wall');
    const err = await tokens.getUserToken(['stats', 'wall']).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TokenRefusedError);
    expect((err as TokenRefusedError).scopes).toEqual(['wall']);
    expect(tokens.hasUserScope('stats')).toBe(true);
  });

  it('assumes the requested scopes when the answer has no scope field', async () => {
    const { vk, tokens } = setup();
    vk.answerWithScope = false;
    await tokens.getUserToken(['groups']);
    expect(tokens.hasUserScope('groups')).toBe(true);
  });

  it('asks for a fresh token with all known scopes after forget()', async () => {
    const { tokens, dialogs } = setup();
    const old = await tokens.getUserToken(['stats']);
    tokens.forget(old);
    const fresh = await tokens.getUserToken();
    expect(fresh).not.toBe(old);
    expect(dialogs().map((c) => c.props['scope'])).toEqual(['stats', 'stats']);
  });

  it('never puts the token into a refusal error', async () => {
    const { vk, tokens } = setup();
    const token = await tokens.getUserToken();
    vk.grantScopes = () => null;
    const err = await tokens.getUserToken(['wall']).catch((e: unknown) => e);
    expect(JSON.stringify(err) + String(err) + (err as Error).stack).not.toContain(token);
  });
});

describe('TokenStore: community token', () => {
  it('asks per community with app_id, group_id and scope, and caches per community', async () => {
    const { tokens, dialogs } = setup();
    const a = await tokens.getCommunityToken(101, ['app_widget']);
    const b = await tokens.getCommunityToken(202);
    expect(await tokens.getCommunityToken(101, ['app_widget'])).toBe(a);
    expect(a).not.toBe(b);
    expect(tokens.hasCommunityScope(101, 'app_widget')).toBe(true);
    expect(tokens.hasCommunityScope(202, 'app_widget')).toBe(false);
    expect(dialogs()).toEqual([
      {
        method: 'VKWebAppGetCommunityToken',
        props: { app_id: 51234567, group_id: 101, scope: 'app_widget' },
      },
      { method: 'VKWebAppGetCommunityToken', props: { app_id: 51234567, group_id: 202, scope: '' } },
    ]);
  });

  it('turns a refusal (not an admin, closed dialog) into TokenRefusedError for that community', async () => {
    const { vk, tokens } = setup();
    vk.grantScopes = (_requested, kind) => (kind === 'community' ? null : []);
    const err = await tokens.getCommunityToken(101, ['manage']).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TokenRefusedError);
    expect(err).toMatchObject({ tokenKind: 'community', groupId: 101, scopes: ['manage'] });
  });
});
