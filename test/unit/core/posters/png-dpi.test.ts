import { describe, expect, it } from 'vitest';
import { crc32, withPngDpi } from '../../../../src/core/posters';

/** A PNG's chunks (length, type, data, CRC) after the signature. */
function chunks(png: Uint8Array): { type: string; data: Uint8Array; crc: number }[] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const found = [];
  for (let at = 8; at < png.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    found.push({ type, data: png.subarray(at + 8, at + 8 + length), crc: view.getUint32(at + 8 + length) });
    at += 12 + length;
  }
  return found;
}

// A 1 × 1 white PNG (IHDR, IDAT, IEND) as canvases write it.
const TINY = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg=='),
  (ch) => ch.charCodeAt(0),
);

describe('crc32', () => {
  it('matches the CRC PNG files carry', () => {
    // Every PNG ends with the IEND chunk and its CRC AE 42 60 82.
    expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });
});

describe('withPngDpi', () => {
  it('puts a 150 dpi pHYs chunk right after IHDR, with a valid CRC', () => {
    const out = withPngDpi(TINY, 150);
    expect(out.length).toBe(TINY.length + 21);
    const list = chunks(out);
    expect(list.map((chunk) => chunk.type)).toEqual(['IHDR', 'pHYs', 'IDAT', 'IEND']);
    const phys = list[1]!;
    const view = new DataView(phys.data.buffer, phys.data.byteOffset, phys.data.byteLength);
    // 150 / 0.0254 = 5905.5 → 5906 pixels a metre on both axes, unit 1 (the metre).
    expect([view.getUint32(0), view.getUint32(4), phys.data[8]]).toEqual([5906, 5906, 1]);
    const typed = new Uint8Array([...new TextEncoder().encode('pHYs'), ...phys.data]);
    expect(phys.crc).toBe(crc32(typed));
    // The original chunks are untouched.
    for (const [i, chunk] of chunks(TINY).entries()) {
      const same = list[i === 0 ? 0 : i + 1]!;
      expect([same.type, [...same.data], same.crc]).toEqual([chunk.type, [...chunk.data], chunk.crc]);
    }
  });

  it('leaves anything that is not a PNG alone', () => {
    const text = new TextEncoder().encode('<svg/>');
    expect(withPngDpi(text, 150)).toBe(text);
  });
});
