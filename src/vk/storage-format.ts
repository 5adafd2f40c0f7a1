// How one logical value is laid out in VK Storage, where a value keeps only its first 4096 bytes.
//
//   <key>            header, JSON: {"v":1,"n":0,"len":…,"sum":"…","d":"<payload>"}   (small value, inline)
//                                  {"v":1,"n":3,"s":"a","len":…,"sum":"…"}          (chunked value)
//   <key>-a-0 … -a-N chunks of slot a; <key>-b-0 … chunks of slot b
//
// A new chunked value goes into the slot the header does not point at, and the header is written last,
// so until the header flips the old value stays whole and current. Logical keys may not contain '-',
// which keeps chunk keys from ever colliding with another logical key.
import { z } from 'zod/mini';
import { STORAGE_KEY_MAX_LENGTH, STORAGE_MAX_CHUNKS, STORAGE_VALUE_MAX_BYTES } from './limits';

export const STORAGE_FORMAT_VERSION = 1;
export type Slot = 'a' | 'b';
export const SLOTS: readonly Slot[] = ['a', 'b'];

/** Room for the longest chunk suffix, `-a-63`. */
export const LOGICAL_KEY_MAX_LENGTH = STORAGE_KEY_MAX_LENGTH - `-a-${STORAGE_MAX_CHUNKS - 1}`.length;
const LOGICAL_KEY = /^[A-Za-z0-9_]+$/;

export function isValidLogicalKey(key: string): boolean {
  return LOGICAL_KEY.test(key) && key.length <= LOGICAL_KEY_MAX_LENGTH;
}

/**
 * An id as part of a logical key (ids may contain '-', which keys may not): '_' is written '__' and
 * '-' is written '_d', so the key stays injective (an id without either is kept as it is).
 */
export function escapeId(id: string): string {
  return id.replaceAll('_', '__').replaceAll('-', '_d');
}

export function chunkKey(key: string, slot: Slot, index: number): string {
  return `${key}-${slot}-${index}`;
}

const integrity = {
  v: z.literal(STORAGE_FORMAT_VERSION),
  len: z.int().check(z.nonnegative()),
  sum: z.string(),
};
const inlineHeaderSchema = z.object({ ...integrity, n: z.literal(0), d: z.string() });
const chunkedHeaderSchema = z.object({
  ...integrity,
  n: z.int().check(z.gte(1), z.lte(STORAGE_MAX_CHUNKS)),
  s: z.enum(SLOTS),
});
export const headerSchema = z.union([inlineHeaderSchema, chunkedHeaderSchema]);
export type InlineHeader = z.output<typeof inlineHeaderSchema>;
export type ChunkedHeader = z.output<typeof chunkedHeaderSchema>;
export type Header = InlineHeader | ChunkedHeader;

export function isChunked(header: Header): header is ChunkedHeader {
  return 's' in header;
}

const encoder = new TextEncoder();

export function utf8Length(text: string): number {
  return encoder.encode(text).length;
}

/** FNV-1a (32-bit) over the UTF-8 bytes: catches truncation and mixed-up chunks, not tampering. */
export function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of encoder.encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** Splits text into pieces of at most maxBytes UTF-8 bytes each, never inside a character. */
export function splitUtf8(text: string, maxBytes: number = STORAGE_VALUE_MAX_BYTES): string[] {
  const chunks: string[] = [];
  let current = '';
  let currentBytes = 0;
  for (const char of text) {
    const bytes = utf8Length(char);
    if (currentBytes + bytes > maxBytes) {
      chunks.push(current);
      current = '';
      currentBytes = 0;
    }
    current += char;
    currentBytes += bytes;
  }
  if (current.length > 0 || chunks.length === 0) chunks.push(current);
  return chunks;
}

export interface Layout {
  header: Header;
  /** Empty for an inline value. */
  chunks: string[];
}

/** Lays a payload out: inline when the header still fits in one value, else chunks in `slot`. */
export function layOut(payload: string, slot: Slot): Layout {
  const integrityFields = {
    v: STORAGE_FORMAT_VERSION,
    len: utf8Length(payload),
    sum: checksum(payload),
  } as const;
  const inline: Header = { ...integrityFields, n: 0, d: payload };
  if (utf8Length(JSON.stringify(inline)) <= STORAGE_VALUE_MAX_BYTES) return { header: inline, chunks: [] };
  const chunks = splitUtf8(payload);
  return { header: { ...integrityFields, n: chunks.length, s: slot }, chunks };
}

/** Parses a stored header; null when the text is not one. */
export function parseHeader(text: string): Header | null {
  try {
    const parsed = headerSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** True when the reassembled payload matches the header's length and checksum. */
export function matchesHeader(payload: string, header: Header): boolean {
  return utf8Length(payload) === header.len && checksum(payload) === header.sum;
}
