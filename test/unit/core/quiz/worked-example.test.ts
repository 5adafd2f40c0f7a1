// The worked examples in docs/quiz.md (QZ1 and QZ2): the doc's line must open with the doc's key to
// the doc's answers, the doc's intermediate values must be what the protocol's steps compute, and the
// QZ2 line must be exactly what the app's own sealAnswers makes from the doc's inputs.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from '../../../../src/core/text/base64url';
import { checkAnswers, scoreOwnAnswers } from '../../../../src/core/quiz/score';
import { answersPlaintext, HKDF_INFO, openEntry, sealAnswers } from '../../../../src/core/quiz/seal';
import { subtle } from './helpers';

const DOC = resolve(import.meta.dirname, '../../../../docs/quiz.md');
const ECDH = { name: 'ECDH', namedCurve: 'P-256' } as const;

function docValues(name = 'quiz-example'): Record<string, string> {
  const text = readFileSync(DOC, 'utf8');
  const block = new RegExp(
    `<!-- ${name}:begin -->\\s*\`\`\`text\\n([\\s\\S]*?)\`\`\`\\s*<!-- ${name}:end -->`,
  ).exec(text);
  if (!block) throw new Error(`docs/quiz.md has no ${name} block`);
  return Object.fromEntries(
    block[1]!
      .trim()
      .split('\n')
      .map((line) => {
        const match = /^(\S+)\s+(.*)$/.exec(line)!;
        return [match[1]!, match[2]!];
      }),
  );
}

const hex = (bytes: ArrayBuffer | Uint8Array) => Buffer.from(new Uint8Array(bytes)).toString('hex');
const fromHex = (text: string) => Uint8Array.from(Buffer.from(text, 'hex'));

describe('docs/quiz.md worked example', () => {
  const doc = docValues();
  const privateKeyJwk = JSON.parse(doc.privateKeyJwk!) as JsonWebKey;
  const ephemeralJwk = JSON.parse(doc.ephemeralJwk!) as JsonWebKey;

  it('opens the doc’s line with the doc’s key to the doc’s answers and score', async () => {
    const opened = await openEntry(subtle, { quizId: doc.quizId!, privateKeyJwk, line: doc.line! });
    expect(opened).toEqual({ ok: true, quizId: doc.quizId, answers: JSON.parse(doc.answers!) });
    if (!opened.ok) return;
    const answers = checkAnswers(opened.answers, [4, 3, 4]);
    expect(answers).not.toBeNull();
    expect(scoreOwnAnswers(answers!, JSON.parse(doc.correctKey!))).toEqual(JSON.parse(doc.score!));
  });

  it('states the public key of the private key', () => {
    const raw = fromBase64Url(doc.publicKey!);
    expect(raw[0]).toBe(4);
    expect(toBase64Url(raw.slice(1, 33))).toBe(privateKeyJwk.x);
    expect(toBase64Url(raw.slice(33))).toBe(privateKeyJwk.y);
  });

  it('re-derives the shared secret and the AES key and re-encrypts to the same line', async () => {
    const quizPublic = await subtle.importKey('raw', fromBase64Url(doc.publicKey!), ECDH, false, []);
    const ephemeralPrivate = await subtle.importKey('jwk', ephemeralJwk, ECDH, false, ['deriveBits']);
    const shared = await subtle.deriveBits({ name: 'ECDH', public: quizPublic }, ephemeralPrivate, 256);
    expect(hex(shared)).toBe(doc.sharedSecret);

    const ikm = await subtle.importKey('raw', shared, 'HKDF', false, ['deriveBits']);
    const encoder = new TextEncoder();
    const aes = await subtle.deriveBits(
      {
        name: 'HKDF',
        hash: 'SHA-256',
        salt: encoder.encode(doc.quizId),
        info: encoder.encode('pulse-quiz-v1'),
      },
      ikm,
      256,
    );
    expect(hex(aes)).toBe(doc.aesKey);

    const plaintext = answersPlaintext(JSON.parse(doc.plaintext!));
    expect(plaintext.length).toBe(Number(doc.paddedBytes));
    expect(new TextDecoder().decode(plaintext)).toBe(doc.plaintext!.padEnd(Number(doc.paddedBytes), ' '));
    const key = await subtle.importKey('raw', aes, 'AES-GCM', false, ['encrypt']);
    const iv = fromHex(doc.iv!);
    const ciphertext = new Uint8Array(await subtle.encrypt({ name: 'AES-GCM', iv }, key, plaintext));
    const ephemeralRaw = fromBase64Url(doc.line!.split('.')[2]!);
    expect(toBase64Url(ephemeralRaw.slice(1, 33))).toBe(ephemeralJwk.x);
    expect(
      `QZ1.${doc.quizId}.${toBase64Url(ephemeralRaw)}.${toBase64Url(iv)}.${toBase64Url(ciphertext)}`,
    ).toBe(doc.line);
  });
});

/** WebCrypto whose generateKey gives the doc's ephemeral key pair: sealAnswers then makes the doc's line. */
async function withEphemeral(jwk: JsonWebKey): Promise<SubtleCrypto> {
  const { d: _d, ...publicJwk } = jwk;
  const pair = {
    privateKey: await subtle.importKey('jwk', jwk, ECDH, false, ['deriveBits']),
    publicKey: await subtle.importKey('jwk', publicJwk, ECDH, true, []),
  };
  return new Proxy(subtle, {
    get(target, prop) {
      if (prop === 'generateKey') return async () => pair;
      const value = Reflect.get(target, prop) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

describe('docs/quiz.md worked example, QZ2', () => {
  const doc = docValues('quiz-example-qz2');
  const qz1 = docValues();
  const privateKeyJwk = JSON.parse(doc.privateKeyJwk!) as JsonWebKey;
  const ephemeralJwk = JSON.parse(doc.ephemeralJwk!) as JsonWebKey;
  const userId = Number(doc.userId);

  it('uses the QZ1 example’s inputs, protocol 2 and a user id', () => {
    for (const same of [
      'quizId',
      'publicKey',
      'privateKeyJwk',
      'ephemeralJwk',
      'iv',
      'plaintext',
      'sharedSecret',
    ])
      expect(doc[same], same).toBe(qz1[same]);
    expect(doc.protocol).toBe('2');
    expect(doc.hkdfInfo).toBe(HKDF_INFO[2]);
    expect(String(userId)).toBe(doc.userId);
    expect(doc.line!.startsWith('QZ2.')).toBe(true);
  });

  it('is exactly what the app’s sealAnswers makes for the user from those inputs', async () => {
    const line = await sealAnswers(await withEphemeral(ephemeralJwk), {
      quizId: doc.quizId!,
      publicKey: doc.publicKey!,
      answers: JSON.parse(doc.plaintext!),
      random: () => fromHex(doc.iv!),
      protocol: 2,
      userId,
    });
    expect(line).toBe(doc.line);
  });

  it('opens for its user to the doc’s answers and score, and not for another user', async () => {
    const opened = await openEntry(subtle, { quizId: doc.quizId!, privateKeyJwk, line: doc.line!, userId });
    expect(opened).toEqual({ ok: true, quizId: doc.quizId, answers: JSON.parse(doc.answers!) });
    if (!opened.ok) return;
    const answers = checkAnswers(opened.answers, [4, 3, 4]);
    expect(answers).toEqual(JSON.parse(doc.answers!));
    expect(scoreOwnAnswers(answers!, JSON.parse(doc.correctKey!))).toEqual(JSON.parse(doc.score!));
    const other = Number(doc.otherUserId);
    expect(other).not.toBe(userId);
    expect(
      await openEntry(subtle, { quizId: doc.quizId!, privateKeyJwk, line: doc.line!, userId: other }),
    ).toEqual({ ok: false, reason: doc.otherUserOpens });
  });

  it('re-derives the AES key with pulse-quiz-v2 and re-encrypts with the user id as AAD to the same line', async () => {
    expect(doc.aad).toBe(hex(new TextEncoder().encode(doc.userId)));
    const quizPublic = await subtle.importKey('raw', fromBase64Url(doc.publicKey!), ECDH, false, []);
    const ephemeralPrivate = await subtle.importKey('jwk', ephemeralJwk, ECDH, false, ['deriveBits']);
    const shared = await subtle.deriveBits({ name: 'ECDH', public: quizPublic }, ephemeralPrivate, 256);
    expect(hex(shared)).toBe(doc.sharedSecret);
    const ikm = await subtle.importKey('raw', shared, 'HKDF', false, ['deriveBits']);
    const encoder = new TextEncoder();
    const aes = await subtle.deriveBits(
      {
        name: 'HKDF',
        hash: 'SHA-256',
        salt: encoder.encode(doc.quizId),
        info: encoder.encode('pulse-quiz-v2'),
      },
      ikm,
      256,
    );
    expect(hex(aes)).toBe(doc.aesKey);
    expect(doc.aesKey).not.toBe(qz1.aesKey);

    const plaintext = answersPlaintext(JSON.parse(doc.plaintext!));
    expect(plaintext.length).toBe(Number(doc.paddedBytes));
    const key = await subtle.importKey('raw', aes, 'AES-GCM', false, ['encrypt']);
    const iv = fromHex(doc.iv!);
    const ciphertext = new Uint8Array(
      await subtle.encrypt({ name: 'AES-GCM', iv, additionalData: fromHex(doc.aad!) }, key, plaintext),
    );
    const ephemeralRaw = fromBase64Url(doc.line!.split('.')[2]!);
    expect(toBase64Url(ephemeralRaw.slice(1, 33))).toBe(ephemeralJwk.x);
    expect(toBase64Url(ephemeralRaw.slice(33))).toBe(ephemeralJwk.y);
    expect(
      `QZ2.${doc.quizId}.${toBase64Url(ephemeralRaw)}.${toBase64Url(iv)}.${toBase64Url(ciphertext)}`,
    ).toBe(doc.line);
  });
});
