// Quiz ids: the shape the sealed lines, published lines and links rely on.

import { toBase64Url } from '../text/base64url';

export const QUIZ_ID = /^[A-Za-z0-9_-]{8,16}$/;

export function isQuizId(s: unknown): s is string {
  return typeof s === 'string' && QUIZ_ID.test(s);
}

/** base64url (no padding) of exactly 9 random bytes: 12 characters. */
export function newQuizId(random9: Uint8Array): string {
  if (random9.length !== 9) throw new TypeError('a quiz id takes exactly 9 random bytes');
  return toBase64Url(random9);
}
