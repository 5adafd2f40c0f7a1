// The worked example of docs/giveaway.md: inputs here, values computed by the code; the test reads
// the doc's block and asserts both agree, so neither can drift.

import { bytesToHex } from '../../../../src/core/giveaway/sha256';
import {
  canonicalList,
  commitmentOf,
  createStream,
  drawSeed,
  drawWinners,
  listHashOf,
  streamBlock,
} from '../../../../src/core/giveaway/draw';
import { encodeCompactList } from '../../../../src/core/giveaway/protocol';

export const EXAMPLE = {
  secret: '000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f',
  postId: '-219000001_42',
  participants: [15, 27, 101, 350, 4096, 77777, 100500, 123456, 999999, 1000000],
  winners: 2,
  reserves: 1,
};

/** Every value the doc quotes, as "key value" strings. */
export function exampleValues(): Record<string, string> {
  const listHash = listHashOf(EXAMPLE.participants);
  const seed = drawSeed(EXAMPLE.secret, EXAMPLE.postId, listHash);
  const stream = createStream(seed);
  const words = [stream.nextUint32(), stream.nextUint32(), stream.nextUint32()];
  const result = drawWinners(EXAMPLE);
  return {
    secret: EXAMPLE.secret,
    postId: EXAMPLE.postId,
    commitment: commitmentOf(EXAMPLE.secret),
    canonical: canonicalList(EXAMPLE.participants),
    listHash,
    seed: bytesToHex(seed),
    block0: bytesToHex(streamBlock(seed, 0)),
    u: words.join(','),
    winners: result.winners.join(','),
    reserves: result.reserves.join(','),
    compact: encodeCompactList(EXAMPLE.participants),
  };
}
