// Removing a secret (an access token) from text that is about to be shown or printed, in every form a
// server or a library may have turned it into: any letter case, percent-encoded (once or twice, any
// hex case, `+` for a space), and base64 (standard or URL-safe, padded or not, at any alignment inside
// a longer base64 text). Each occurrence becomes `***`.

export const SCRUBBED = '***';

/** base64 of a part of the secret shorter than this is too common to be a sign of the secret. */
const MIN_BASE64_CORE = 8;

const cache = new Map<string, RegExp[]>();

/** Replaces every form of the secret in a text; the text as is when there is no secret. */
export function scrub(text: string, secret: string | undefined): string {
  if (!secret || text === '') return text;
  let out = text;
  for (const pattern of patternsOf(secret)) out = out.replace(pattern, SCRUBBED);
  return out;
}

function patternsOf(secret: string): RegExp[] {
  const known = cache.get(secret);
  if (known) return known;
  const bytes = new TextEncoder().encode(secret);
  const patterns = [new RegExp(literalPattern(secret), 'giu')];
  for (const core of base64Cores(bytes)) {
    const urlSafe = core.replace(/\+/g, '-').replace(/\//g, '_');
    patterns.push(new RegExp(escapeRegExp(core), 'g'));
    if (urlSafe !== core) patterns.push(new RegExp(escapeRegExp(urlSafe), 'g'));
  }
  // A handful of tokens per process at most; the cache only saves rebuilding the same patterns.
  if (cache.size > 16) cache.clear();
  cache.set(secret, patterns);
  return patterns;
}

/** Each character as itself (any case) or as its UTF-8 bytes percent-encoded, once or twice. */
function literalPattern(secret: string): string {
  const alternatives: string[] = [];
  for (const char of secret) {
    const hex = Array.from(new TextEncoder().encode(char), (byte) => byte.toString(16).padStart(2, '0'));
    const options = [
      escapeRegExp(char),
      hex.map((h) => `%${h}`).join(''),
      hex.map((h) => `%25${h}`).join(''),
    ];
    if (char === ' ') options.push('\\+');
    alternatives.push(`(?:${options.join('|')})`);
  }
  return alternatives.join('');
}

/**
 * The base64 characters that depend on the secret's bytes only, for each of the three alignments the
 * secret can have inside a longer encoded text (and so also for the secret encoded on its own).
 */
function base64Cores(bytes: Uint8Array): string[] {
  const cores = new Set<string>();
  for (let shift = 0; shift < 3; shift++) {
    const padded = new Uint8Array(shift + bytes.length);
    padded.set(bytes, shift);
    const encoded = toBase64(padded).replace(/=+$/, '');
    // Character j covers bits [6j, 6j + 6); the secret's bits are [8·shift, 8·(shift + n)).
    const first = Math.ceil((8 * shift) / 6);
    const last = Math.floor((8 * (shift + bytes.length)) / 6) - 1;
    const core = encoded.slice(first, last + 1);
    if (core.length >= MIN_BASE64_CORE) cores.add(core);
  }
  return [...cores];
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
