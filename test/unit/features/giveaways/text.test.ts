import { describe, expect, it } from 'vitest';
import {
  CHECK_EXPLAINED,
  CHECK_FAILED,
  CHECK_NAMES,
  checkExplanation,
  checkKey,
  checkLabel,
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
    expect(keys).toHaveLength(5);
    for (const key of keys) {
      expect(checkExplanation({ key, ok: true })).toBe(CHECK_EXPLAINED[key]);
      expect(checkExplanation({ key, ok: false })).toBe(CHECK_FAILED[key]);
      expect(checkExplanation({ key, ok: null })).toMatch(/^Не хватило опубликованных данных/);
      // No hash-function names or English on the fairness page itself.
      for (const text of [CHECK_NAMES[key], CHECK_EXPLAINED[key], CHECK_FAILED[key]])
        expect(text).not.toMatch(/SHA|хеш|[A-Za-z]/);
    }
  });
});
