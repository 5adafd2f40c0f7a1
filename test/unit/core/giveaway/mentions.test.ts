import { describe, expect, it } from 'vitest';
import { taggedBy } from '../../../../src/core/giveaway/tagged';
import { parseMentions } from '../../../../src/core/text/mentions';
import type { GiveawayComment } from '../../../../src/core/giveaway/types';

let nextId = 1;
function comment(fromId: number, text: string, replyToUser: number | null = null): GiveawayComment {
  return { id: nextId++, fromId, date: 1_700_000_000, text, replyToUser };
}

describe('parseMentions', () => {
  it('reads [id|…] mentions, including the reply variant with a suffix', () => {
    expect(parseMentions('Смотри [id123|Вася] и [id456:bp-1_2_3|Петя]!').userIds).toEqual([123, 456]);
  });

  it('ignores community mentions in every form', () => {
    const parsed = parseMentions(
      '[club1|Паблик] [public2|Страница] [event3|Встреча] @club4 *public5 @event6',
    );
    expect(parsed).toEqual({ userIds: [], screenNames: [] });
  });

  it('reads @id and *id as users and screen names lower-cased', () => {
    const parsed = parseMentions('@id45 *id46 @Durov (Павел Дуров) *ivan.petrov, @a_b_c');
    expect(parsed.userIds).toEqual([45, 46]);
    expect(parsed.screenNames).toEqual(['durov', 'ivan.petrov', 'a_b_c']);
  });

  it('counts each user once however often they are named', () => {
    const parsed = parseMentions('[id7|Оля] [id7|Оля] @id7 @masha @MASHA *masha');
    expect(parsed).toEqual({ userIds: [7], screenNames: ['masha'] });
  });

  it('is not fooled by e-mail addresses, a trailing full stop, or names of the wrong length', () => {
    expect(parseMentions('пишите на ivan@mail.ru').screenNames).toEqual([]);
    expect(parseMentions('Спасибо, @durov.').screenNames).toEqual(['durov']);
    expect(parseMentions('@a').screenNames).toEqual([]);
    expect(parseMentions(`@${'x'.repeat(33)}`).screenNames).toEqual([]);
    expect(parseMentions(`@${'x'.repeat(32)}`).screenNames).toEqual(['x'.repeat(32)]);
  });

  it('ignores broken or zero ids and mentions split across lines', () => {
    expect(parseMentions('[id0|Никто] [id|Пусто] [id12|Имя\n] [id12 |Имя]').userIds).toEqual([]);
  });
});

describe('taggedBy', () => {
  const names = new Map<string, number | null>([
    ['durov', 1],
    ['gospablik', null],
    ['myself', 10],
  ]);

  it('unions distinct users over all of the author’s comments and only theirs', () => {
    const comments = [
      comment(10, '[id20|Аня] [id21|Боря]'),
      comment(10, 'И ещё [id20|Аня] и @durov'),
      comment(99, '[id30|Чужой] [id31|Чужой2]'),
    ];
    expect([...taggedBy(10, comments, names)].sort((a, b) => a - b)).toEqual([1, 20, 21]);
  });

  it('does not count the author tagging themselves, communities or unresolved names', () => {
    const comments = [comment(10, '[id10|Я] @id10 @myself [club5|Паблик] @gospablik @unknown_name')];
    expect(taggedBy(10, comments, names).size).toBe(0);
  });

  it('drops the leading auto-mention of the user a thread reply answers', () => {
    expect([...taggedBy(10, [comment(10, '[id5|Имя], спасибо!', 5)], names)]).toEqual([]);
    expect([...taggedBy(10, [comment(10, '[id5:bp-1_2_3|Имя], и [id6|Друг]', 5)], names)]).toEqual([6]);
  });

  it('counts the replied-to user when named again, or when not at the very start', () => {
    expect([...taggedBy(10, [comment(10, '[id5|Имя], [id5|Имя] ты тоже участвуй', 5)], names)]).toEqual([5]);
    expect([...taggedBy(10, [comment(10, 'Привет, [id5|Имя]', 5)], names)]).toEqual([5]);
    expect([...taggedBy(10, [comment(10, ' [id5|Имя], пробел в начале', 5)], names)]).toEqual([5]);
    // A mention of someone else at the start of a reply to user 5 is a real tag.
    expect([...taggedBy(10, [comment(10, '[id6|Другой], привет', 5)], names)]).toEqual([6]);
  });

  it('counts a user auto-mentioned in one reply but tagged in another comment', () => {
    const comments = [comment(10, '[id5|Имя], ок', 5), comment(10, 'Зову [id5|Имя]')];
    expect([...taggedBy(10, comments, names)]).toEqual([5]);
  });
});
