// Giveaway ids and secrets: the shapes the published lines and links rely on.

import { toBase64Url } from '../text/base64url';

export const GIVEAWAY_ID = /^[A-Za-z0-9_-]{8,16}$/;

const SECRET_HEX = /^[0-9a-f]{64}$/;

export function isGiveawayId(s: unknown): s is string {
  return typeof s === 'string' && GIVEAWAY_ID.test(s);
}

/** A 256-bit secret as 64 lowercase hex digits. */
export function isSecretHex(s: unknown): s is string {
  return typeof s === 'string' && SECRET_HEX.test(s);
}

/** base64url (no padding) of exactly 9 random bytes: 12 characters. */
export function newGiveawayId(random9bytes: Uint8Array): string {
  if (random9bytes.length !== 9) throw new TypeError('a giveaway id takes exactly 9 random bytes');
  return toBase64Url(random9bytes);
}
