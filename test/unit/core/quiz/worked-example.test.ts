// The worked example in docs/quiz.md: the doc's line must open with the doc's key to the doc's
// answers, and the doc's intermediate values must be what the protocol's steps compute.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from '../../../../src/core/quiz/base64url';
import { checkAnswers, scoreOwnAnswers } from '../../../../src/core/quiz/score';
import { answersPlaintext, openEntry } from '../../../../src/core/quiz/seal';
import { subtle } from './helpers';

const DOC = resolve(import.meta.dirname, '../../../../docs/quiz.md');
const ECDH = { name: 'ECDH', namedCurve: 'P-256' } as const;

function docValues(): Record<string, string> {
  const text = readFileSync(DOC, 'utf8');
  const block = /<!-- quiz-example:begin -->\s*```text\n([\s\S]*?)```\s*<!-- quiz-example:end -->/.exec(text);
  if (!block) throw new Error('docs/quiz.md has no quiz-example block');
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
