// SHA-256 for the draw, from @noble/hashes (audited, synchronous, no dependencies): the core stays
// pure and sync, so no WebCrypto (async) and no node:crypto (not in the browser). Plus the strict
// hex helpers of the protocol (docs/giveaway.md).
import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
import { bytesToHex as nobleBytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** SHA-256 of bytes, or of a string's UTF-8 encoding: 32 bytes in a buffer of their own. */
export function sha256(data: Uint8Array | string): Uint8Array {
  const digest = nobleSha256(typeof data === 'string' ? utf8ToBytes(data) : data);
  // A copy whose .buffer is exactly the 32 bytes: callers read it through DataView(digest.buffer).
  return Uint8Array.from(digest);
}

/** Lowercase hex of SHA-256. */
export function sha256Hex(data: Uint8Array | string): string {
  return nobleBytesToHex(nobleSha256(typeof data === 'string' ? utf8ToBytes(data) : data));
}

const HEX = /^(?:[0-9a-fA-F]{2})*$/;

/** Bytes of a hex string (either case); throws a TypeError on odd length or a non-hex digit. */
export function hexToBytes(hex: string): Uint8Array {
  if (!HEX.test(hex)) throw new TypeError(`not a hex byte string: ${JSON.stringify(hex.slice(0, 80))}`);
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/** Lowercase hex. */
export function bytesToHex(bytes: Uint8Array): string {
  return nobleBytesToHex(bytes);
}
