// The deterministic draw (docs/giveaway.md): the winners follow from the secret committed before
// the giveaway started, the post, and the published sorted participant list — nothing else.

import { isSecretHex } from './id';
import { hexToBytes, sha256, sha256Hex } from './sha256';
import type { DrawInput, DrawResult, PostRef } from './types';

/** hex(SHA-256(the 32 secret bytes)): published when the giveaway starts. */
export function commitmentOf(secretHex: string): string {
  if (!isSecretHex(secretHex)) throw new TypeError('the secret must be 64 lowercase hex digits');
  return sha256Hex(hexToBytes(secretHex));
}

function assertCanonical(ids: readonly number[]): void {
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    if (!Number.isSafeInteger(id) || id <= 0)
      throw new TypeError(`participant ids must be positive integers, got ${String(id)}`);
    if (i > 0 && id <= ids[i - 1]!)
      throw new TypeError(`participant ids must be ascending and distinct (${ids[i - 1]} then ${id})`);
  }
}

/** Ascending distinct positive ids in decimal, joined by ",". Throws on any other list. */
export function canonicalList(ids: readonly number[]): string {
  assertCanonical(ids);
  return ids.join(',');
}

/** hex(SHA-256(UTF-8 of the canonical list)); the empty list hashes "". */
export function listHashOf(ids: readonly number[]): string {
  return sha256Hex(canonicalList(ids));
}

export function drawSeed(secretHex: string, postId: PostRef, listHashHex: string): Uint8Array {
  return sha256(`pulse-draw-v1:${secretHex}:${postId}:${listHashHex}`);
}

export interface DrawStream {
  /** The next 4 stream bytes as a big-endian uint32. */
  nextUint32(): number;
  /** Uniform integer in [0, n) by rejection sampling (no modulo bias). */
  uniform(n: number): number;
}

/** The stream block_i = SHA-256(seed ‖ uint32be(i)), read 4 bytes at a time. */
export function streamBlock(seed: Uint8Array, index: number): Uint8Array {
  const input = new Uint8Array(seed.length + 4);
  input.set(seed);
  new DataView(input.buffer).setUint32(seed.length, index);
  return sha256(input);
}

export function createStream(seed: Uint8Array): DrawStream {
  const seedCopy = Uint8Array.from(seed);
  let blockIndex = 0;
  let block = new DataView(streamBlock(seedCopy, 0).buffer);
  let offset = 0;
  const nextUint32 = (): number => {
    if (offset === 32) {
      blockIndex += 1;
      block = new DataView(streamBlock(seedCopy, blockIndex).buffer);
      offset = 0;
    }
    const value = block.getUint32(offset);
    offset += 4;
    return value;
  };
  return {
    nextUint32,
    uniform(n: number): number {
      if (!Number.isSafeInteger(n) || n < 1 || n > 0x100000000)
        throw new RangeError(`uniform(n) needs 1 <= n <= 2^32, got ${n}`);
      const limit = Math.floor(0x100000000 / n) * n;
      for (;;) {
        const u = nextUint32();
        if (u < limit) return u % n;
      }
    },
  };
}

function assertCount(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0)
    throw new TypeError(`${name} must be a non-negative integer, got ${String(value)}`);
}

/** Winners then reserves, each in draw order. Throws TypeError on a malformed input. */
export function drawWinners(input: DrawInput): DrawResult {
  if (!isSecretHex(input.secret)) throw new TypeError('the secret must be 64 lowercase hex digits');
  assertCount(input.winners, 'winners');
  assertCount(input.reserves, 'reserves');
  const listHash = listHashOf(input.participants);
  const stream = createStream(drawSeed(input.secret, input.postId, listHash));
  const pool = [...input.participants];
  const taken: number[] = [];
  const total = Math.min(input.winners + input.reserves, pool.length);
  for (let k = 0; k < total; k++) {
    const i = stream.uniform(pool.length);
    taken.push(pool[i]!);
    pool.splice(i, 1);
  }
  const winnerCount = Math.min(input.winners, taken.length);
  return { winners: taken.slice(0, winnerCount), reserves: taken.slice(winnerCount) };
}
