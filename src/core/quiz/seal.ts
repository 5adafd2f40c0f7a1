// The sealed-answer protocol (docs/quiz.md, "Sealed entries"): a fresh ECDH P-256 key per entry
// against the quiz's public key, HKDF-SHA-256 to an AES-256-GCM key, one line of base64url.
// QZ2 (every new quiz) also authenticates the entrant's VK user id as AES-GCM's additional data, so
// a line opens only for the author it was sealed for; QZ1 (older quizzes) has no such binding.
// WebCrypto is passed in, so the core reads no global and runs the same in the browser and Node.

import { fromBase64Url, toBase64Url } from '../text/base64url';
import { isQuizId } from './id';
import type { QuizAnswers, QuizProtocol } from './types';

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
  /** The quiz's protocol (its definition's); 1 when absent. */
  protocol?: QuizProtocol;
  /** QZ2: the entrant's VK user id (a positive integer), the one their comment will carry. */
  userId?: number;
}

export interface OpenInput {
  quizId: string;
  privateKeyJwk: JsonWebKey;
  line: string;
  /** QZ2: the VK user id of the comment's author (required to open a QZ2 line). */
  userId?: number;
}

export type OpenResult = { ok: true; quizId: string; answers: unknown } | { ok: false; reason: string };

export type SealedLineSearch =
  | { kind: 'none' }
  | { kind: 'malformed'; reason: string }
  | { kind: 'line'; protocol: QuizProtocol; quizId: string; line: string };

/** The rejection reasons of the protocol, exactly as verify-quiz prints them. */
export const REASON = {
  malformedLine: 'malformed line',
  cannotDecrypt: 'cannot decrypt',
  malformedAnswers: 'malformed answers',
  outsideWindow: 'outside the quiz window',
  secondEntry: 'second entry of this user',
  anotherQuiz: (id: string) => `another quiz (id ${id})`,
  /** A QZ1 line in a QZ2 quiz: nothing ties it to the comment's author. */
  unboundLine: 'unbound line (QZ1)',
  /** A QZ2 line that opens for another user who posted the same line: a copy. */
  anotherUsersEntry: (userId: number) => `another user's entry (id ${userId})`,
} as const;

/** The protocol of every new quiz. */
export const QUIZ_PROTOCOL: QuizProtocol = 2;

/** A definition's protocol: absent means 1 (quizzes published before QZ2). */
export function quizProtocol(definition: { protocol?: QuizProtocol }): QuizProtocol {
  return definition.protocol ?? 1;
}

/** HKDF's `info` per protocol. */
export const HKDF_INFO: Readonly<Record<QuizProtocol, string>> = { 1: 'pulse-quiz-v1', 2: 'pulse-quiz-v2' };
const ECDH = { name: 'ECDH', namedCurve: 'P-256' } as const;
const POINT_BYTES = 65;
const IV_BYTES = 12;
const TAG_BYTES = 16;

const encoder = new TextEncoder();
const strictDecoder = new TextDecoder('utf-8', { fatal: true });

// A token starts at a word boundary and runs over the characters a line can contain. A QZ1 quiz
// looks for QZ1 tokens only (as it always did); a QZ2 quiz for either, so a QZ1 line is noticed.
const TOKEN: Readonly<Record<QuizProtocol, RegExp>> = {
  1: /\bQZ1\.[A-Za-z0-9_.-]*/,
  2: /\bQZ[12]\.[A-Za-z0-9_.-]*/,
};
const LINE = /^QZ([12])\.([A-Za-z0-9_-]{8,16})\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/;

interface SealedParts {
  protocol: QuizProtocol;
  quizId: string;
  ephemeral: Uint8Array<ArrayBuffer>;
  iv: Uint8Array<ArrayBuffer>;
  ciphertext: Uint8Array<ArrayBuffer>;
}

function parseLine(line: string): SealedParts | null {
  const match = LINE.exec(line);
  if (!match) return null;
  try {
    const ephemeral = fromBase64Url(match[3]!);
    const iv = fromBase64Url(match[4]!);
    const ciphertext = fromBase64Url(match[5]!);
    if (ephemeral.length !== POINT_BYTES || ephemeral[0] !== 0x04) return null;
    if (iv.length !== IV_BYTES || ciphertext.length <= TAG_BYTES) return null;
    return { protocol: match[1] === '2' ? 2 : 1, quizId: match[2]!, ephemeral, iv, ciphertext };
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

/**
 * QZ2's additional authenticated data: the UTF-8 decimal user id (no sign, no leading zeros).
 * Throws unless the id is a positive safe integer (the caller's data, not an entry's).
 */
export function authorData(userId: number | undefined): Uint8Array<ArrayBuffer> {
  if (userId === undefined || !Number.isSafeInteger(userId) || userId <= 0)
    throw new TypeError('a QZ2 entry needs the VK user id of its author (a positive integer)');
  return encoder.encode(String(userId));
}

function gcmParams(
  iv: Uint8Array<ArrayBuffer>,
  protocol: QuizProtocol,
  userId: number | undefined,
): AesGcmParams {
  return protocol === 2
    ? { name: 'AES-GCM', iv, additionalData: authorData(userId) }
    : { name: 'AES-GCM', iv };
}

async function aesKey(
  subtle: SubtleCrypto,
  privateKey: CryptoKey,
  publicKey: CryptoKey,
  quizId: string,
  protocol: QuizProtocol,
  usage: 'encrypt' | 'decrypt',
): Promise<CryptoKey> {
  const shared = await subtle.deriveBits({ name: 'ECDH', public: publicKey }, privateKey, 256);
  const ikm = await subtle.importKey('raw', shared, 'HKDF', false, ['deriveKey']);
  return subtle.deriveKey(
    {
      name: 'HKDF',
      hash: 'SHA-256',
      salt: encoder.encode(quizId),
      info: encoder.encode(HKDF_INFO[protocol]),
    },
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

/**
 * The one-line entry: QZ1, or QZ2 bound to `userId` when `protocol` is 2. Throws on a bad quiz id,
 * public key or (QZ2) user id (the app's own data).
 */
export async function sealAnswers(subtle: SubtleCrypto, input: SealInput): Promise<string> {
  if (!isQuizId(input.quizId)) throw new TypeError('not a quiz id');
  const protocol = input.protocol ?? 1;
  if (protocol === 2) authorData(input.userId); // fails before any work on a bad id
  const recipientRaw = fromBase64Url(input.publicKey);
  if (recipientRaw.length !== POINT_BYTES || recipientRaw[0] !== 0x04)
    throw new TypeError('the quiz public key is not a raw uncompressed P-256 point');
  const recipient = await subtle.importKey('raw', recipientRaw, ECDH, false, []);
  const ephemeral = await subtle.generateKey(ECDH, false, ['deriveBits']);
  const key = await aesKey(subtle, ephemeral.privateKey, recipient, input.quizId, protocol, 'encrypt');
  const iv = Uint8Array.from(input.random(IV_BYTES));
  if (iv.length !== IV_BYTES) throw new TypeError('random(12) must return 12 bytes');
  const ciphertext = new Uint8Array(
    await subtle.encrypt(gcmParams(iv, protocol, input.userId), key, answersPlaintext(input.answers)),
  );
  const ephemeralRaw = new Uint8Array(await subtle.exportKey('raw', ephemeral.publicKey));
  return `QZ${protocol}.${input.quizId}.${toBase64Url(ephemeralRaw)}.${toBase64Url(iv)}.${toBase64Url(ciphertext)}`;
}

/**
 * openEntry with the private key already imported (scoring imports it once). A QZ2 line needs the
 * VK user id of the comment's author: a line sealed for anyone else does not open ("cannot decrypt").
 * Throws when a QZ2 line comes without a positive user id (the caller's mistake).
 */
export async function openWithKey(
  subtle: SubtleCrypto,
  quizId: string,
  privateKey: CryptoKey,
  line: string,
  userId?: number,
): Promise<OpenResult> {
  const parts = parseLine(line);
  if (!parts) return { ok: false, reason: REASON.malformedLine };
  if (parts.quizId !== quizId) return { ok: false, reason: REASON.anotherQuiz(parts.quizId) };
  const params = gcmParams(parts.iv, parts.protocol, userId);
  let ephemeral: CryptoKey;
  try {
    ephemeral = await subtle.importKey('raw', parts.ephemeral, ECDH, false, []);
  } catch {
    // 65 bytes that are not a point of the curve.
    return { ok: false, reason: REASON.malformedLine };
  }
  let plaintext: Uint8Array;
  try {
    const key = await aesKey(subtle, privateKey, ephemeral, quizId, parts.protocol, 'decrypt');
    plaintext = new Uint8Array(await subtle.decrypt(params, key, parts.ciphertext));
  } catch {
    return { ok: false, reason: REASON.cannotDecrypt };
  }
  try {
    return { ok: true, quizId, answers: JSON.parse(strictDecoder.decode(plaintext)) };
  } catch {
    return { ok: false, reason: REASON.malformedAnswers };
  }
}

/**
 * Opens one QZ1 or QZ2 line (QZ2 with `userId`, the comment author's). Throws when privateKeyJwk is
 * not a P-256 private key, or a QZ2 line comes without a user id (the caller's data).
 */
export async function openEntry(subtle: SubtleCrypto, input: OpenInput): Promise<OpenResult> {
  const key = await importQuizPrivateKey(subtle, input.privateKeyJwk);
  return openWithKey(subtle, input.quizId, key, input.line, input.userId);
}

/**
 * The sealed line in a comment's text, as a quiz of `protocol` reads it (the current protocol
 * when not given): none when no token ("QZ1.", and for QZ2 quizzes also "QZ2.") starts a word,
 * malformed when the first such token is not a complete well-formed line, else the line with its
 * protocol. Only the first token counts.
 */
export function findSealedLine(text: string, protocol: QuizProtocol = QUIZ_PROTOCOL): SealedLineSearch {
  const match = TOKEN[protocol].exec(text);
  if (!match) return { kind: 'none' };
  const parts = parseLine(match[0]);
  if (!parts) return { kind: 'malformed', reason: REASON.malformedLine };
  return { kind: 'line', protocol: parts.protocol, quizId: parts.quizId, line: match[0] };
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
