import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from '../../../../src/core/text/base64url';
import { isQuizId, newQuizId } from '../../../../src/core/quiz/id';

describe('base64url', () => {
  it('round-trips every length and every byte value', () => {
    for (let length = 0; length <= 70; length++) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 37 + length) & 255);
      const text = toBase64Url(bytes);
      expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
      expect(text).toBe(Buffer.from(bytes).toString('base64url'));
      expect(fromBase64Url(text)).toEqual(bytes);
    }
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(fromBase64Url(toBase64Url(all))).toEqual(all);
  });

  it.each([
    ['padding', 'AAE='],
    ['standard base64 characters', 'ab+/'],
    ['a space', 'AA AA'],
    ['an impossible length', 'AAAAA'],
    ['non-zero spare bits (one spelling per byte string)', 'AB'],
    ['non-zero spare bits in a 3-character tail', 'AAB'],
  ])('rejects %s', (_name, text) => {
    expect(() => fromBase64Url(text)).toThrow(/not base64url/);
  });
});

describe('quiz ids', () => {
  it('are 12 base64url characters of 9 bytes', () => {
    const id = newQuizId(Uint8Array.from([0, 1, 2, 250, 251, 252, 253, 254, 255]));
    expect(id).toBe('AAEC-vv8_f7_');
    expect(isQuizId(id)).toBe(true);
    expect(() => newQuizId(new Uint8Array(8))).toThrow(/9 random bytes/);
  });

  it.each([
    ['Abc_-123', true],
    ['a'.repeat(16), true],
    ['short7x', false],
    ['a'.repeat(17), false],
    ['has.dot1', false],
    ['кириллица', false],
  ])('isQuizId(%j) is %s', (id, ok) => {
    expect(isQuizId(id)).toBe(ok);
  });
});
