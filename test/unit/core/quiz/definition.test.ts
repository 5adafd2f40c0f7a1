// The definition comments (QZD1): one part or many, every comment within the bound, the join's
// problems (missing, duplicate, conflicting, foreign parts), hostile texts; the form's checks.

import { beforeAll, describe, expect, it } from 'vitest';
import {
  definitionCommentTexts,
  definitionPartCount,
  definitionPartLine,
  joinDefinitionParts,
  parseDefinitionPart,
  QUIZ_DEFINITION_MAX_PARTS,
  validateDefinition,
  type DefinitionPart,
} from '../../../../src/core/quiz/definition';
import { QUIZ_DEFINITION_MAX_CHARS } from '../../../../src/core/quiz/protocol';
import { jsonPayload } from '../../../../src/core/text/payload';
import { quizProtocol } from '../../../../src/core/quiz/seal';
import type { QuizDefinition } from '../../../../src/core/quiz/types';
import { hostileDefinition, LINK, newKeys, OPENS_AT } from './helpers';

let definition: QuizDefinition;
beforeAll(async () => {
  definition = hostileDefinition((await newKeys()).publicKey);
});

const MACHINE = /^(QZK1|QZD1|QZR1)\./;

/** `n` characters of Cyrillic text with spaces, numbered so questions differ. */
function cyrillic(n: number, seed: number): string {
  const words = ['Сколько', 'лет', 'исполнилось', 'городу', 'Лесногорску', 'в', 'этом', 'году', 'ёлка'];
  let text = `№${seed}`;
  for (let i = 0; text.length < n; i++) text += ` ${words[(i + seed) % words.length]}`;
  return text.slice(0, n).trimEnd();
}

/** 30 questions of 300 characters with four options of 60: a long quiz the form accepts. */
function longQuiz(base: QuizDefinition): QuizDefinition {
  return {
    ...base,
    title: cyrillic(100, 0),
    prize: cyrillic(200, 1),
    questions: Array.from({ length: 30 }, (_, i) => ({
      text: cyrillic(300, i),
      options: Array.from({ length: 4 }, (_, j) => cyrillic(60, i * 4 + j)),
      photo: i % 3 === 0 ? `https://sun9-1.userapi.com/impg/photo${i}.jpg?size=1280x960&quality=95` : null,
    })),
  };
}

const parts = (texts: readonly string[]): DefinitionPart[] =>
  texts.map((text) => parseDefinitionPart(text)).filter((p): p is DefinitionPart => p !== null);

/** base64url's UTF-8 JSON of the joined chunks. */
const joinedJson = (texts: readonly string[]) =>
  JSON.parse(
    Buffer.from(
      parts(texts)
        .map((p) => p.chunk)
        .join(''),
      'base64url',
    ).toString('utf8'),
  );

describe('a definition in one comment', () => {
  it('round-trips hostile texts exactly, with the machine line last and no other', () => {
    const texts = definitionCommentTexts(definition, LINK, 'Europe/Moscow');
    expect(texts).toHaveLength(1);
    expect(definitionPartCount(definition)).toBe(1);
    const lines = texts[0]!.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('Участвуйте в приложении: ' + LINK);
    expect(lines[0]).toContain('(московское время)');
    expect(lines[1]).toMatch(/^QZD1\.TestQuiz0001\.1\.1\.[A-Za-z0-9_-]+$/);
    expect(lines.filter((line) => MACHINE.test(line))).toEqual([lines[1]]);
    const part = parseDefinitionPart(texts[0]!);
    expect(part).toMatchObject({ id: definition.id, part: 1, total: 1 });
    expect(joinDefinitionParts(definition.id, [part!])).toEqual(definition);
  });

  it('publishes the keys in the interface’s order', () => {
    const json = joinedJson(definitionCommentTexts(definition, LINK, 'UTC'));
    expect(Object.keys(json)).toEqual([
      'id',
      'groupId',
      'title',
      'prize',
      'questions',
      'secondsPerQuestion',
      'opensAt',
      'closesAt',
      'publicKey',
    ]);
    expect(Object.keys(json.questions[0])).toEqual(['text', 'options', 'photo']);
  });

  it.each([
    ['a line that is not last', (t: string) => `${t}\nещё текст`],
    ['a character outside base64url', (t: string) => t.replace(/\.1\.1\./, '.1.1.+')],
    ['a part beyond the count', (t: string) => t.replace(/\.1\.1\./, '.2.1.')],
    ['a count beyond the cap', (t: string) => t.replace(/\.1\.1\./, '.1.21.')],
    ['a part 0', (t: string) => t.replace(/\.1\.1\./, '.0.1.')],
    ['a short id', (t: string) => t.replace('QZD1.TestQuiz0001', 'QZD1.Short')],
    ['no line', () => 'Просто комментарий'],
  ])('does not read %s', (_name, edit) => {
    expect(parseDefinitionPart(edit(definitionCommentTexts(definition, LINK, 'UTC')[0]!))).toBeNull();
  });

  it('reports a cut payload, a bad key and a bad id as a broken definition', () => {
    const [text] = definitionCommentTexts(definition, LINK, 'UTC');
    const cut = parseDefinitionPart(text!.slice(0, -7))!;
    expect(joinDefinitionParts(definition.id, [cut])).toEqual({ problem: 'Описание викторины повреждено' });
    for (const broken of [
      { ...definition, publicKey: 'AAAA' },
      { ...definition, questions: [] },
    ]) {
      const part = parseDefinitionPart(definitionCommentTexts(broken, LINK, 'UTC')[0]!)!;
      expect(joinDefinitionParts(definition.id, [part])).toEqual({
        problem: 'Описание викторины повреждено',
      });
    }
    // A line relabelled to another quiz id: the JSON still names the first.
    const relabelled = { ...parseDefinitionPart(text!)!, id: 'OtherQuiz_01' };
    expect(joinDefinitionParts('OtherQuiz_01', [relabelled])).toEqual({
      problem: 'Описание викторины называет другую викторину',
    });
  });
});

describe('the protocol in the definition', () => {
  /** Part 1 of a definition whose JSON is `json` as given (members and order untouched). */
  const rawPart = (json: object): DefinitionPart => ({
    id: definition.id,
    part: 1,
    total: 1,
    chunk: jsonPayload(json),
  });

  it('publishes "protocol": 2 last for a QZ2 quiz and reads it back', () => {
    const qz2: QuizDefinition = { ...definition, protocol: 2 };
    const texts = definitionCommentTexts(qz2, LINK, 'UTC');
    const json = joinedJson(texts);
    expect(Object.keys(json).at(-1)).toBe('protocol');
    expect(json.protocol).toBe(2);
    const joined = joinDefinitionParts(definition.id, parts(texts));
    expect(joined).toEqual(qz2);
    expect(quizProtocol(joined as QuizDefinition)).toBe(2);
  });

  it('keeps a QZ1 quiz’s bytes as they were: no member, read back as QZ1', () => {
    const texts = definitionCommentTexts(definition, LINK, 'UTC');
    expect(joinedJson(texts)).not.toHaveProperty('protocol');
    expect(definitionCommentTexts({ ...definition, protocol: 1 }, LINK, 'UTC')).toEqual(texts);
    const joined = joinDefinitionParts(definition.id, parts(texts)) as QuizDefinition;
    expect(joined).not.toHaveProperty('protocol');
    expect(quizProtocol(joined)).toBe(1);
    // Someone else's writer spelling out "protocol": 1 means the same quiz.
    expect(joinDefinitionParts(definition.id, [rawPart({ ...joinedJson(texts), protocol: 1 })])).toEqual(
      joined,
    );
  });

  it.each([3, 0, '2', null])('calls a definition with "protocol": %j broken', (protocol) => {
    const json = { ...joinedJson(definitionCommentTexts(definition, LINK, 'UTC')), protocol };
    expect(joinDefinitionParts(definition.id, [rawPart(json)])).toEqual({
      problem: 'Описание викторины повреждено',
    });
  });
});

describe('a 30-question definition with long Cyrillic texts', () => {
  let long: QuizDefinition;
  let texts: string[];
  beforeAll(() => {
    long = longQuiz(definition);
    texts = definitionCommentTexts(long, LINK, 'Asia/Vladivostok');
  });

  it('is accepted by the form and split into comments of at most 3500 characters', () => {
    expect(validateDefinition(long)).toEqual([]);
    expect(texts.length).toBeGreaterThan(5);
    expect(texts.length).toBeLessThanOrEqual(QUIZ_DEFINITION_MAX_PARTS);
    expect(definitionPartCount(long)).toBe(texts.length);
    for (const text of texts) expect(text.length).toBeLessThanOrEqual(QUIZ_DEFINITION_MAX_CHARS);
  });

  it('numbers its parts, with the announcement on part 1 and a short prefix on the others', () => {
    const k = texts.length;
    expect(parts(texts).map(({ id, part, total }) => ({ id, part, total }))).toEqual(
      texts.map((_, i) => ({ id: long.id, part: i + 1, total: k })),
    );
    expect(texts[0]).toContain('Участвуйте в приложении: ' + LINK);
    texts.slice(1).forEach((text, i) => {
      const lines = text.split('\n');
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(new RegExp(`^Викторина «.{1,40}», часть ${i + 2} из ${k}:$`));
      expect(lines[1]).toMatch(MACHINE);
    });
  });

  it('joins back exactly, in any order; the chunks are consecutive slices of one base64url string', () => {
    const shuffled = [...parts(texts)].reverse();
    expect(joinDefinitionParts(long.id, shuffled)).toEqual(long);
    expect(joinedJson(texts)).toEqual(long);
    // The split depends on the definition alone: another link or zone changes only part 1's words.
    const elsewhere = definitionCommentTexts(long, 'https://vk.com/app1_-1#/quiz/x', 'UTC');
    expect(parts(elsewhere)).toEqual(parts(texts));
    expect(elsewhere[0]).not.toBe(texts[0]);
  });

  it('names what is wrong: a missing, conflicting or miscounted part', () => {
    const all = parts(texts);
    const k = all.length;
    expect(
      joinDefinitionParts(
        long.id,
        all.filter((p) => p.part !== 3),
      ),
    ).toEqual({
      problem: `Не хватает части 3 из ${k} описания викторины`,
    });
    expect(joinDefinitionParts(long.id, all.slice(1))).toEqual({
      problem: `Не хватает части 1 из ${k} описания викторины`,
    });
    // The same part twice (a retried request) is harmless; a different one is not.
    expect(joinDefinitionParts(long.id, [...all, all[2]!])).toEqual(long);
    const forged = { ...all[2]!, chunk: `${all[2]!.chunk.slice(0, -4)}AAAA` };
    expect(joinDefinitionParts(long.id, [...all, forged])).toEqual({
      problem: 'Часть 3 описания викторины опубликована дважды с разным содержимым',
    });
    expect(joinDefinitionParts(long.id, [...all.slice(0, -1), { ...all[k - 1]!, total: k + 1 }])).toEqual({
      problem: 'Части описания викторины указывают разное число частей',
    });
    // A chunk replaced in place (no duplicate): the JSON no longer decodes or validates.
    expect(
      joinDefinitionParts(
        long.id,
        all.map((p) => (p.part === 3 ? forged : p)),
      ),
    ).toEqual({
      problem: 'Описание викторины повреждено',
    });
  });

  it('skips parts of other quizzes', () => {
    const other = parts(definitionCommentTexts({ ...long, id: 'OtherQuiz_01' }, LINK, 'UTC'));
    expect(joinDefinitionParts(long.id, [...other, ...parts(texts)])).toEqual(long);
    expect(joinDefinitionParts('NoSuchQuiz', other)).toEqual({
      problem: 'Описание викторины не опубликовано',
    });
  });

  it('keeps hostile texts inside their human lines', () => {
    const hostile = {
      ...long,
      title: definition.title,
      questions: long.questions.map((q, i) => ({
        ...q,
        text: `${definition.questions[i % 6]!.text} ${q.text}`,
      })),
    };
    const hostileTexts = definitionCommentTexts(hostile, LINK, 'UTC');
    for (const text of hostileTexts) {
      const lines = text.split('\n');
      expect(lines).toHaveLength(2);
      expect(lines.filter((line) => MACHINE.test(line))).toEqual([lines[1]]);
    }
    expect(joinDefinitionParts(hostile.id, parts(hostileTexts))).toEqual(hostile);
  });
});

it('writes the line the docs describe', () => {
  expect(definitionPartLine({ id: 'DemoQuiz2025', part: 2, total: 3, chunk: 'eyJpZCI6' })).toBe(
    'QZD1.DemoQuiz2025.2.3.eyJpZCI6',
  );
});

describe('validateDefinition', () => {
  const good = (): QuizDefinition => ({
    ...definition,
    title: 'Знаете ли вы свой город?',
    questions: [{ text: 'Год основания?', options: ['1147', '1703'], photo: null }],
  });

  it('accepts a sound definition, and one with no id or key yet (the form’s check)', () => {
    expect(validateDefinition(good())).toEqual([]);
    expect(validateDefinition({ ...good(), id: 'form-check', publicKey: '' })).toEqual([]);
  });

  it.each([
    ['an empty title', { title: '  ' }, 'Укажите название викторины'],
    ['no questions', { questions: [] }, 'Добавьте хотя бы один вопрос'],
    [
      '31 questions',
      { questions: Array.from({ length: 31 }, () => ({ text: 'В?', options: ['а', 'б'], photo: null })) },
      'Не больше 30 вопросов',
    ],
    ['one option', { questions: [{ text: 'В?', options: ['а'], photo: null }] }, 'Вопрос 1: нужно от 2 до 6'],
    [
      'seven options',
      { questions: [{ text: 'В?', options: ['1', '2', '3', '4', '5', '6', '7'], photo: null }] },
      'Вопрос 1: нужно от 2 до 6',
    ],
    [
      'an empty option',
      { questions: [{ text: 'В?', options: ['а', ' '], photo: null }] },
      'вариант 2: пустой',
    ],
    [
      'a 101-character option',
      { questions: [{ text: 'В?', options: ['а', 'б'.repeat(101)], photo: null }] },
      'длиннее 100 символов',
    ],
    [
      'a 501-character question',
      { questions: [{ text: 'в'.repeat(501), options: ['а', 'б'], photo: null }] },
      'текст длиннее 500 символов',
    ],
    ['a 101-character title', { title: 'т'.repeat(101) }, 'Название длиннее 100 символов'],
    ['9 seconds', { secondsPerQuestion: 9 }, 'от 10 до 600 секунд'],
    ['601 seconds', { secondsPerQuestion: 601 }, 'от 10 до 600 секунд'],
    ['an empty window', { closesAt: OPENS_AT }, 'закончиться позже'],
    [
      'more text than 20 comments hold',
      {
        questions: Array.from({ length: 30 }, (_, i) => ({
          text: cyrillic(500, i),
          options: Array.from({ length: 6 }, (_, j) => cyrillic(100, i + j)),
          photo: null,
        })),
      },
      'Слишком много текста: описание викторины заняло бы',
    ],
  ])('reports %s', (_name, patch, problem) => {
    const problems = validateDefinition({ ...good(), ...patch });
    expect(problems.some((p) => p.includes(problem))).toBe(true);
  });
});
