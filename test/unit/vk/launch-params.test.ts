import { describe, expect, it } from 'vitest';
import {
  LaunchParamsError,
  detectRole,
  hasVkLaunchParams,
  parseLaunchParams,
} from '../../../src/vk/launch-params';
import { canManage } from '../../../src/core/roles';

const BASE =
  'vk_access_token_settings=&vk_app_id=51234567&vk_are_notifications_enabled=1&vk_is_app_user=1' +
  '&vk_is_favorite=0&vk_language=ru&vk_platform=desktop_web&vk_ref=other&vk_ts=1700000000&vk_user_id=777' +
  '&sign=abcDEF_123';

describe('parseLaunchParams', () => {
  it('reads a launch without a community as role "outside"', () => {
    expect(parseLaunchParams(`?${BASE}`)).toEqual({
      userId: 777,
      appId: 51234567,
      groupId: null,
      role: 'outside',
      platform: 'desktop_web',
      language: 'ru',
      isAppUser: true,
      notificationsEnabled: true,
      ts: 1700000000,
      sign: 'abcDEF_123',
    });
  });

  it.each(['admin', 'editor', 'moder', 'member', 'none'] as const)(
    'reads role %s from a community launch',
    (role) => {
      const params = parseLaunchParams(`${BASE}&vk_group_id=101&vk_viewer_group_role=${role}`);
      expect(params.groupId).toBe(101);
      expect(params.role).toBe(role);
    },
  );

  it('treats a community launch without a role as "none"', () => {
    expect(parseLaunchParams(`${BASE}&vk_group_id=101`).role).toBe('none');
  });

  it('ignores unknown params and defaults the language and flags', () => {
    const params = parseLaunchParams(
      'vk_user_id=1&vk_app_id=2&vk_platform=mobile_android&utm_source=x&odr_enabled=1',
    );
    expect(params.language).toBe('ru');
    expect(params.isAppUser).toBe(false);
    expect(params.notificationsEnabled).toBe(false);
    expect(params.ts).toBeNull();
    expect(params.sign).toBeNull();
  });

  it('accepts URLSearchParams', () => {
    expect(parseLaunchParams(new URLSearchParams(BASE)).userId).toBe(777);
  });

  it('names every invalid or missing param in a typed error', () => {
    let caught: unknown;
    try {
      parseLaunchParams('vk_user_id=-5&vk_group_id=abc&vk_viewer_group_role=owner');
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(LaunchParamsError);
    const problems = (caught as LaunchParamsError).problems.join('\n');
    expect(problems).toContain('vk_user_id: expected a positive integer');
    expect(problems).toContain('vk_group_id: expected a positive integer');
    expect(problems).toContain('vk_viewer_group_role');
    expect(problems).toContain('vk_app_id: missing');
    expect(problems).toContain('vk_platform: missing');
  });

  it('rejects a malformed flag', () => {
    expect(() => parseLaunchParams(`${BASE.replace('vk_is_app_user=1', 'vk_is_app_user=yes')}`)).toThrow(
      /vk_is_app_user/,
    );
  });
});

describe('hasVkLaunchParams', () => {
  it('is true only when the user and app ids are present', () => {
    expect(hasVkLaunchParams(`?${BASE}`)).toBe(true);
    expect(hasVkLaunchParams('?demo=1')).toBe(false);
    expect(hasVkLaunchParams('')).toBe(false);
    expect(hasVkLaunchParams('vk_user_id=1')).toBe(false);
    expect(hasVkLaunchParams('vk_user_id=&vk_app_id=2')).toBe(false);
  });
});

describe('roles', () => {
  it('detectRole needs a group for any community role', () => {
    expect(detectRole({ vk_group_id: undefined, vk_viewer_group_role: 'admin' })).toBe('outside');
    expect(detectRole({ vk_group_id: 5, vk_viewer_group_role: 'moder' })).toBe('moder');
  });

  it('canManage is true for admins and editors only', () => {
    expect(canManage('admin')).toBe(true);
    expect(canManage('editor')).toBe(true);
    for (const role of ['moder', 'member', 'none', 'outside'] as const) expect(canManage(role)).toBe(false);
  });
});
