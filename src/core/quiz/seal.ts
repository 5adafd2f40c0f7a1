// The sealed-answer protocol (docs/quiz.md, "Sealed entries"): a fresh ECDH P-256 key per entry
// against the quiz's public key, HKDF-SHA-256 to an AES-256-GCM key, one line of base64url.
// WebCrypto is passed in, so the core reads no global and runs the same in the browser and Node.

import { fromBase64Url, toBase64Url } from './base64url';
import { isQuizId } from './id';
import type { QuizAnswers } from './types';

export interface QuizKeys {
  /** base64url of the raw uncompressed P-256 point (65 bytes, 0x04 first). */
  publicKey: string;
  privateKeyJwk: JsonWebKey;
}

export interface SealInput {
  quizId: string;
  publicKey: string;
  answers: QuizAnswers;
  /** n cryptographically random bytes (the IV). */
  random: (n: number) => Uint8Array;
}

export interface OpenInput {
  quizId: string;
  privateKeyJwk: JsonWebKey;
  line: string;
}

export type OpenResult = { ok: true; quizId: string; answers: unknown } | { ok: false; reason: string };

export type SealedLineSearch =
  { kind: 'none' } | { kind: 'malformed'; reason: string } | { kind: 'line'; quizId: string; line: string };

/** The rejection reasons of the protocol, exactly as verify-quiz prints them. */
export const REASON = {
  malformedLine: 'malformed line',
  cannotDecrypt: 'cannot decrypt',
  malformedAnswers: 'malformed answers',
  outsideWindow: 'outside the quiz window',
  secondEntry: 'second entry of this user',
  anotherQuiz: (id: string) => `another quiz (id ${id})`,
} as const;

export const HKDF_INFO = 'pulse-quiz-v1';
const ECDH = { name: 'ECDH', namedCurve: 'P-256' } as const;
const POINT_BYTES = 65;
const IV_BYTES = 12;
const TAG_BYTES = 16;

const encoder = new TextEncoder();
const strictDecoder = new TextDecoder('utf-8', { fatal: true });

// A QZ1 token starts at a word boundary and runs over the characters a line can contain.
const TOKEN = /\bQZ1\.[A-Za-z0-9_.-]*/;
const LINE = /^QZ1\.([A-Za-z0-9_-]{8,16})\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/;

interface SealedParts {
  quizId: string;
  ephemeral: Uint8Array<ArrayBuffer>;
  iv: Uint8Array<ArrayBuffer>;
  ciphertext: Uint8Array<ArrayBuffer>;
}

function parseLine(line: string): SealedParts | null {
  const match = LINE.exec(line);
  if (!match) return null;
  try {
    const ephemeral = fromBase64Url(match[2]!);
    const iv = fromBase64Url(match[3]!);
    const ciphertext = fromBase64Url(match[4]!);
    if (ephemeral.length !== POINT_BYTES || ephemeral[0] !== 0x04) return null;
    if (iv.length !== IV_BYTES || ciphertext.length <= TAG_BYTES) return null;
    return { quizId: match[1]!, ephemeral, iv, ciphertext };
  } catch {
    return null;
  }
}

/**
 * The plaintext: the JSON, then spaces up to 16 + 11·n bytes (n questions). JSON allows trailing
 * whitespace; the padding makes every entry of a quiz the same length whatever was answered
 * (an answer of at most 2 characters, "-1", and a time of at most 7 digits fit in 11 bytes).
 */
export function answersPlaintext(answers: QuizAnswers): Uint8Array<ArrayBuffer> {
  const json = encoder.encode(JSON.stringify({ a: answers.a, t: answers.t }));
  const size = Math.max(json.length, 16 + 11 * answers.a.length);
  const out = new Uint8Array(size).fill(0x20);
  out.set(json);
  return out;
}

async function aesKey(
  subtle: SubtleCrypto,
  privateKey: CryptoKey,
  publicKey: CryptoKey,
  quizId: string,
  usage: 'encrypt' | 'decrypt',
): Promise<CryptoKey> {
  const shared = await subtle.deriveBits({ name: 'ECDH', public: publicKey }, privateKey, 256);
  const ikm = await subtle.importKey('raw', shared, 'HKDF', false, ['deriveKey']);
  return subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: encoder.encode(quizId), info: encoder.encode(HKDF_INFO) },
    ikm,
    { name: 'AES-GCM', length: 256 },
    false,
    [usage],
  );
}

export async function generateQuizKeys(subtle: SubtleCrypto): Promise<QuizKeys> {
  const pair = await subtle.generateKey(ECDH, true, ['deriveBits']);
  const raw = new Uint8Array(await subtle.exportKey('raw', pair.publicKey));
  return { publicKey: toBase64Url(raw), privateKeyJwk: await subtle.exportKey('jwk', pair.privateKey) };
}

/** The quiz's private key for openWithKey; throws when the JWK is not a P-256 private key. */
export function importQuizPrivateKey(subtle: SubtleCrypto, jwk: JsonWebKey): Promise<CryptoKey> {
  return subtle.importKey('jwk', jwk, ECDH, false, ['deriveBits']);
}

/** The one-line QZ1 entry. Throws on a bad quiz id or public key (the app's own data). */
export async function sealAnswers(subtle: SubtleCrypto, input: SealInput): Promise<string> {
  if (!isQuizId(input.quizId)) throw new TypeError('not a quiz id');
  const recipientRaw = fromBase64Url(input.publicKey);
  if (recipientRaw.length !== POINT_BYTES || recipientRaw[0] !== 0x04)
    throw new TypeError('the quiz public key is not a raw uncompressed P-256 point');
  const recipient = await subtle.importKey('raw', recipientRaw, ECDH, false, []);
  const ephemeral = await subtle.generateKey(ECDH, false, ['deriveBits']);
  const key = await aesKey(subtle, ephemeral.privateKey, recipient, input.quizId, 'encrypt');
  const iv = Uint8Array.from(input.random(IV_BYTES));
  if (iv.length !== IV_BYTES) throw new TypeError('random(12) must return 12 bytes');
  const ciphertext = new Uint8Array(
    await subtle.encrypt({ name: 'AES-GCM', iv }, key, answersPlaintext(input.answers)),
  );
  const ephemeralRaw = new Uint8Array(await subtle.exportKey('raw', ephemeral.publicKey));
  return `QZ1.${input.quizId}.${toBase64Url(ephemeralRaw)}.${toBase64Url(iv)}.${toBase64Url(ciphertext)}`;
}

/** openEntry with the private key already imported (scoring imports it once). */
export async function openWithKey(
  subtle: SubtleCrypto,
  quizId: string,
  privateKey: CryptoKey,
  line: string,
): Promise<OpenResult> {
  const parts = parseLine(line);
  if (!parts) return { ok: false, reason: REASON.malformedLine };
  if (parts.quizId !== quizId) return { ok: false, reason: REASON.anotherQuiz(parts.quizId) };
  let ephemeral: CryptoKey;
  try {
    ephemeral = await subtle.importKey('raw', parts.ephemeral, ECDH, false, []);
  } catch {
    // 65 bytes that are not a point of the curve.
    return { ok: false, reason: REASON.malformedLine };
  }
  let plaintext: Uint8Array;
  try {
    const key = await aesKey(subtle, privateKey, ephemeral, quizId, 'decrypt');
    plaintext = new Uint8Array(
      await subtle.decrypt({ name: 'AES-GCM', iv: parts.iv }, key, parts.ciphertext),
    );
  } catch {
    return { ok: false, reason: REASON.cannotDecrypt };
  }
  try {
    return { ok: true, quizId, answers: JSON.parse(strictDecoder.decode(plaintext)) };
  } catch {
    return { ok: false, reason: REASON.malformedAnswers };
  }
}

/** Opens one QZ1 line. Throws when privateKeyJwk is not a P-256 private key (the caller's data). */
export async function openEntry(subtle: SubtleCrypto, input: OpenInput): Promise<OpenResult> {
  const key = await importQuizPrivateKey(subtle, input.privateKeyJwk);
  return openWithKey(subtle, input.quizId, key, input.line);
}

/**
 * The QZ1 line in a comment's text: none when "QZ1." never starts a word, malformed when the
 * first such token is not a complete well-formed line, else the line. Only the first token counts.
 */
export function findSealedLine(text: string): SealedLineSearch {
  const match = TOKEN.exec(text);
  if (!match) return { kind: 'none' };
  const parts = parseLine(match[0]);
  if (!parts) return { kind: 'malformed', reason: REASON.malformedLine };
  return { kind: 'line', quizId: parts.quizId, line: match[0] };
}

/**
 * Whether a published private key belongs to the quiz's public key: the JWK's `x` and `y` (32 bytes
 * each) spell the same raw point 0x04 ‖ x ‖ y. Pure: it does not check that `d` matches them (a
 * wrong `d` simply decrypts nothing); it catches results carrying another quiz's key.
 */
export function privateKeyMatches(publicKey: string, privateKeyJwk: JsonWebKey): boolean {
  const { kty, crv, x, y } = privateKeyJwk;
  if (kty !== 'EC' || crv !== 'P-256' || x === undefined || y === undefined) return false;
  try {
    const point = [0x04, ...fromBase64Url(x), ...fromBase64Url(y)];
    const raw = fromBase64Url(publicKey);
    return point.length === POINT_BYTES && raw.length === POINT_BYTES && raw.every((b, i) => b === point[i]);
  } catch {
    return false;
  }
}
