import { describe, expect, it } from 'vitest';

import { parsePageRef, refUrl, REF_REASONS, splitPastedRefs } from '../../../../src/core/pages/page-ref';

describe('parsePageRef', () => {
  it.each([
    ['https://vk.com/club123', 123],
    ['http://vk.com/public45/', 45],
    ['vk.com/event7?w=wall-7_1', 7],
    ['https://m.vk.com/club99#comments', 99],
    ['www.vk.ru/public5', 5],
    ['https://new.vk.com/club8', 8],
    ['vkontakte.ru/club9', 9],
    ['https://vk.com/wall-123_45', 123],
    ['vk.com/photo-5_456', 5],
    ['  «vk.com/club12»,  ', 12],
    ['123', 123],
    ['-123', 123],
    ['club 77', 77],
    ['Public12', 12],
    ['"555";', 555],
  ])('%s → group %i', (text, id) => {
    expect(parsePageRef(text)).toEqual({ kind: 'group', id });
  });

  it.each([
    ['https://vk.com/School_5', 'school_5'],
    ['vk.com/mbou.sosh1/', 'mbou.sosh1'],
    ['@gimnazia2', 'gimnazia2'],
    ['lib_kazan', 'lib_kazan'],
    ['https://vk.com/club123abc', 'club123abc'],
    ['(vk.com/detsad7?from=search)', 'detsad7'],
  ])('%s → screen %s', (text, name) => {
    expect(parsePageRef(text)).toEqual({ kind: 'screen', name });
  });

  it.each([
    ['https://vk.com/id42', 42],
    ['id7', 7],
    ['vk.com/wall42_1', 42],
  ])('%s → user %i', (text, id) => {
    expect(parsePageRef(text)).toEqual({ kind: 'user', id, reason: REF_REASONS.user });
  });

  it.each([
    ['https://school5.ru/news', 'https://school5.ru/news'],
    ['school5.ru', 'https://school5.ru/'],
    ['https://ok.ru/group/1', 'https://ok.ru/group/1'],
    ['https://vk.com/away.php?to=https%3A%2F%2Fgosuslugi.ru', 'https://gosuslugi.ru'],
    ['t.me/channel', 'https://t.me/channel'],
  ])('%s → external %s', (text, url) => {
    expect(parsePageRef(text)).toEqual({ kind: 'external', url, reason: REF_REASONS.external });
  });

  it.each([
    ['', REF_REASONS.empty],
    ['  " ; ', REF_REASONS.empty],
    ['https://vk.com', REF_REASONS.home],
    ['vk.com/', REF_REASONS.home],
    ['0', REF_REASONS.zero],
    ['club0', REF_REASONS.zero],
    ['Школа №5', REF_REASONS.notRef],
    ['a', REF_REASONS.notRef],
    ['12.5', REF_REASONS.notRef],
    ['mailto://x', REF_REASONS.notRef],
    ['vk.com/%E0%A4%A', REF_REASONS.notRef],
    ['school5@mail.ru', REF_REASONS.email],
    ['<Иванова@школа.рф>', REF_REASONS.email],
  ])('%j → invalid: %s', (text, reason) => {
    expect(parsePageRef(text)).toEqual({ kind: 'invalid', reason });
  });

  it.each([
    'https://vk.com/feed',
    'vk.com/im?sel=1',
    'vk.com/apps',
    'vk.com/search',
    'vk.com/wall',
    'vk.com/app123',
  ])('%s → a VK service page', (text) => {
    const ref = parsePageRef(text);
    expect(ref.kind).toBe('invalid');
    expect(ref.kind === 'invalid' && ref.reason).toMatch(/^Служебная страница ВКонтакте/);
  });
});

describe('splitPastedRefs', () => {
  it('finds every reference in a letter and drops the Russian words around them', () => {
    const letter =
      'Прошу добавить: vk.com/club1, https://vk.com/school5; club 77\n-42 и id9, а также сайт школы school.ru.';
    expect(splitPastedRefs(letter)).toEqual([
      { raw: 'vk.com/club1', ref: { kind: 'group', id: 1 } },
      { raw: 'https://vk.com/school5', ref: { kind: 'screen', name: 'school5' } },
      { raw: 'club77', ref: { kind: 'group', id: 77 } },
      { raw: '-42', ref: { kind: 'group', id: 42 } },
      { raw: 'id9', ref: { kind: 'user', id: 9, reason: REF_REASONS.user } },
      {
        raw: 'school.ru.',
        ref: { kind: 'external', url: 'https://school.ru/', reason: REF_REASONS.external },
      },
    ]);
  });

  it('keeps a broken link so that it is reported', () => {
    expect(splitPastedRefs('ссылка vk.com/ и всё')).toEqual([
      { raw: 'vk.com/', ref: { kind: 'invalid', reason: REF_REASONS.home } },
    ]);
  });

  it('drops the e-mail addresses of a signature', () => {
    expect(splitPastedRefs('vk.com/club1\nС уважением, school5@mail.ru')).toEqual([
      { raw: 'vk.com/club1', ref: { kind: 'group', id: 1 } },
    ]);
  });

  it('returns nothing for text without references', () => {
    expect(splitPastedRefs('  Добрый день, коллеги!  ')).toEqual([]);
  });
});

describe('refUrl', () => {
  it('builds the canonical link', () => {
    expect(refUrl({ kind: 'group', id: 5 })).toBe('https://vk.com/club5');
    expect(refUrl({ kind: 'screen', name: 'school5' })).toBe('https://vk.com/school5');
  });
});
