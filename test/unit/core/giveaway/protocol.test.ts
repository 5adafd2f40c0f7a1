import { describe, expect, it } from 'vitest';
import {
  announcementText,
  commitmentCommentText,
  conditionsText,
  decodeCompactList,
  encodeCompactList,
  giveawayLink,
  joinListReplies,
  LIST_REPLY_MAX_CHARS,
  listReplyPayloads,
  listReplyText,
  listReplyTexts,
  parseCommitmentComment,
  parseListReply,
  parseResultComment,
  resultCommentText,
  type ParsedListReply,
} from '../../../../src/core/giveaway/protocol';
import { commitmentOf, drawWinners, listHashOf } from '../../../../src/core/giveaway/draw';
import { commitmentShownByPost } from '../../../../src/core/giveaway/timing';
import type { GiveawayTerms } from '../../../../src/core/giveaway/types';
import { randomIds, seededRandom, testSecret } from './helpers';

const HOSTILE = 'Приз ]|[id1|x] "кавычки" \'single\'\nGWR1.fake\r\n🎁\u202eRTL\u200f ‮ \\ end';

const terms: GiveawayTerms = {
  id: 'Wx3kP9_q-Z1a',
  groupId: 219000001,
  prize: HOSTILE,
  drawAt: 1_795_000_000,
  winners: 2,
  reserves: 1,
  conditions: { member: true, like: true, repost: false, minTags: 3, partners: [5, 6] },
};
const link = giveawayLink(51234567, 219000001, terms.id, '-219000001_42');

describe('giveawayLink', () => {
  it('links the app on the page, with the post when known', () => {
    expect(giveawayLink(1, 2, 'abcdefgh')).toBe('https://vk.com/app1_-2#/giveaway/abcdefgh');
    expect(giveawayLink(1, 2, 'abcdefgh', null)).toBe('https://vk.com/app1_-2#/giveaway/abcdefgh');
    expect(link).toBe('https://vk.com/app51234567_-219000001#/giveaway/Wx3kP9_q-Z1a/post/-219000001_42');
  });
});

describe('the commitment comment (GW1)', () => {
  const commitment = commitmentOf(testSecret('gw1'));

  it('round-trips hostile terms', () => {
    const text = commitmentCommentText(terms, commitment, link);
    expect(text.startsWith(`Код честности розыгрыша: ${commitment}\n`)).toBe(true);
    expect(parseCommitmentComment(text)).toEqual({ terms, commitment });
  });

  it('encodes the terms JSON with the interface key order', () => {
    const shuffled = {
      conditions: { partners: [], minTags: null, repost: true, like: false, member: true },
      reserves: 0,
      winners: 1,
      drawAt: 5,
      prize: 'p',
      groupId: 9,
      id: 'abcdefgh',
    };
    const line = commitmentCommentText(shuffled as unknown as GiveawayTerms, commitment, link).split(
      '\n',
    )[2]!;
    const json = Buffer.from(line.split('.')[1]!, 'base64url').toString('utf8');
    expect(json).toBe(
      '{"id":"abcdefgh","groupId":9,"prize":"p","drawAt":5,"winners":1,"reserves":0,"conditions":{"member":true,"like":false,"repost":true,"minTags":null,"partners":[]}}',
    );
  });

  it('rejects broken, foreign or forged lines', () => {
    const good = commitmentCommentText(terms, commitment, link);
    const line = good.split('\n')[2]!;
    expect(parseCommitmentComment('Просто комментарий')).toBeNull();
    expect(parseCommitmentComment(`${line}\nи ещё текст`)).toBeNull();
    expect(parseCommitmentComment(line.replace(/\.[0-9a-f]{64}$/, '.xyz'))).toBeNull();
    expect(
      parseCommitmentComment(`GW1.${Buffer.from('{not json').toString('base64url')}.${commitment}`),
    ).toBeNull();
    const badId = { ...terms, id: 'bad id!' };
    expect(parseCommitmentComment(commitmentCommentText(badId, commitment, link))).toBeNull();
    const noConditions = Buffer.from(JSON.stringify({ ...terms, conditions: undefined })).toString(
      'base64url',
    );
    expect(parseCommitmentComment(`GW1.${noConditions}.${commitment}`)).toBeNull();
    expect(
      parseCommitmentComment(`GW1.${Buffer.from([0xff, 0xfe]).toString('base64url')}.${commitment}`),
    ).toBeNull();
  });
});

describe('the result comment (GWR1)', () => {
  const secret = testSecret('gwr1');
  const participants = [15, 27, 101, 350, 4096];
  const drawn = drawWinners({ secret, postId: '-219000001_42', participants, winners: 2, reserves: 1 });
  const names = new Map<number, string>([
    [drawn.winners[0]!, 'Мария ]Иванова[ | \n"Злодейка" 🎉 \u202eRTL'],
    [drawn.winners[1]!, 'Очень длинное имя '.repeat(10)],
  ]);
  const input = {
    terms,
    secret,
    participantsCount: participants.length,
    listHash: listHashOf(participants),
    ...drawn,
    names,
    link,
    repliesTotal: 1,
  };

  it('round-trips, whatever the prize and the names contain', () => {
    const text = resultCommentText(input);
    expect(parseResultComment(text)).toEqual({
      id: terms.id,
      secret,
      participantsCount: 5,
      listHash: listHashOf(participants),
      winners: drawn.winners,
      reserves: drawn.reserves,
    });
    expect(text.split('\n')).toHaveLength(8);
    expect(text.split('\n')[0]).toBe(`Итоги розыгрыша «${HOSTILE.replace(/[\r\n]+/g, ' ')}»`);
  });

  it('keeps names inside their mention: no brackets, bars, line breaks or bidi controls; at most 60 characters', () => {
    const line = resultCommentText(input).split('\n')[4]!;
    const mentions = [...line.matchAll(/\[id(\d+)\|([^\]]*)\]/g)];
    expect(mentions.map((m) => Number(m[1]))).toEqual(drawn.winners);
    expect(mentions[0]![2]).toBe('Мария  Иванова     "Злодейка" 🎉  RTL');
    expect(Array.from(mentions[1]![2]!).length).toBeLessThanOrEqual(60);
    expect(line).not.toMatch(/[\u202e\n]/);
    // The reserve has no known name: the id stands in for it.
    expect(resultCommentText(input).split('\n')[5]).toBe(
      `Резерв: [id${drawn.reserves[0]}|id${drawn.reserves[0]}]`,
    );
  });

  it('writes empty lists as empty strings in the machine line', () => {
    const empty = resultCommentText({
      ...input,
      participantsCount: 0,
      listHash: listHashOf([]),
      winners: [],
      reserves: [],
    });
    expect(empty.split('\n')[4]).toBe('Победители: нет');
    expect(empty.endsWith(`.${listHashOf([])}..`)).toBe(true);
    expect(parseResultComment(empty)).toMatchObject({ participantsCount: 0, winners: [], reserves: [] });
  });

  it('rejects a result line that is not the last line or is malformed', () => {
    const text = resultCommentText(input);
    expect(parseResultComment(`${text}\nP.S.`)).toBeNull();
    expect(parseResultComment(text.replace(/\.(\d+)\.([0-9a-f]{64})\./, '.01.$2.'))).toBeNull();
    expect(parseResultComment(text.replaceAll(secret, secret.toUpperCase()))).toBeNull();
    expect(parseResultComment(`${text.slice(0, -1)},`)).toBeNull();
  });
});

describe('the participant list (GWL1)', () => {
  it('encodes ids as base36 first value then base36 differences', () => {
    expect(encodeCompactList([15, 27, 101])).toBe('f,c,22');
    expect(decodeCompactList('f,c,22')).toEqual([15, 27, 101]);
    expect(encodeCompactList([])).toBe('');
    expect(decodeCompactList('')).toEqual([]);
    expect(() => encodeCompactList([3, 1])).toThrow(TypeError);
  });

  it.each(['f,,c', 'f,0', 'F', 'f,-1', 'f c', '0', '00f', 'zzzzzzzzzzzz', ','])(
    'decode rejects %j',
    (payload) => {
      expect(() => decodeCompactList(payload)).toThrow(TypeError);
    },
  );

  it('splits 5,000 ids into replies of at most LIST_REPLY_MAX_CHARS that join back in any order', () => {
    const ids = randomIds(seededRandom(5), 5000, 900_000_000);
    const texts = listReplyTexts(terms.id, ids);
    expect(texts.length).toBeGreaterThan(1);
    for (const text of texts) expect(text.length).toBeLessThanOrEqual(LIST_REPLY_MAX_CHARS);
    const parts = texts.map((text) => parseListReply(text)!);
    parts.forEach((part, i) => {
      expect(part).toMatchObject({ id: terms.id, part: i + 1, total: texts.length });
      expect(texts[i]!.startsWith(`Участники розыгрыша, часть ${i + 1} из ${texts.length}:\n`)).toBe(true);
    });
    expect(parts.flatMap((part) => part.ids)).toEqual(ids);
    expect(joinListReplies(terms.id, [...parts].reverse())).toEqual({ ids });
  });

  it('keeps under the limit when the part count needs more digits (many tiny parts)', () => {
    // Large gaps make long tokens; 20,000 ids need well over 9 parts.
    const ids = Array.from({ length: 20_000 }, (_, i) => 1 + i * 1_000_003);
    const texts = listReplyTexts('abcdefghijklmnop', ids);
    expect(texts.length).toBeGreaterThan(9);
    for (const text of texts) expect(text.length).toBeLessThanOrEqual(LIST_REPLY_MAX_CHARS);
    expect(
      joinListReplies(
        'abcdefghijklmnop',
        texts.map((t) => parseListReply(t)!),
      ),
    ).toEqual({ ids });
  });

  it('gives the payloads the replies are built from, each decoding on its own', () => {
    const ids = randomIds(seededRandom(8), 3000, 900_000_000);
    const payloads = listReplyPayloads(terms.id, ids);
    expect(payloads.length).toBeGreaterThan(1);
    expect(payloads.map((p, i) => listReplyText(terms.id, i + 1, payloads.length, p))).toEqual(
      listReplyTexts(terms.id, ids),
    );
    expect(payloads.flatMap((p) => decodeCompactList(p))).toEqual(ids);
    expect(listReplyPayloads(terms.id, [])).toEqual(['']);
    expect(() => listReplyPayloads(terms.id, [3, 2])).toThrow(TypeError);
  });

  it('publishes an empty list as one reply with an empty payload', () => {
    const texts = listReplyTexts(terms.id, []);
    expect(texts).toEqual([`Участники розыгрыша, часть 1 из 1:\nGWL1.${terms.id}.1.1.`]);
    expect(joinListReplies(terms.id, [parseListReply(texts[0]!)!])).toEqual({ ids: [] });
  });

  it('names what is wrong with a broken set of replies', () => {
    const ids = Array.from({ length: 3000 }, (_, i) => 10 + i * 997);
    const parts = listReplyTexts(terms.id, ids).map((t) => parseListReply(t)!);
    expect(parts.length).toBeGreaterThanOrEqual(3);
    const problem = (replies: ParsedListReply[]) => {
      const joined = joinListReplies(terms.id, replies);
      return 'problem' in joined ? joined.problem : null;
    };
    expect(problem([])).toBe('Список участников не опубликован');
    expect(problem(parts.filter((p) => p.part !== 2))).toBe(`Не хватает части 2 из ${parts.length}`);
    expect(problem([...parts, { ...parts[0]!, total: parts.length + 1 }])).toBe(
      'Ответы со списком указывают разное число частей',
    );
    expect(problem([...parts, { ...parts[1]!, ids: [1, 2, 3] }])).toBe(
      'Часть 2 опубликована дважды с разным содержимым',
    );
    expect(problem([...parts, parts[1]!])).toBeNull();
    const swapped = parts.map((p) =>
      p.part === 1 ? { ...p, ids: parts[1]!.ids } : p.part === 2 ? { ...p, ids: parts[0]!.ids } : p,
    );
    expect(problem(swapped)).toBe('Список не по возрастанию: часть 2');
    // Replies of another giveaway are ignored.
    expect(joinListReplies(terms.id, [...parts, { ...parts[0]!, id: 'otherGiveaway' }])).toEqual({ ids });
  });

  it('ignores replies whose last line is not a valid list line', () => {
    expect(parseListReply('Участники розыгрыша')).toBeNull();
    expect(parseListReply(`GWL1.${terms.id}.3.2.f`)).toBeNull();
    expect(parseListReply(`GWL1.${terms.id}.0.2.f`)).toBeNull();
    expect(parseListReply(`GWL1.${terms.id}.1.1.f,,`)).toBeNull();
    expect(parseListReply(`GWL1.${terms.id}.1.1.f\nспасибо`)).toBeNull();
  });
});

describe('announcement', () => {
  it('lists the rules in Russian', () => {
    expect(conditionsText(terms.conditions)).toEqual([
      'Подпишитесь на сообщество',
      'Поставьте лайк этой записи',
      'Отметьте в комментарии 3 друзей',
      'Подпишитесь на: vk.com/club5, vk.com/club6',
    ]);
    expect(conditionsText({ member: false, like: false, repost: true, minTags: 0, partners: [] })).toEqual([
      'Сделайте репост этой записи',
      'Оставьте комментарий под этой записью',
    ]);
    expect(conditionsText({ member: false, like: false, repost: false, minTags: 1, partners: [] })).toEqual([
      'Отметьте в комментарии 1 друга',
    ]);
  });

  it('shows the prize, the rules, the counts, the draw time in the page’s zone and the link', () => {
    const commitment = commitmentOf(testSecret('announce'));
    const text = announcementText({
      terms: { ...terms, prize: 'Кружка\nс гербом' },
      commitment,
      link,
      pageName: 'Администрация',
      timeZone: 'Asia/Yekaterinburg',
    });
    const lines = text.split('\n');
    expect(lines[0]).toBe('🎁 Розыгрыш: Кружка с гербом');
    expect(lines).toContain('1. Подпишитесь на сообщество «Администрация»');
    expect(lines).toContain('3. Отметьте в комментарии 3 друзей');
    expect(lines).toContain('Победителей: 2.');
    // 1_795_000_000 = 2026-11-18 11:06:40 UTC = 16:06 in Yekaterinburg (UTC+5).
    expect(text).toContain('Итоги — 18 ноября 2026 в 16:06 (время МСК+2).');
    expect(lines[lines.length - 1]).toBe(
      `Итоги подведём автоматически и честно: проверить можно в приложении ${link}`,
    );
    // The code itself is in the post: published as written, it proves the secret predates the entries.
    expect(lines[lines.length - 2]).toBe(
      `Код честности: ${commitment} — по нему после итогов любой проверит, что победителей не подобрали заранее.`,
    );
    expect(commitmentShownByPost({ text, date: 1, edited: null }, commitment)).toBe(true);
  });
});
