import { describe, expect, it } from 'vitest';
import { parseBlacklist, parseUserRef } from '../../../../src/features/giveaways/blacklist';

describe('parseUserRef', () => {
  it('takes ids and profile links in the forms people paste', () => {
    expect(parseUserRef('123')).toBe(123);
    expect(parseUserRef('id123')).toBe(123);
    expect(parseUserRef('@id123')).toBe(123);
    expect(parseUserRef('vk.com/id123')).toBe(123);
    expect(parseUserRef('https://vk.com/id123')).toBe(123);
    expect(parseUserRef('https://m.vk.com/id123?from=search')).toBe(123);
    expect(parseUserRef('https://vk.ru/id123/')).toBe(123);
  });

  it('refuses what does not name a person by id', () => {
    expect(parseUserRef('vk.com/durov')).toBeNull();
    expect(parseUserRef('vk.com/club123')).toBeNull();
    expect(parseUserRef('-123')).toBeNull();
    expect(parseUserRef('0')).toBeNull();
    expect(parseUserRef('https://example.com/id123')).toBeNull();
  });
});

describe('parseBlacklist', () => {
  it('reads one per line (commas too), dedupes and keeps the order', () => {
    const parsed = parseBlacklist('https://vk.com/id5\n7, id5\n\n  vk.com/id9  ');
    expect(parsed).toEqual({ ids: [5, 7, 9], invalid: [] });
  });

  it('reports the pieces it cannot read instead of dropping them', () => {
    const parsed = parseBlacklist('id5\nvk.com/durov\nпетров');
    expect(parsed.ids).toEqual([5]);
    expect(parsed.invalid).toEqual(['vk.com/durov', 'петров']);
  });

  it('reads an empty field as no exclusions', () => {
    expect(parseBlacklist('  \n ')).toEqual({ ids: [], invalid: [] });
  });
});
