// The published texts: the quiz post (QZK1) and the results comment (QZR1) — round trips, hostile
// titles/options/names, the size cut. The definition comments (QZD1): definition.test.ts.

import { beforeAll, describe, expect, it } from 'vitest';
import {
  keyLine,
  parseKeyLine,
  parseResultsComment,
  QUIZ_LIST_MAX_CHARS,
  quizLink,
  quizPostText,
  resultsCommentText,
} from '../../../../src/core/quiz/protocol';
import type { QuizKeys } from '../../../../src/core/quiz/seal';
import type { QuizDefinition, QuizResult } from '../../../../src/core/quiz/types';
import { hostileDefinition, HOSTILE, LINK, newKeys, OPENS_AT } from './helpers';

let keys: QuizKeys;
let definition: QuizDefinition;
beforeAll(async () => {
  keys = await newKeys();
  definition = hostileDefinition(keys.publicKey);
});

describe('links', () => {
  it('points at the quiz and, when known, its post', () => {
    expect(quizLink(51234567, 219000001, 'TestQuiz0001')).toBe(
      'https://vk.com/app51234567_-219000001#/quiz/TestQuiz0001',
    );
    expect(quizLink(51234567, 219000001, 'TestQuiz0001', '-219000001_42')).toBe(LINK);
  });
});

describe('the quiz post (QZK1)', () => {
  it('carries the key line, the numbered questions and the window; hostile text forges nothing', () => {
    const text = quizPostText({ definition, link: LINK, timeZone: 'Europe/Moscow' });
    expect(parseKeyLine(text)).toEqual({ id: definition.id, publicKey: keys.publicKey });
    expect(text).toContain(keyLine(definition.id, keys.publicKey));
    expect(text).toContain('Вопрос 1. ');
    expect(text).toContain('3) ');
    expect(text).toContain('(московское время)');
    expect(text).toContain('Ответы принимаются в приложении');
    expect(text).not.toMatch(/[\u202e\u200f]/);
    // Only the real key line is a whole line starting with a machine prefix.
    const machine = text.split('\n').filter((line) => /^(QZK1|QZD1|QZR1)\./.test(line.trim()));
    expect(machine).toEqual([keyLine(definition.id, keys.publicKey)]);
  });

  it('tolerates text added after the line, and refuses two different key lines', () => {
    const line = keyLine(definition.id, keys.publicKey);
    expect(parseKeyLine(`Текст\n${line}\n#викторина`)).not.toBeNull();
    expect(parseKeyLine(`${line}\n${line}`)).not.toBeNull();
    expect(parseKeyLine(`${line}\n${keyLine('OtherQuiz_1', keys.publicKey)}`)).toBeNull();
    expect(parseKeyLine(`Смотрите ${line}`)).toBeNull();
    expect(parseKeyLine(keyLine(definition.id, `A${keys.publicKey.slice(1)}`))).toBeNull();
  });
});

describe('the results comment (QZR1)', () => {
  const result = (userId: number, place: number): QuizResult => ({
    userId,
    correct: 5,
    timeMs: 43_210 + userId,
    place,
    commentId: userId,
    date: OPENS_AT,
  });

  it('round-trips the key, the private key and the top; hostile names stay inside their mention', () => {
    const names = new Map([
      [101, HOSTILE[2]!],
      [102, HOSTILE[4]!],
    ]);
    const top = [result(101, 1), result(102, 2), result(103, 2)];
    const key = definition.questions.map(() => 1);
    const text = resultsCommentText({
      definition,
      key,
      privateKeyJwk: keys.privateKeyJwk,
      top,
      names,
      link: LINK,
    });
    expect(parseResultsComment(text)).toEqual({
      id: definition.id,
      correct: key,
      privateKeyJwk: {
        kty: 'EC',
        crv: 'P-256',
        x: keys.privateKeyJwk.x,
        y: keys.privateKeyJwk.y,
        d: keys.privateKeyJwk.d,
      },
      top: top.map(({ userId, correct, timeMs, place }) => ({ userId, correct, timeMs, place })),
    });
    expect(text).toContain('1. [id101|Скобка   и черта   и  id1 мнимое упоминание] — 5 из 6, 43,3 с');
    expect(text).toContain('[id103|id103]');
    expect(text.split('\n').filter((line) => /^QZ[KDR]1\./.test(line))).toHaveLength(1);
  });

  it('cuts the top from the end to fit one comment', () => {
    const top = Array.from({ length: 300 }, (_, i) => result(100_000_000 + i, i + 1));
    const key = definition.questions.map(() => 0);
    const text = resultsCommentText({
      definition,
      key,
      privateKeyJwk: keys.privateKeyJwk,
      top,
      names: new Map(),
      link: LINK,
    });
    expect(text.length).toBeLessThanOrEqual(QUIZ_LIST_MAX_CHARS);
    const parsed = parseResultsComment(text)!;
    expect(parsed.top.length).toBeGreaterThan(5);
    expect(parsed.top.length).toBeLessThan(300);
    expect(parsed.top.map((r) => r.place)).toEqual(top.slice(0, parsed.top.length).map((r) => r.place));
    const next = top.slice(0, parsed.top.length + 1);
    expect(
      resultsCommentText({
        definition,
        key,
        privateKeyJwk: keys.privateKeyJwk,
        top: next,
        names: new Map(),
        link: LINK,
      }),
    ).toBe(text);
  });

  it('says so when nobody entered', () => {
    const text = resultsCommentText({
      definition,
      key: [0],
      privateKeyJwk: keys.privateKeyJwk,
      top: [],
      names: new Map(),
      link: LINK,
    });
    expect(text).toContain('Правильно оформленных ответов нет.');
    expect(parseResultsComment(text)?.top).toEqual([]);
  });

  it('rejects a line that is not last or has a broken payload', () => {
    const text = resultsCommentText({
      definition,
      key: [0],
      privateKeyJwk: keys.privateKeyJwk,
      top: [],
      names: new Map(),
      link: LINK,
    });
    expect(parseResultsComment(`${text}\nP.S.`)).toBeNull();
    expect(parseResultsComment(text.slice(0, -4))).toBeNull();
    expect(parseResultsComment('QZR1.TestQuiz0001.e30')).toBeNull();
  });
});
