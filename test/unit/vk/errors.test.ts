import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { describeVkError } from '../../../src/shared/vk-error-text';
import {
  StorageError,
  TokenRefusedError,
  VK_ERROR_KINDS,
  VkApiError,
  VkNetworkError,
  VkValidationError,
  isRetryable,
  kindOfCode,
} from '../../../src/vk/errors';
import { LaunchParamsError } from '../../../src/vk/launch-params';

const schema = z.object({
  errors: z.record(z.string(), z.object({ code: z.number(), description: z.string() })),
});
const vkErrors = schema.parse(
  JSON.parse(readFileSync(new URL('../../fixtures/vk-api-schema/errors.json', import.meta.url), 'utf8')),
);
const descriptionOf = new Map(Object.values(vkErrors.errors).map((e) => [e.code, e.description]));

describe('VK error kinds', () => {
  it('match the meaning of each code in VK’s own error list', () => {
    const expected: Record<number, string> = {
      5: 'User authorization failed',
      6: 'Too many requests per second',
      7: 'Permission to perform this action is denied',
      9: 'Flood control',
      10: 'Internal server error',
      12: 'Unable to compile code',
      13: 'Runtime error occurred during code invocation',
      14: 'Captcha needed',
      15: 'Access denied',
      18: 'User was deleted or banned',
      27: 'Group authorization failed',
      29: 'Rate limit reached',
      30: 'This profile is private',
      100: 'One of the parameters specified was missing or invalid',
      203: 'Access to group denied',
      212: 'Access to post comments denied',
    };
    expect(
      Object.keys(VK_ERROR_KINDS)
        .map(Number)
        .sort((a, b) => a - b),
    ).toEqual(Object.keys(expected).map(Number));
    for (const [code, description] of Object.entries(expected)) {
      expect(descriptionOf.get(Number(code))).toBe(description);
    }
  });

  it('retries 6, 9, 10 and network failures only', () => {
    const retryable = Object.keys(VK_ERROR_KINDS)
      .map(Number)
      .filter((code) => isRetryable(new VkApiError({ code, method: 'm', vkMessage: '' })));
    expect(retryable).toEqual([6, 9, 10]);
    expect(isRetryable(new VkNetworkError({ method: 'm', reason: 'offline' }))).toBe(true);
    expect(isRetryable(new VkValidationError({ method: 'm', path: [], issue: '' }))).toBe(false);
    expect(kindOfCode(9999)).toBe('other');
  });
});

describe('describeVkError', () => {
  const cyrillic = /[а-яё]/i;
  const apiError = (code: number) =>
    new VkApiError({ code, method: 'wall.get', vkMessage: 'fake-token.SECRET in message', label: 'x' });

  it('says what happened and what to do, in Russian, for every known code', () => {
    for (const code of [...Object.keys(VK_ERROR_KINDS).map(Number), 9999]) {
      const { title, action } = describeVkError(apiError(code));
      expect(title).toMatch(cyrillic);
      expect(action).toMatch(cyrillic);
      expect(title + action).not.toContain('SECRET');
    }
  });

  it('explains a private community and a closed page plainly', () => {
    expect(describeVkError(apiError(203))).toEqual({
      title: 'Сообщество приватное',
      action: 'Данные видят только участники: вступите в сообщество или попросите доступ у администратора.',
    });
    expect(describeVkError(apiError(15)).title).toBe('Страница закрыта');
    expect(describeVkError(apiError(9999)).title).toBe('Ошибка ВКонтакте (код 9999)');
  });

  it('names the right the viewer did not give', () => {
    const stats = describeVkError(
      new TokenRefusedError({ tokenKind: 'user', scopes: ['stats'], reason: 'User denied' }),
    );
    expect(stats.action).toContain('статистике');
    const community = describeVkError(
      new TokenRefusedError({ tokenKind: 'community', scopes: ['app_widget'], groupId: 1, reason: 'denied' }),
    );
    expect(community.action).toContain('администратор');
  });

  it('covers the other adapter errors and anything unknown', () => {
    const cases = [
      new VkNetworkError({ method: 'm', reason: 'offline' }),
      new VkValidationError({ method: 'm', path: ['a'], issue: 'x' }),
      new StorageError({ kind: 'verify-failed', key: 'k', detail: 'd' }),
      new StorageError({ kind: 'too-large', key: 'k', detail: 'd' }),
      new LaunchParamsError(['vk_user_id: missing']),
    ];
    const titles = cases.map((err) => describeVkError(err).title);
    for (const title of titles) expect(title).toMatch(cyrillic);
    expect(new Set(titles).size).toBe(titles.length);
    const unknown = describeVkError(new Error('fake-token.SECRET weird'));
    expect(unknown).toEqual(describeVkError('not even an error'));
    expect(unknown.title + unknown.action).not.toContain('SECRET');
  });
});
