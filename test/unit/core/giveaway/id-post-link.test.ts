import { describe, expect, it } from 'vitest';
import { isGiveawayId, isSecretHex, newGiveawayId } from '../../../../src/core/giveaway/id';
import { parsePostRef, postRefParts, postUrl } from '../../../../src/core/wall/post-link';

describe('giveaway ids', () => {
  it('are 12 base64url characters of 9 bytes', () => {
    expect(newGiveawayId(new Uint8Array([0, 0, 0, 0, 0, 0, 0, 0, 0]))).toBe('AAAAAAAAAAAA');
    expect(newGiveawayId(new Uint8Array([255, 255, 255, 251, 239, 190, 1, 2, 3]))).toBe('____----AQID');
    expect(isGiveawayId(newGiveawayId(new Uint8Array(9).fill(200)))).toBe(true);
    expect(() => newGiveawayId(new Uint8Array(8))).toThrow(TypeError);
  });

  it('accept 8–16 of [A-Za-z0-9_-] only', () => {
    expect(isGiveawayId('abcd_-12')).toBe(true);
    expect(isGiveawayId('a'.repeat(16))).toBe(true);
    expect(isGiveawayId('a'.repeat(7))).toBe(false);
    expect(isGiveawayId('a'.repeat(17))).toBe(false);
    expect(isGiveawayId('abcd.efgh')).toBe(false);
    expect(isGiveawayId(12345678)).toBe(false);
  });

  it('secrets are 64 lowercase hex digits', () => {
    expect(isSecretHex('0'.repeat(64))).toBe(true);
    expect(isSecretHex('A'.repeat(64))).toBe(false);
    expect(isSecretHex('0'.repeat(63))).toBe(false);
  });
});

describe('parsePostRef', () => {
  it.each([
    ['-1_2', '-1_2'],
    ['wall-1_2', '-1_2'],
    ['https://vk.com/wall-1_2', '-1_2'],
    ['vk.com/wall-1_2?reply=5', '-1_2'],
    ['https://vk.com/club1?w=wall-1_2', '-1_2'],
    ['https://m.vk.com/wall-1_2', '-1_2'],
    ['https://vk.ru/wall-1_2', '-1_2'],
    ['  https://vk.com/wall-219000001_42  ', '-219000001_42'],
    ['https://vk.com/wall5_7', '5_7'],
  ])('%s → %s', (input, expected) => {
    expect(parsePostRef(input)).toBe(expected);
  });

  it.each(['', 'hello', 'https://example.com/wall-1_2', '-1_0', '0_5', 'https://vk.com/club1', 'wall-1_2x'])(
    'rejects %j',
    (input) => {
      expect(parsePostRef(input)).toBeNull();
    },
  );

  it('splits and links a reference', () => {
    expect(postRefParts('-219000001_42')).toEqual({ ownerId: -219000001, postId: 42 });
    expect(() => postRefParts('nope')).toThrow(TypeError);
    expect(postUrl('-1_2')).toBe('https://vk.com/wall-1_2');
  });
});
