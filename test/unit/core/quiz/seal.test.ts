// The sealed-answer protocol: round trips, what a sealed line hides, and every way a line can break.

import { beforeAll, describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from '../../../../src/core/text/base64url';
import {
  findSealedLine,
  HKDF_INFO,
  openEntry,
  QUIZ_PROTOCOL,
  quizProtocol,
  sealAnswers,
  type QuizKeys,
} from '../../../../src/core/quiz/seal';
import { newKeys, QUIZ_ID, random, seal, seal2, subtle } from './helpers';

const ANSWERS = { a: [1, 0, -1, 1], t: [5320, 12004, 30000, 999] };

let keys: QuizKeys;
let other: QuizKeys;
beforeAll(async () => {
  [keys, other] = await Promise.all([newKeys(), newKeys()]);
});

const open = (line: string, quizId = QUIZ_ID, jwk = keys.privateKeyJwk) =>
  openEntry(subtle, { quizId, privateKeyJwk: jwk, line });

/** The line with one field replaced (0 = "QZ1", 1 = id, 2 = key, 3 = iv, 4 = ciphertext). */
function withField(line: string, index: number, edit: (field: string) => string): string {
  const fields = line.split('.');
  fields[index] = edit(fields[index]!);
  return fields.join('.');
}

function flipByte(field: string, at: number): string {
  const bytes = fromBase64Url(field);
  bytes[at] = bytes[at]! ^ 1;
  return toBase64Url(bytes);
}

describe('keys', () => {
  it('makes a 65-byte uncompressed public key and a P-256 private JWK', () => {
    const raw = fromBase64Url(keys.publicKey);
    expect(raw).toHaveLength(65);
    expect(raw[0]).toBe(0x04);
    expect(keys.privateKeyJwk).toMatchObject({ kty: 'EC', crv: 'P-256' });
    expect(typeof keys.privateKeyJwk.d).toBe('string');
  });
});

describe('seal and open', () => {
  it('round-trips the answers', async () => {
    const line = await seal(keys, ANSWERS);
    expect(line).toMatch(/^QZ1\.TestQuiz0001\.[A-Za-z0-9_-]{87}\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+$/);
    expect(await open(line)).toEqual({ ok: true, quizId: QUIZ_ID, answers: ANSWERS });
  });

  it('uses random(12) as the IV', async () => {
    const line = await sealAnswers(subtle, {
      quizId: QUIZ_ID,
      publicKey: keys.publicKey,
      answers: ANSWERS,
      random: (n) => Uint8Array.from({ length: n }, (_, i) => i),
    });
    expect(line.split('.')[3]).toBe('AAECAwQFBgcICQoL');
    expect((await open(line)).ok).toBe(true);
  });

  it('refuses to seal to a bad id or key', async () => {
    const input = { quizId: QUIZ_ID, publicKey: keys.publicKey, answers: ANSWERS, random };
    await expect(sealAnswers(subtle, { ...input, quizId: 'bad id' })).rejects.toThrow(/quiz id/);
    await expect(sealAnswers(subtle, { ...input, publicKey: keys.publicKey.slice(0, 86) })).rejects.toThrow();
  });

  it('cannot be opened with another quiz’s key pair', async () => {
    const line = await seal(other, ANSWERS);
    expect(await open(line)).toEqual({ ok: false, reason: 'cannot decrypt' });
  });

  it('names the other quiz when the line carries another id', async () => {
    const line = await seal(keys, ANSWERS, 'OtherQuiz_99');
    expect(await open(line)).toEqual({ ok: false, reason: 'another quiz (id OtherQuiz_99)' });
  });

  it('does not decrypt when the id in the line is edited (the id is the HKDF salt)', async () => {
    const line = await seal(keys, ANSWERS, 'OtherQuiz_99');
    expect(await open(line.replace('OtherQuiz_99', QUIZ_ID))).toEqual({
      ok: false,
      reason: 'cannot decrypt',
    });
  });

  it.each([
    ['an edited ciphertext byte', (l: string) => withField(l, 4, (f) => flipByte(f, 3)), 'cannot decrypt'],
    [
      'an edited tag byte',
      (l: string) => withField(l, 4, (f) => flipByte(f, fromBase64Url(f).length - 1)),
      'cannot decrypt',
    ],
    ['an edited IV', (l: string) => withField(l, 3, (f) => flipByte(f, 0)), 'cannot decrypt'],
    ['a truncated line', (l: string) => l.slice(0, -10), 'cannot decrypt'],
    [
      'a line cut inside the IV',
      (l: string) => l.split('.').slice(0, 4).join('.').slice(0, -3),
      'malformed line',
    ],
    ['a missing field', (l: string) => l.split('.').slice(0, 4).join('.'), 'malformed line'],
    [
      'bad base64 in the ciphertext',
      (l: string) => withField(l, 4, (f) => `${f.slice(0, 5)}+${f.slice(6)}`),
      'malformed line',
    ],
    [
      'a 64-byte ephemeral key',
      (l: string) => withField(l, 2, (f) => toBase64Url(fromBase64Url(f).slice(0, 64))),
      'malformed line',
    ],
    ['a compressed-point prefix', (l: string) => withField(l, 2, (f) => flipByte(f, 0)), 'malformed line'],
    [
      'a key that is not a curve point',
      (l: string) => withField(l, 2, (f) => flipByte(f, 64)),
      'malformed line',
    ],
    [
      'an 11-byte IV',
      (l: string) => withField(l, 3, (f) => toBase64Url(fromBase64Url(f).slice(0, 11))),
      'malformed line',
    ],
    [
      'a ciphertext of only a tag',
      (l: string) => withField(l, 4, (f) => toBase64Url(fromBase64Url(f).slice(0, 16))),
      'malformed line',
    ],
    ['a bad quiz id', (l: string) => withField(l, 1, () => 'x'), 'malformed line'],
  ])('rejects %s', async (_name, edit, reason) => {
    const line = await seal(keys, ANSWERS);
    expect(await open(edit(line))).toEqual({ ok: false, reason });
  });

  it('throws on a private key that is not a P-256 JWK (the caller’s data, not the entry’s)', async () => {
    const line = await seal(keys, ANSWERS);
    await expect(open(line, QUIZ_ID, { kty: 'EC', crv: 'P-256', d: 'AAAA' })).rejects.toThrow();
  });
});

describe('what a sealed line reveals', () => {
  it('differs every time, even for the same answers', async () => {
    const lines = await Promise.all([seal(keys, ANSWERS), seal(keys, ANSWERS), seal(keys, ANSWERS)]);
    expect(new Set(lines).size).toBe(3);
    const [a, b] = lines.map((line) => line.split('.'));
    expect(a![2]).not.toBe(b![2]); // a fresh ephemeral key
    expect(a![4]).not.toBe(b![4]);
  });

  it('has one length for every answer of the same question count', async () => {
    const variants = [
      { a: [-1, -1, -1, -1], t: [0, 0, 0, 0] },
      { a: [0, 0, 0, 0], t: [1, 2, 3, 4] },
      { a: [3, 2, 3, 1], t: [600_000, 600_000, 600_000, 600_000] },
      { a: [1, -1, 2, 0], t: [9_999_999, 0, 45, 123_456] },
    ];
    const lengths = await Promise.all(variants.map(async (answers) => (await seal(keys, answers)).length));
    expect(new Set(lengths).size).toBe(1);
  });

  it('contains no plaintext', async () => {
    const answers = { a: [3, 2, 1, 0], t: [31415, 27182, 16180, 14142] };
    const line = await seal(keys, answers);
    const bytes = new TextDecoder('latin1').decode(
      Uint8Array.from(
        line
          .split('.')
          .slice(2)
          .flatMap((f) => [...fromBase64Url(f)]),
      ),
    );
    for (const needle of ['"a"', '"t"', '31415', '27182', '[3,2,1,0]', 'pulse']) {
      expect(line).not.toContain(needle);
      expect(bytes).not.toContain(needle);
    }
  });
});

describe('findSealedLine', () => {
  it('finds a line inside other text', async () => {
    const line = await seal(keys, ANSWERS);
    expect(findSealedLine(`Мой ответ на викторину:\n${line}\nУдачи всем!`)).toEqual({
      kind: 'line',
      protocol: 1,
      quizId: QUIZ_ID,
      line,
    });
    expect(findSealedLine(`(${line})`)).toEqual({ kind: 'line', protocol: 1, quizId: QUIZ_ID, line });
    // A QZ1 quiz reads QZ1 lines exactly as before.
    expect(findSealedLine(line, 1)).toEqual({ kind: 'line', protocol: 1, quizId: QUIZ_ID, line });
  });

  it.each([
    ['no token at all', 'Отличная викторина!'],
    ['QZ1 without a dot', 'QZ1 — это код?'],
    ['QZ1. glued to a word', 'xQZ1.abc'],
    ['an empty text', ''],
  ])('ignores %s', (_name, text) => {
    expect(findSealedLine(text)).toEqual({ kind: 'none' });
  });

  it.each([
    ['a bare prefix', 'QZ1.'],
    ['a cut line', 'QZ1.TestQuiz0001.BAAA'],
    ['a trailing dot', 'QZ1.TestQuiz0001.a.b.c.'],
  ])('calls %s malformed', (_name, text) => {
    expect(findSealedLine(text)).toEqual({ kind: 'malformed', reason: 'malformed line' });
  });

  it('judges only the first token', async () => {
    const line = await seal(keys, ANSWERS);
    expect(findSealedLine(`QZ1.broken ${line}`).kind).toBe('malformed');
    expect(findSealedLine(`${line} QZ1.broken`).kind).toBe('line');
  });
});

describe('QZ2: entries bound to their author', () => {
  const ALICE = 123456789;
  const BOB = 987654321;
  const openAs = (line: string, userId: number | undefined, jwk = keys.privateKeyJwk) =>
    openEntry(subtle, { quizId: QUIZ_ID, privateKeyJwk: jwk, line, userId });

  it('is the protocol of new quizzes; a definition without one is QZ1', () => {
    expect(QUIZ_PROTOCOL).toBe(2);
    expect(quizProtocol({})).toBe(1);
    expect(quizProtocol({ protocol: 2 })).toBe(2);
    expect(HKDF_INFO).toEqual({ 1: 'pulse-quiz-v1', 2: 'pulse-quiz-v2' });
  });

  it('round-trips with the author’s id, in a line of the QZ1 shape and length with the QZ2 prefix', async () => {
    const line = await seal2(keys, ANSWERS, ALICE);
    expect(line).toMatch(/^QZ2\.TestQuiz0001\.[A-Za-z0-9_-]{87}\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+$/);
    expect(line.length).toBe((await seal(keys, ANSWERS)).length);
    expect(await openAs(line, ALICE)).toEqual({ ok: true, quizId: QUIZ_ID, answers: ANSWERS });
    expect(findSealedLine(`Мой ответ: ${line}`)).toEqual({
      kind: 'line',
      protocol: 2,
      quizId: QUIZ_ID,
      line,
    });
  });

  it('does not open for anyone else: another id, a longer or shorter spelling of it', async () => {
    const line = await seal2(keys, ANSWERS, ALICE);
    for (const userId of [BOB, ALICE + 1, 1234567890, 12345678])
      expect(await openAs(line, userId)).toEqual({ ok: false, reason: 'cannot decrypt' });
  });

  it('needs the author’s id to open, and a positive integer id to seal', async () => {
    const line = await seal2(keys, ANSWERS, ALICE);
    await expect(openAs(line, undefined)).rejects.toThrow(/user id/);
    await expect(openAs(line, 0)).rejects.toThrow(/user id/);
    const input = {
      quizId: QUIZ_ID,
      publicKey: keys.publicKey,
      answers: ANSWERS,
      random,
      protocol: 2 as const,
    };
    for (const userId of [undefined, 0, -5, 1.5, Number.NaN, 2 ** 53])
      await expect(sealAnswers(subtle, { ...input, userId })).rejects.toThrow(/user id/);
  });

  it('differs from QZ1 in the key and the data: relabelling a line either way does not open it', async () => {
    const qz2 = await seal2(keys, ANSWERS, ALICE);
    const qz1 = await seal(keys, ANSWERS);
    expect(await openAs(qz2.replace(/^QZ2/, 'QZ1'), ALICE)).toEqual({ ok: false, reason: 'cannot decrypt' });
    expect(await openAs(qz1.replace(/^QZ1/, 'QZ2'), ALICE)).toEqual({ ok: false, reason: 'cannot decrypt' });
    // A QZ1 line still opens, whoever is named.
    expect(await openAs(qz1, BOB)).toEqual({ ok: true, quizId: QUIZ_ID, answers: ANSWERS });
  });

  it('keeps QZ1’s other checks: another quiz, another key pair, an edited ciphertext', async () => {
    expect(await openAs(await seal2(keys, ANSWERS, ALICE, 'OtherQuiz_99'), ALICE)).toEqual({
      ok: false,
      reason: 'another quiz (id OtherQuiz_99)',
    });
    expect(await openAs(await seal2(other, ANSWERS, ALICE), ALICE)).toEqual({
      ok: false,
      reason: 'cannot decrypt',
    });
    const edited = withField(await seal2(keys, ANSWERS, ALICE), 4, (f) => flipByte(f, 3));
    expect(await openAs(edited, ALICE)).toEqual({ ok: false, reason: 'cannot decrypt' });
  });

  it('is found by a QZ2 quiz next to QZ1 tokens (the first counts), and not by a QZ1 quiz', async () => {
    const qz2 = await seal2(keys, ANSWERS, ALICE);
    const qz1 = await seal(keys, ANSWERS);
    expect(findSealedLine(`${qz1} ${qz2}`, 2)).toMatchObject({ kind: 'line', protocol: 1, line: qz1 });
    expect(findSealedLine(`${qz2} ${qz1}`, 2)).toMatchObject({ kind: 'line', protocol: 2, line: qz2 });
    expect(findSealedLine(`QZ2.broken ${qz1}`, 2)).toEqual({ kind: 'malformed', reason: 'malformed line' });
    expect(findSealedLine('xQZ2.abc', 2)).toEqual({ kind: 'none' });
    expect(findSealedLine(qz2, 1)).toEqual({ kind: 'none' });
    expect(findSealedLine(`${qz2} ${qz1}`, 1)).toMatchObject({ kind: 'line', protocol: 1, line: qz1 });
  });
});
