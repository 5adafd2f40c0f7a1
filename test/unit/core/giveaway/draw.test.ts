import { describe, expect, it } from 'vitest';
import {
  canonicalList,
  commitmentOf,
  createStream,
  drawSeed,
  drawWinners,
  listHashOf,
  streamBlock,
} from '../../../../src/core/giveaway/draw';
import { eligibilityOf, eligibleParticipants } from '../../../../src/core/giveaway/eligibility';
import { bytesToHex, hexToBytes, sha256, sha256Hex } from '../../../../src/core/giveaway/sha256';
import type { DrawInput, GiveawayEvidence } from '../../../../src/core/giveaway/types';
import { emptyEvidence, NO_CONDITIONS, randomIds, seededRandom, testSecret } from './helpers';

const POST = '-219000001_42';

describe('commitment, list and seed', () => {
  it('commits to the secret bytes, not to its hex text', () => {
    const secret = testSecret('c');
    expect(commitmentOf(secret)).toBe(sha256Hex(hexToBytes(secret)));
    expect(commitmentOf(secret)).not.toBe(sha256Hex(secret));
    expect(() => commitmentOf(secret.toUpperCase())).toThrow(TypeError);
  });

  it('hashes the canonical list; the empty list hashes ""', () => {
    expect(canonicalList([3, 20, 100])).toBe('3,20,100');
    expect(listHashOf([3, 20, 100])).toBe(sha256Hex('3,20,100'));
    expect(listHashOf([])).toBe(sha256Hex(''));
    expect(() => canonicalList([3, 2])).toThrow(TypeError);
    expect(() => canonicalList([2, 2])).toThrow(TypeError);
    expect(() => canonicalList([0, 2])).toThrow(TypeError);
    expect(() => canonicalList([1.5])).toThrow(TypeError);
  });

  it('derives the seed and the stream blocks as specified', () => {
    const secret = testSecret('s');
    const hash = listHashOf([1, 2]);
    const seed = drawSeed(secret, POST, hash);
    expect(bytesToHex(seed)).toBe(sha256Hex(`pulse-draw-v1:${secret}:${POST}:${hash}`));
    const block1 = new Uint8Array([...seed, 0, 0, 0, 1]);
    expect(bytesToHex(streamBlock(seed, 1))).toBe(sha256Hex(block1));
    const stream = createStream(seed);
    const words = Array.from({ length: 9 }, () => stream.nextUint32());
    const view = new DataView(sha256(new Uint8Array([...seed, 0, 0, 0, 0])).buffer);
    expect(words.slice(0, 8)).toEqual(Array.from({ length: 8 }, (_, i) => view.getUint32(i * 4)));
    expect(words[8]).toBe(new DataView(streamBlock(seed, 1).buffer).getUint32(0));
  });

  it('rejects values that would bias uniform(n): it skips u >= floor(2^32/n)*n', () => {
    // Find a seed whose first word falls in the rejected tail and whose second does not.
    const n = 0x60000000; // limit = 2 * n = 0xc0000000: a quarter of all words are rejected
    const random = seededRandom(1);
    for (let attempt = 0; attempt < 100; attempt++) {
      const seed = sha256(`reject-${attempt}-${random()}`);
      const probe = createStream(seed);
      const first = probe.nextUint32();
      if (first < 2 * n) continue;
      const second = probe.nextUint32();
      if (second >= 2 * n) continue;
      expect(createStream(seed).uniform(n)).toBe(second % n);
      return;
    }
    throw new Error('no rejecting seed found');
  });
});

describe('drawWinners', () => {
  const base = (participants: number[], secret = testSecret(1)): DrawInput => ({
    secret,
    postId: POST,
    participants,
    winners: 3,
    reserves: 2,
  });

  it('is deterministic and follows the splice selection', () => {
    const ids = randomIds(seededRandom(7), 50);
    const input = base(ids);
    const result = drawWinners(input);
    expect(drawWinners(input)).toEqual(result);
    // The same selection done by hand from the stream.
    const stream = createStream(drawSeed(input.secret, POST, listHashOf(ids)));
    const pool = [...ids];
    const taken = Array.from({ length: 5 }, () => pool.splice(stream.uniform(pool.length), 1)[0]);
    expect([...result.winners, ...result.reserves]).toEqual(taken);
  });

  it('never repeats a person between winners and reserves', () => {
    const random = seededRandom(11);
    for (let k = 0; k < 300; k++) {
      const ids = randomIds(random, 1 + Math.floor(random() * 12), 40);
      const { winners, reserves } = drawWinners({
        ...base(ids, testSecret(`r${k}`)),
        winners: 4,
        reserves: 4,
      });
      const all = [...winners, ...reserves];
      expect(new Set(all).size).toBe(all.length);
      expect(all.every((id) => ids.includes(id))).toBe(true);
      expect(winners).toHaveLength(Math.min(4, ids.length));
      expect(reserves).toHaveLength(Math.min(8, ids.length) - winners.length);
    }
  });

  it('handles fewer participants than winners, and nobody at all', () => {
    expect(drawWinners(base([]))).toEqual({ winners: [], reserves: [] });
    const two = drawWinners(base([5, 9]));
    expect([...two.winners].sort()).toEqual([5, 9]);
    expect(two.reserves).toEqual([]);
    const four = drawWinners(base([1, 2, 3, 4]));
    expect(four.winners).toHaveLength(3);
    expect(four.reserves).toHaveLength(1);
    expect(drawWinners({ ...base([1, 2, 3]), winners: 0, reserves: 0 })).toEqual({
      winners: [],
      reserves: [],
    });
  });

  it('rejects malformed input with a TypeError', () => {
    expect(() => drawWinners(base([2, 1]))).toThrow(TypeError);
    expect(() => drawWinners(base([1, 1]))).toThrow(TypeError);
    expect(() => drawWinners(base([-1, 2]))).toThrow(TypeError);
    expect(() => drawWinners(base([1], 'xyz'))).toThrow(TypeError);
    expect(() => drawWinners(base([1], testSecret(1).toUpperCase()))).toThrow(TypeError);
    expect(() => drawWinners({ ...base([1]), winners: -1 })).toThrow(TypeError);
    expect(() => drawWinners({ ...base([1]), reserves: 1.5 })).toThrow(TypeError);
  });

  it('changes with the secret, the post or any one participant (≥ 99% of 1,000 random cases)', () => {
    const random = seededRandom(2026);
    const cases = 1000;
    let secretChanged = 0;
    let postChanged = 0;
    let listChanged = 0;
    for (let k = 0; k < cases; k++) {
      const ids = randomIds(random, 20 + Math.floor(random() * 180));
      const input = base(ids, testSecret(`d${k}`));
      const key = JSON.stringify(drawWinners(input));
      if (JSON.stringify(drawWinners({ ...input, secret: testSecret(`d${k}'`) })) !== key) secretChanged++;
      if (JSON.stringify(drawWinners({ ...input, postId: '-219000001_43' })) !== key) postChanged++;
      // Replace one random participant by a new id outside the list.
      const replaced = [...ids];
      replaced.splice(Math.floor(random() * ids.length), 1);
      let fresh = 1 + Math.floor(random() * 1e9);
      while (ids.includes(fresh)) fresh++;
      const changed = [...replaced, fresh].sort((a, b) => a - b);
      if (JSON.stringify(drawWinners({ ...input, participants: changed })) !== key) listChanged++;
    }
    expect(secretChanged / cases).toBeGreaterThanOrEqual(0.99);
    expect(postChanged / cases).toBeGreaterThanOrEqual(0.99);
    expect(listChanged / cases).toBeGreaterThanOrEqual(0.99);
  });

  it('never picks an ineligible user', () => {
    const random = seededRandom(99);
    for (let k = 0; k < 100; k++) {
      const everyone = randomIds(random, 60, 500);
      const pick = (share: number) => everyone.filter(() => random() < share);
      const evidence: GiveawayEvidence = {
        ...emptyEvidence(),
        likers: [...pick(0.8), -219000001],
        members: pick(0.8),
        managers: pick(0.1),
        inactive: pick(0.1),
        blacklist: pick(0.1),
      };
      const conditions = { ...NO_CONDITIONS, like: true, member: true };
      const { participants } = eligibleParticipants(conditions, evidence);
      const result = drawWinners({ ...base(participants, testSecret(`e${k}`)), winners: 5, reserves: 5 });
      for (const id of [...result.winners, ...result.reserves])
        expect(eligibilityOf(id, conditions, evidence).eligible).toBe(true);
    }
  });

  it('is uniform: χ² over 100,000 draws of 10 participants stays below the 0.999 quantile', () => {
    const ids = [11, 22, 33, 44, 55, 66, 77, 88, 99, 110];
    const first = new Array<number>(10).fill(0);
    const second = new Array<number>(10).fill(0);
    const draws = 100_000;
    for (let k = 0; k < draws; k++) {
      const { winners } = drawWinners({
        secret: sha256Hex(`chi:${k}`),
        postId: POST,
        participants: ids,
        winners: 2,
        reserves: 0,
      });
      first[ids.indexOf(winners[0]!)]! += 1;
      second[ids.indexOf(winners[1]!)]! += 1;
    }
    const chiSquare = (counts: number[]) =>
      counts.reduce((sum, observed) => sum + (observed - draws / 10) ** 2 / (draws / 10), 0);
    // 9 degrees of freedom: P(χ² > 27.88) = 0.001.
    expect(chiSquare(first)).toBeLessThan(27.88);
    expect(chiSquare(second)).toBeLessThan(27.88);
  }, 60_000);
});
