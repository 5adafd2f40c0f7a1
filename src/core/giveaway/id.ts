// Giveaway ids and secrets: the shapes the published lines and links rely on.

export const GIVEAWAY_ID = /^[A-Za-z0-9_-]{8,16}$/;

const SECRET_HEX = /^[0-9a-f]{64}$/;

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

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
  let out = '';
  for (let i = 0; i < 9; i += 3) {
    const n = (random9bytes[i]! << 16) | (random9bytes[i + 1]! << 8) | random9bytes[i + 2]!;
    out +=
      BASE64URL[(n >> 18) & 63]! +
      BASE64URL[(n >> 12) & 63]! +
      BASE64URL[(n >> 6) & 63]! +
      BASE64URL[n & 63]!;
  }
  return out;
}
