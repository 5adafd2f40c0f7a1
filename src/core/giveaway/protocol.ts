// The published texts (docs/giveaway.md, "Published comments"): the commitment comment, the result
// comment and the participant-list replies, each a human text with one machine line at the end
// (GW1 / GWR1 / GWL1), plus the announcement post. Parsers read only the last non-empty line, so
// nothing in the human part (prize, names) can forge or break a machine line.

import { z } from 'zod/mini';
import { plural } from '../plural';
import { toBase64Url } from '../text/base64url';
import { parsePayload } from '../text/payload';
import { dateParts, lastLine, mentionOf, oneLine as plainLine } from '../text/published-text';
import { isGiveawayId } from './id';
import type { GiveawayConditions, GiveawayTerms, PostRef } from './types';

/** Upper bound for one list reply's text (VK's exact comment limit is unverified; 4096 is likely). */
export const LIST_REPLY_MAX_CHARS = 3500;

export interface ParsedCommitment {
  terms: GiveawayTerms;
  commitment: string;
}

export interface ResultCommentInput {
  terms: GiveawayTerms;
  secret: string;
  participantsCount: number;
  listHash: string;
  winners: readonly number[];
  reserves: readonly number[];
  /** User id → display name; a missing name shows as "id<n>". */
  names: ReadonlyMap<number, string>;
  link: string;
  repliesTotal: number;
}

export interface ParsedResult {
  id: string;
  secret: string;
  participantsCount: number;
  listHash: string;
  winners: number[];
  reserves: number[];
}

export interface ParsedListReply {
  id: string;
  /** 1-based. */
  part: number;
  total: number;
  ids: number[];
}

export interface AnnouncementInput {
  terms: GiveawayTerms;
  /**
   * The commitment, shown in the post itself: a post that carries it from its first version proves
   * the code was public from the start, whenever the commitment comment follows (docs/giveaway.md).
   */
  commitment: string;
  link: string;
  pageName: string;
  /** IANA zone the draw time is shown in. */
  timeZone: string;
}

export function giveawayLink(appId: number, groupId: number, id: string, postRef?: PostRef | null): string {
  const base = `https://vk.com/app${appId}_-${groupId}#/giveaway/${id}`;
  return postRef ? `${base}/post/${postRef}` : base;
}

const GIVEAWAY_WORDS = /розыгрыш|разыгрыва/i;

/** A post that likely announces a giveaway: the app's giveaway link or the word. */
export function looksLikeGiveawayPost(text: string): boolean {
  return text.includes('#/giveaway/') || GIVEAWAY_WORDS.test(text);
}

// The human part keeps the prize as typed (line breaks aside): unlike the quiz's oneLine, bidi
// controls stay (the published result line is pinned by test/unit/core/giveaway/protocol.test.ts).
const LINE_BREAKS = /[\r\n\u2028\u2029]+/g;
const encoder = new TextEncoder();

function oneLine(text: string): string {
  return text.replace(LINE_BREAKS, ' ').trim();
}

// ---- the commitment comment (GW1) ----

const termsSchema = z.object({
  id: z.string().check(z.refine(isGiveawayId, 'not a giveaway id')),
  groupId: z.int().check(z.positive()),
  prize: z.string(),
  drawAt: z.int(),
  winners: z.int().check(z.nonnegative()),
  reserves: z.int().check(z.nonnegative()),
  conditions: z.object({
    member: z.boolean(),
    like: z.boolean(),
    repost: z.boolean(),
    minTags: z.nullable(z.int().check(z.nonnegative())),
    partners: z.array(z.int().check(z.positive())),
  }),
});

/** The terms as JSON with the key order of the GiveawayTerms interface (the published bytes). */
function termsJson(terms: GiveawayTerms): string {
  const { conditions: c } = terms;
  return JSON.stringify({
    id: terms.id,
    groupId: terms.groupId,
    prize: terms.prize,
    drawAt: terms.drawAt,
    winners: terms.winners,
    reserves: terms.reserves,
    conditions: {
      member: c.member,
      like: c.like,
      repost: c.repost,
      minTags: c.minTags,
      partners: c.partners,
    },
  });
}

export function commitmentCommentText(terms: GiveawayTerms, commitment: string, link: string): string {
  return [
    `Код честности розыгрыша: ${commitment}`,
    `Это SHA-256 секретного числа. После розыгрыша мы опубликуем само число, список участников и победителей — любой сможет проверить итоги: ${link}`,
    `GW1.${toBase64Url(encoder.encode(termsJson(terms)))}.${commitment}`,
  ].join('\n');
}

const GW1 = /^GW1\.([A-Za-z0-9_-]+)\.([0-9a-f]{64})$/;

export function parseCommitmentComment(text: string): ParsedCommitment | null {
  const match = GW1.exec(lastLine(text));
  if (!match) return null;
  const parsed = termsSchema.safeParse(parsePayload(match[1]!));
  return parsed.success ? { terms: parsed.data, commitment: match[2]! } : null;
}

// ---- the result comment (GWR1) ----

export function resultCommentText(input: ResultCommentInput): string {
  const { terms, names } = input;
  const list = (ids: readonly number[]) =>
    ids.length === 0 ? 'нет' : ids.map((id) => mentionOf(id, names)).join(', ');
  return [
    `Итоги розыгрыша «${oneLine(terms.prize)}»`,
    `Секрет: ${input.secret}`,
    `Участников: ${input.participantsCount}`,
    `SHA-256 списка участников: ${input.listHash}`,
    `Победители: ${list(input.winners)}`,
    `Резерв: ${list(input.reserves)}`,
    `Список участников — в ответах к этому комментарию (${input.repliesTotal} шт.). Проверить честность: ${input.link}`,
    `GWR1.${terms.id}.${input.secret}.${input.participantsCount}.${input.listHash}.${input.winners.join(',')}.${input.reserves.join(',')}`,
  ].join('\n');
}

const GWR1 =
  /^GWR1\.([A-Za-z0-9_-]{8,16})\.([0-9a-f]{64})\.(0|[1-9]\d{0,15})\.([0-9a-f]{64})\.([\d,]*)\.([\d,]*)$/;

function decimalIds(text: string): number[] | null {
  if (text === '') return [];
  const ids: number[] = [];
  for (const token of text.split(',')) {
    if (!/^[1-9]\d{0,15}$/.test(token)) return null;
    const id = Number(token);
    if (!Number.isSafeInteger(id)) return null;
    ids.push(id);
  }
  return ids;
}

export function parseResultComment(text: string): ParsedResult | null {
  const match = GWR1.exec(lastLine(text));
  if (!match) return null;
  const participantsCount = Number(match[3]);
  const winners = decimalIds(match[5]!);
  const reserves = decimalIds(match[6]!);
  if (!winners || !reserves || !Number.isSafeInteger(participantsCount)) return null;
  return { id: match[1]!, secret: match[2]!, participantsCount, listHash: match[4]!, winners, reserves };
}

// ---- the participant list (GWL1) ----

function assertAscending(ids: readonly number[]): void {
  ids.forEach((id, i) => {
    if (!Number.isSafeInteger(id) || id <= 0 || (i > 0 && id <= ids[i - 1]!))
      throw new TypeError('the list must be ascending distinct positive integers');
  });
}

function compactTokens(ids: readonly number[]): string[] {
  assertAscending(ids);
  return ids.map((id, i) => (i === 0 ? id : id - ids[i - 1]!).toString(36));
}

/** The first id in base36, then each difference from the previous in base36, joined by ",". */
export function encodeCompactList(ids: readonly number[]): string {
  return compactTokens(ids).join(',');
}

/** The inverse of encodeCompactList; throws on anything it could not have produced. */
export function decodeCompactList(payload: string): number[] {
  if (payload === '') return [];
  const ids: number[] = [];
  let previous = 0;
  for (const token of payload.split(',')) {
    // 11 base36 digits exceed 2^53: longer tokens cannot be exact.
    if (!/^[0-9a-z]{1,11}$/.test(token) || (token.length > 1 && token.startsWith('0')))
      throw new TypeError(`bad compact list token ${JSON.stringify(token.slice(0, 20))}`);
    const value = parseInt(token, 36);
    const id = previous + value;
    if (value <= 0 || !Number.isSafeInteger(id))
      throw new TypeError(`bad compact list token ${JSON.stringify(token)}`);
    ids.push(id);
    previous = id;
  }
  return ids;
}

/** One list reply's text: part `part` of `total`, with its compact payload. */
export function listReplyText(id: string, part: number, total: number, payload: string): string {
  return `Участники розыгрыша, часть ${part} из ${total}:\nGWL1.${id}.${part}.${total}.${payload}`;
}

/**
 * The list replies' payloads: ids ascending, split so that each reply's text (listReplyText) is at
 * most LIST_REPLY_MAX_CHARS characters; each payload starts again from an absolute id, so it
 * decodes on its own. The empty list is one empty payload.
 */
export function listReplyPayloads(id: string, ids: readonly number[]): string[] {
  assertAscending(ids);
  if (ids.length === 0) return [''];
  // The header's length depends on the digits of the part count: assume d digits, retry if wrong.
  for (let digits = 1; ; digits++) {
    const widest = 10 ** digits - 1;
    const budget = LIST_REPLY_MAX_CHARS - listReplyText(id, widest, widest, '').length;
    const parts: string[][] = [];
    let current: string[] = [];
    let length = 0;
    ids.forEach((value, i) => {
      const first = current.length === 0;
      const token = (first ? value : value - ids[i - 1]!).toString(36);
      if (!first && length + 1 + token.length > budget) {
        parts.push(current);
        current = [value.toString(36)];
        length = current[0]!.length;
      } else {
        current.push(token);
        length += (first ? 0 : 1) + token.length;
      }
    });
    parts.push(current);
    if (parts.length <= widest) return parts.map((tokens) => tokens.join(','));
  }
}

/** The list replies' texts (see listReplyPayloads). */
export function listReplyTexts(id: string, ids: readonly number[]): string[] {
  const payloads = listReplyPayloads(id, ids);
  return payloads.map((payload, i) => listReplyText(id, i + 1, payloads.length, payload));
}

const GWL1 = /^GWL1\.([A-Za-z0-9_-]{8,16})\.([1-9]\d{0,5})\.([1-9]\d{0,5})\.([0-9a-z,]*)$/;

export function parseListReply(text: string): ParsedListReply | null {
  const match = GWL1.exec(lastLine(text));
  if (!match) return null;
  const part = Number(match[2]);
  const total = Number(match[3]);
  if (part > total) return null;
  try {
    return { id: match[1]!, part, total, ids: decodeCompactList(match[4]!) };
  } catch {
    return null;
  }
}

/**
 * The full list from its parts (any order; parts of other giveaways are skipped). An identical
 * part published twice (a retried request) is harmless; a conflicting one is a problem.
 */
export function joinListReplies(
  id: string,
  replies: readonly ParsedListReply[],
): { ids: number[] } | { problem: string } {
  const own = replies.filter((reply) => reply.id === id);
  if (own.length === 0) return { problem: 'Список участников не опубликован' };
  const total = own[0]!.total;
  if (own.some((reply) => reply.total !== total))
    return { problem: 'Ответы со списком указывают разное число частей' };
  const byPart = new Map<number, number[]>();
  for (const reply of own) {
    const known = byPart.get(reply.part);
    if (known && encodeCompactList(known) !== encodeCompactList(reply.ids))
      return { problem: `Часть ${reply.part} опубликована дважды с разным содержимым` };
    byPart.set(reply.part, reply.ids);
  }
  const ids: number[] = [];
  for (let part = 1; part <= total; part++) {
    const partIds = byPart.get(part);
    if (!partIds) return { problem: `Не хватает части ${part} из ${total}` };
    if (ids.length > 0 && partIds.length > 0 && partIds[0]! <= ids[ids.length - 1]!)
      return { problem: `Список не по возрастанию: часть ${part}` };
    ids.push(...partIds);
  }
  return { ids };
}

// ---- passing a prize to a reserve (GWP1, a reply to the result comment) ----

export interface HandoverCommentInput {
  terms: GiveawayTerms;
  from: number;
  to: number;
  /** 1-based: the receiver's place in the published reserve list. */
  reserveNumber: number;
  reason: string;
  /** User id → display name; a missing name shows as "id<n>". */
  names: ReadonlyMap<number, string>;
}

export interface ParsedHandover {
  id: string;
  from: number;
  to: number;
}

export function handoverCommentText(input: HandoverCommentInput): string {
  const { terms, from, to, names } = input;
  return [
    `Замена победителя розыгрыша «${oneLine(terms.prize)}»`,
    `Приз получает резерв №${input.reserveNumber} по опубликованным итогам — ${mentionOf(to, names)}.`,
    `Прежний победитель — ${mentionOf(from, names)}.`,
    `Причина: ${plainLine(input.reason)}`,
    `GWP1.${terms.id}.${from}.${to}`,
  ].join('\n');
}

const GWP1 = /^GWP1\.([A-Za-z0-9_-]{8,16})\.([1-9]\d{0,15})\.([1-9]\d{0,15})$/;

export function parseHandoverComment(text: string): ParsedHandover | null {
  const match = GWP1.exec(lastLine(text));
  if (!match) return null;
  const from = Number(match[2]);
  const to = Number(match[3]);
  if (!Number.isSafeInteger(from) || !Number.isSafeInteger(to)) return null;
  return { id: match[1]!, from, to };
}

// ---- the announcement post ----

function friends(n: number): string {
  return plural(n, ['друга', 'друзей', 'друзей']);
}

/** The rule lines in Russian, in the order the conditions are listed. */
export function conditionsText(conditions: GiveawayConditions): string[] {
  const lines: string[] = [];
  if (conditions.member) lines.push('Подпишитесь на сообщество');
  if (conditions.like) lines.push('Поставьте лайк этой записи');
  if (conditions.repost) lines.push('Сделайте репост этой записи');
  if (conditions.minTags === 0) lines.push('Оставьте комментарий под этой записью');
  else if (conditions.minTags !== null)
    lines.push(`Отметьте в комментарии ${conditions.minTags} ${friends(conditions.minTags)}`);
  if (conditions.partners.length > 0)
    lines.push(`Подпишитесь на: ${conditions.partners.map((id) => `vk.com/club${id}`).join(', ')}`);
  return lines;
}

function drawTimeText(drawAt: number, timeZone: string): string {
  const { when, zone } = dateParts(drawAt, timeZone);
  return `${when} (${zone})`;
}

/** The post the admin publishes to announce the giveaway. */
export function announcementText(input: AnnouncementInput): string {
  const { terms } = input;
  const rules = conditionsText(terms.conditions).map((line, i) =>
    i === 0 && terms.conditions.member
      ? `${i + 1}. ${line} «${oneLine(input.pageName)}»`
      : `${i + 1}. ${line}`,
  );
  const lines = [`🎁 Розыгрыш: ${oneLine(terms.prize)}`, ''];
  if (rules.length > 0) lines.push('Условия:', ...rules, '');
  lines.push(`Победителей: ${terms.winners}.`);
  if (terms.reserves > 0)
    lines.push(`Ещё ${terms.reserves} в резерве — на случай, если победитель не выйдет на связь.`);
  lines.push(
    `Итоги — ${drawTimeText(terms.drawAt, input.timeZone)}.`,
    '',
    `Код честности: ${input.commitment} — по нему после итогов любой проверит, что победителей не подобрали заранее.`,
    `Итоги подведём автоматически и честно: проверить можно в приложении ${input.link}`,
  );
  return lines.join('\n');
}
