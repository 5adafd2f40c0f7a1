import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bytesToHex, hexToBytes, sha256, sha256Hex } from '../../../../src/core/giveaway/sha256';

describe('sha256', () => {
  it('matches the NIST FIPS 180-4 vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    expect(
      sha256Hex(
        'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
      ),
    ).toBe('cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1');
    expect(sha256Hex('a'.repeat(1_000_000))).toBe(
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    );
  });

  it('agrees with node:crypto on random inputs of every length around the block boundaries', () => {
    const lengths = [...Array.from({ length: 140 }, (_, i) => i), 1000, 4095, 4096, 65_537];
    for (const length of lengths) {
      const input = new Uint8Array(randomBytes(length));
      expect(sha256Hex(input), `length ${length}`).toBe(createHash('sha256').update(input).digest('hex'));
    }
  });

  it('gives 32 bytes in a buffer of their own (the draw reads them through DataView(digest.buffer))', () => {
    const digest = sha256('abc');
    expect(digest.byteOffset).toBe(0);
    expect(digest.buffer.byteLength).toBe(32);
    expect(new DataView(digest.buffer).getUint32(0)).toBe(0xba7816bf);
  });

  it('hashes strings as UTF-8', () => {
    const text = 'Приз 🎁 «кружка»';
    expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    expect(sha256(text)).toHaveLength(32);
  });
});

describe('hex', () => {
  it('round-trips and lowercases', () => {
    expect(bytesToHex(hexToBytes('00ff10AB'))).toBe('00ff10ab');
    expect(hexToBytes('')).toEqual(new Uint8Array(0));
  });

  it('throws on odd length or non-hex digits', () => {
    expect(() => hexToBytes('abc')).toThrow(TypeError);
    expect(() => hexToBytes('zz')).toThrow(TypeError);
    expect(() => hexToBytes('0x00')).toThrow(TypeError);
  });
});
