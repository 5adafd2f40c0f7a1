// base64url without padding (RFC 4648 §5), strict both ways: the sealed and published lines rely
// on one spelling per byte string, so padding, stray characters and non-zero spare bits are errors.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Map([...ALPHABET].map((char, i) => [char, i]));

export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars =
      ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!;
    out += chars.slice(0, Math.min(4, bytes.length - i + 1));
  }
  return out;
}

/** The bytes; throws on a character outside the alphabet, padding, a bad length or stray low bits. */
export function fromBase64Url(s: string): Uint8Array<ArrayBuffer> {
  if (s.length % 4 === 1) throw new TypeError('not base64url: impossible length');
  const out = new Uint8Array(Math.floor((s.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < s.length; i += 4) {
    const chunk = s.slice(i, i + 4);
    let n = 0;
    for (let j = 0; j < 4; j++) {
      const value = j < chunk.length ? VALUE.get(chunk[j]!) : 0;
      if (value === undefined) throw new TypeError('not base64url: unexpected character');
      n = (n << 6) | value;
    }
    out[o++] = (n >> 16) & 255;
    if (chunk.length > 2) out[o++] = (n >> 8) & 255;
    if (chunk.length > 3) out[o++] = n & 255;
    // The bits after the last whole byte must be zero: one spelling per byte string.
    if ((chunk.length === 2 && (n & 0xffff) !== 0) || (chunk.length === 3 && (n & 0xff) !== 0))
      throw new TypeError('not base64url: non-zero spare bits');
  }
  return out;
}
