// `npm run verify-quiz -- FILE`: in-process for the edge cases, and as a real child process for
// what other tools see (one JSON line on stdout, stderr, exit code).

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { memoryIo, runScript, tempDir } from './cli-harness';
import { runVerifyQuiz } from '../../../src/cli/verify-quiz';
import type { QuizKeys } from '../../../src/core/quiz/seal';
import { CLOSES_AT, newKeys, OPENS_AT, QUIZ, QUIZ2, seal, seal2, subtle } from '../core/quiz/helpers';

const dir = tempDir('verify-quiz-');

// QUIZ's correct indices are [1, 0, 3, 1].
let keys: QuizKeys;
let file: { quiz: typeof QUIZ; privateKeyJwk: JsonWebKey; comments: unknown[] };
/** A QZ2 quiz's file: bound entries, a verbatim copy, an unbound QZ1 line. */
let file2: { quiz: typeof QUIZ2; privateKeyJwk: JsonWebKey; comments: unknown[] };
beforeAll(async () => {
  keys = await newKeys();
  const line = (a: number[], t = [1000, 1000, 1000, 1000]) => seal(keys, { a, t });
  file = {
    quiz: QUIZ,
    privateKeyJwk: keys.privateKeyJwk,
    comments: [
      // As wall.getComments returns them: extra fields, a thread with a reply inside it.
      {
        id: 1,
        from_id: 101,
        date: OPENS_AT + 10,
        text: `Мой ответ: ${await line([1, 0, 3, 1])}`,
        likes: { count: 2 },
        thread: {
          count: 2,
          items: [
            { id: 2, from_id: 102, date: OPENS_AT + 20, text: await line([1, 0, 3, 0]), reply_to_user: 101 },
            { id: 3, from_id: -5, date: OPENS_AT + 21, text: 'Спасибо за участие!' },
          ],
        },
      },
      // The same reply also listed at the top level: counted once.
      { id: 2, from_id: 102, date: OPENS_AT + 20, text: 'ignored duplicate' },
      { id: 4, from_id: 103, date: OPENS_AT + 30, text: await line([1, 0, 3, 0], [1, 1, 1, 1]) },
      { id: 5, from_id: 104, date: CLOSES_AT + 1, text: await line([1, 0, 3, 1]) },
      { id: 6, from_id: 101, date: OPENS_AT + 40, text: await line([1, 0, 3, 1], [1, 1, 1, 1]) },
      { id: 7, from_id: 105, date: OPENS_AT + 50, text: 'Вопрос к организаторам' },
      { id: 8, deleted: true, date: OPENS_AT + 60, text: '' },
    ],
  };
  const bound = await seal2(keys, { a: [1, 0, 3, 1], t: [1000, 1000, 1000, 1000] }, 201);
  file2 = {
    quiz: QUIZ2,
    privateKeyJwk: keys.privateKeyJwk,
    comments: [
      { id: 11, from_id: 201, date: OPENS_AT + 10, text: `Мой ответ: ${bound}` },
      // 202 copies 201's comment word for word, then enters with a line of their own.
      { id: 12, from_id: 202, date: OPENS_AT + 20, text: `Мой ответ: ${bound}` },
      {
        id: 13,
        from_id: 202,
        date: OPENS_AT + 30,
        text: await seal2(keys, { a: [1, 0, 3, 0], t: [1000, 1000, 1000, 1000] }, 202),
      },
      // An old-format line, however valid, is not bound to its author.
      {
        id: 14,
        from_id: 203,
        date: OPENS_AT + 40,
        text: await seal(keys, { a: [1, 0, 3, 1], t: [1, 1, 1, 1] }),
      },
      // A line sealed for 205 posted by 204, with no comment of 205's left.
      {
        id: 15,
        from_id: 204,
        date: OPENS_AT + 50,
        text: await seal2(keys, { a: [1, 0, 3, 1], t: [1, 1, 1, 1] }, 205),
      },
    ],
  };
});

const EXPECTED2 = {
  results: [
    { userId: 201, correct: 4, timeMs: 4000, place: 1 },
    { userId: 202, correct: 3, timeMs: 4000, place: 2 },
  ],
  rejected: [
    { commentId: 12, reason: "another user's entry (id 201)" },
    { commentId: 14, reason: 'unbound line (QZ1)' },
    { commentId: 15, reason: 'cannot decrypt' },
  ],
};

const EXPECTED = {
  results: [
    { userId: 101, correct: 4, timeMs: 4000, place: 1 },
    { userId: 103, correct: 3, timeMs: 4, place: 2 },
    { userId: 102, correct: 3, timeMs: 4000, place: 3 },
  ],
  rejected: [
    { commentId: 6, reason: 'second entry of this user' },
    { commentId: 5, reason: 'outside the quiz window' },
  ],
};

async function runIn(argv: string[], files: Record<string, string>) {
  const { io, outcome } = memoryIo(files);
  return outcome(await runVerifyQuiz(argv, { ...io, subtle }));
}

let fileNo = 0;
function cli(content: string) {
  const file = join(dir, `quiz-${fileNo++}.json`);
  writeFileSync(file, content);
  return runScript('src/cli/verify-quiz.ts', [file]);
}

describe('verify-quiz CLI process', () => {
  it('prints the results and rejections as one JSON line and exits 0', () => {
    const result = cli(JSON.stringify(file));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.endsWith('\n')).toBe(true);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(result.stdout)).toEqual(EXPECTED);
  });

  it('opens a protocol-2 quiz’s lines with their comments’ authors', () => {
    const result = cli(JSON.stringify(file2));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(EXPECTED2);
  });

  it('exits 2 on a malformed file with a message on stderr and nothing on stdout', () => {
    const result = cli('{"quiz": ');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('is not JSON');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('runVerifyQuiz', () => {
  it('scores thread replies given inside thread.items', async () => {
    const result = await runIn(['f.json'], { 'f.json': JSON.stringify(file) });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(EXPECTED);
  });

  it('scores thread replies given only at the top level the same way', async () => {
    const flat = {
      ...file,
      comments: file.comments.flatMap((c) => {
        const { thread, ...rest } = c as { thread?: { items: unknown[] } };
        return [rest, ...(thread?.items ?? [])];
      }),
    };
    const result = await runIn(['f.json'], { 'f.json': JSON.stringify(flat) });
    expect(JSON.parse(result.stdout)).toEqual(EXPECTED);
  });

  it('reads a quiz without "protocol" as QZ1, the same as "protocol": 1 (published QZ1 quizzes verify)', async () => {
    expect(file.quiz).not.toHaveProperty('protocol');
    const explicit = { ...file, quiz: { ...file.quiz, protocol: 1 } };
    const result = await runIn(['f.json'], { 'f.json': JSON.stringify(explicit) });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(EXPECTED);
  });

  it('scores a protocol-2 file’s copy, unbound line and stray line as rejections', async () => {
    const result = await runIn(['f.json'], { 'f.json': JSON.stringify(file2) });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(EXPECTED2);
  });

  it('reads the same comments as a QZ1 quiz when "protocol" is 1: only the QZ1 line is an entry', async () => {
    const asQz1 = { ...file2, quiz: { ...file2.quiz, protocol: 1 } };
    const result = await runIn(['f.json'], { 'f.json': JSON.stringify(asQz1) });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      results: [{ userId: 203, correct: 4, timeMs: 4, place: 1 }],
      rejected: [],
    });
  });

  const malformed: [string, (f: typeof file) => unknown, string][] = [
    ['protocol 3', (f) => ({ ...f, quiz: { ...f.quiz, protocol: 3 } }), 'quiz.protocol: expected 1 or 2'],
    ['protocol "2"', (f) => ({ ...f, quiz: { ...f.quiz, protocol: '2' } }), 'quiz.protocol: expected 1 or 2'],
    ['protocol null', (f) => ({ ...f, quiz: { ...f.quiz, protocol: null } }), 'quiz.protocol'],
    ['no quiz', (f) => ({ ...f, quiz: undefined }), 'quiz:'],
    ['a bad quiz id', (f) => ({ ...f, quiz: { ...f.quiz, id: 'no' } }), 'quiz.id'],
    ['no questions', (f) => ({ ...f, quiz: { ...f.quiz, questions: [] } }), 'quiz.questions'],
    [
      'a correct index past the options',
      (f) => ({ ...f, quiz: { ...f.quiz, questions: [{ options: ['a', 'b'], correct: 2 }] } }),
      'quiz.questions[0].correct',
    ],
    [
      'a reversed window',
      (f) => ({ ...f, quiz: { ...f.quiz, opensAt: CLOSES_AT + 1 } }),
      'opensAt is after closesAt',
    ],
    ['a non-EC key', (f) => ({ ...f, privateKeyJwk: { kty: 'RSA' } }), 'privateKeyJwk.kty'],
    [
      'an unusable key',
      (f) => ({ ...f, privateKeyJwk: { ...f.privateKeyJwk, d: 'AAAA' } }),
      'privateKeyJwk: not a usable P-256 private key',
    ],
    ['comments not a list', (f) => ({ ...f, comments: {} }), 'comments'],
    [
      'a comment without a date',
      (f) => ({ ...f, comments: [{ id: 1, from_id: 2, text: '' }] }),
      'comments[0].date',
    ],
  ];

  it.each(malformed)('exits 2 on %s', async (_name, edit, message) => {
    const result = await runIn(['f.json'], { 'f.json': JSON.stringify(edit(file)) });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
  });

  it.each([
    ['no argument', [], 'expected exactly one FILE'],
    ['two arguments', ['a', 'b'], 'expected exactly one FILE'],
    ['an unreadable file', ['missing.json'], 'cannot read missing.json'],
  ])('exits 2 on %s', async (_name, argv, message) => {
    const result = await runIn(argv, {});
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it('prints usage on --help and exits 0', async () => {
    const result = await runIn(['--help'], {});
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('Usage: npm run verify-quiz -- FILE');
  });
});
