import { describe, expect, it } from 'vitest';
import {
  CHECK_EXPLAINED,
  CHECK_FAILED,
  CHECK_NAMES,
  checkExplanation,
  checkKey,
  checkLabel,
  dateWords,
  durationText,
  progressText,
  rebuildSummary,
  shortHash,
} from '../../../../src/features/giveaways/text';

describe('giveaway texts', () => {
  it('says how many friends are tagged out of how many', () => {
    expect(checkLabel({ key: 'tags', met: false, have: 2, need: 3 }, new Map())).toBe(
      'Отмечено 2 из 3 друзей в комментариях',
    );
    expect(checkLabel({ key: 'tags', met: true, have: 1, need: 1 }, new Map())).toBe(
      'Отмечено 1 из 1 друга в комментариях',
    );
    expect(checkLabel({ key: 'tags', met: false, have: 0, need: 0 }, new Map())).toBe('Комментарий к записи');
  });

  it('names partners when known, by link otherwise, and keys them apart', () => {
    const partner = { key: 'partner' as const, met: false, partnerId: 7 };
    expect(checkLabel(partner, new Map([[7, 'Музей']]))).toBe('Подписка на «Музей»');
    expect(checkLabel(partner, new Map())).toBe('Подписка на «vk.com/club7»');
    expect(checkKey(partner)).toBe('partner-7');
    expect(checkKey({ key: 'like', met: true })).toBe('like');
  });

  it('shows the time left in its two largest units', () => {
    expect(durationText(30)).toBe('меньше минуты');
    expect(durationText(5 * 60)).toBe('5 минут');
    expect(durationText(3 * 3600 + 10 * 60)).toBe('3 часа 10 минут');
    expect(durationText(2 * 86_400 + 5 * 3600 + 59)).toBe('2 дня 5 часов');
    expect(durationText(21 * 86_400)).toBe('21 день');
  });

  it('describes draw progress with Russian stage names', () => {
    expect(progressText({ stage: 'likes', done: 1200, total: 3400 })).toBe(
      'Читаем лайки: 1\u00a0200 из 3\u00a0400',
    );
    expect(progressText({ stage: 'comments', done: 50, total: null })).toBe('Читаем комментарии: 50');
    expect(progressText({ stage: 'saving', done: 2, total: 5 })).toBe('Сохраняем список участников: 2 из 5');
  });

  it('sums up the rebuilt list against the published one', () => {
    expect(rebuildSummary(120, { todayCount: 117, left: [1, 2, 3, 4, 5], joined: [6, 7] })).toBe(
      'В опубликованном списке 120, сегодня условиям отвечают 117: выбыли 5, добавились 2.',
    );
  });

  it('shortens a hash to its ends', () => {
    expect(shortHash('0123456789abcdef'.repeat(4))).toBe('01234567…89abcdef');
  });

  it('explains each fairness check in plain words, for a subscriber', () => {
    const keys = Object.keys(CHECK_NAMES) as (keyof typeof CHECK_NAMES)[];
    expect(keys).toEqual(['commitment', 'timing', 'result-timing', 'list-hash', 'count', 'winners']);
    for (const key of keys) {
      expect(checkExplanation({ key, ok: true })).toBe(CHECK_EXPLAINED[key]);
      expect(checkExplanation({ key, ok: false })).toBe(CHECK_FAILED[key]);
      expect(checkExplanation({ key, ok: null })).toMatch(/^Не хватило опубликованных данных/);
      // No hash-function names or English on the fairness page itself.
      for (const text of [CHECK_NAMES[key], CHECK_EXPLAINED[key], CHECK_FAILED[key]])
        expect(text).not.toMatch(/SHA|хеш|[A-Za-z]/);
    }
  });

  describe('the dates «Проверить честность» compares, in words', () => {
    // 2026-11-18 10:21 Moscow; the code 4 minutes later; the draw and the result a week on.
    const POST = Date.parse('2026-11-18T10:21:25+03:00') / 1000;
    const DRAW = Date.parse('2026-11-25T12:00:00+03:00') / 1000;
    const base = {
      announcedAt: POST,
      committedAt: POST + 4 * 60 + 10,
      shownByPost: false,
      drawAt: DRAW,
      publishedAt: DRAW + 125,
    };

    it('says when the post and the code appeared, and the draw time against the result, Moscow time', () => {
      expect(dateWords(base, 'Europe/Moscow')).toEqual({
        commitment:
          'По московскому времени: запись с розыгрышем опубликована 18 ноября 2026 в 10:21, ' +
          'код честности — 18 ноября 2026 в 10:25, через 4 минуты после записи.',
        result:
          'По московскому времени: время розыгрыша — 25 ноября 2026 в 12:00, итоги опубликованы 25 ноября 2026 в 12:02.',
      });
    });

    it('says how late a late code is, and how early an early result is', () => {
      const late = dateWords(
        { ...base, committedAt: POST + 11 * 86_400, publishedAt: DRAW - 3 * 3600 - 60 },
        'Europe/Moscow',
      );
      expect(late.commitment).toContain(
        'код честности — 29 ноября 2026 в 10:21, через 11 дней после записи.',
      );
      expect(late.result).toBe(
        'По московскому времени: время розыгрыша — 25 ноября 2026 в 12:00, итоги опубликованы ' +
          '25 ноября 2026 в 08:59, на 3 часа 1 минуту раньше срока.',
      );
      expect(dateWords({ ...base, committedAt: POST + 20 }, 'Europe/Moscow').commitment).toContain(
        'меньше чем через минуту после записи.',
      );
      expect(dateWords({ ...base, committedAt: POST + 61 }, 'Europe/Moscow').commitment).toContain(
        'через 1 минуту после записи.',
      );
    });

    it('says when the post itself shows the code, and nothing about a result not yet published', () => {
      expect(dateWords({ ...base, shownByPost: true, publishedAt: null }, 'Europe/Moscow')).toEqual({
        commitment:
          'По московскому времени: запись с розыгрышем опубликована 18 ноября 2026 в 10:21, код честности — в её тексте с самого начала.',
        result: null,
      });
    });

    it('names another zone from Moscow, never as UTC', () => {
      const words = dateWords(base, 'Asia/Yekaterinburg');
      expect(words.commitment).toMatch(
        /^По времени МСК\+2: запись с розыгрышем опубликована 18 ноября 2026 в 12:21/,
      );
      expect(`${words.commitment} ${words.result}`).not.toMatch(/UTC|GMT|[A-Za-z]{3}/);
    });
  });
});
