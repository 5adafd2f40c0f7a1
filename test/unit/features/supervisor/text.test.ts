import { describe, expect, it } from 'vitest';
import {
  clockTime,
  readMoreText,
  remainingText,
  repliesCostText,
  repliesFailedText,
  repliesProgressText,
  rowRepliesParts,
} from '../../../../src/features/supervisor/text';

describe('remainingText', () => {
  it.each([
    [1, 'Ещё 1 страница загружается…'],
    [2, 'Ещё 2 страницы загружаются…'],
    [5, 'Ещё 5 страниц загружаются…'],
    [11, 'Ещё 11 страниц загружаются…'],
    // Russian agrees the verb with the last digit: «21 страница загружается».
    [21, 'Ещё 21 страница загружается…'],
    [1700, 'Ещё 1 700 страниц загружаются…'],
  ])('%i → %s', (n, text) => {
    // Intl writes a narrow no-break space between thousands.
    expect(remainingText(n).replace(/\s/g, ' ')).toBe(text);
  });
});

describe('clockTime', () => {
  const now = Date.parse('2026-11-18T15:00:00+03:00') / 1000;
  const at = (iso: string) => Date.parse(iso) / 1000;

  it('says the time alone for today, with the day otherwise', () => {
    expect(clockTime(at('2026-11-18T14:05:00+03:00'), now, 'в', 'Europe/Moscow')).toBe('в 14:05');
    expect(clockTime(at('2026-11-18T14:05:00+03:00'), now, 'на', 'Europe/Moscow')).toBe('на 14:05');
    expect(clockTime(at('2026-11-17T09:30:00+03:00'), now, 'в', 'Europe/Moscow')).toBe('17 ноября в 09:30');
    expect(clockTime(at('2026-11-17T09:30:00+03:00'), now, 'на', 'Europe/Moscow')).toBe(
      'на 17 ноября, 09:30',
    );
  });

  it("reads the day in the viewer's zone", () => {
    // 23:30 in Moscow on the 17th is already the 18th in Omsk.
    expect(clockTime(at('2026-11-17T23:30:00+03:00'), now, 'в', 'Asia/Omsk')).toBe('в 02:30');
  });
});

/** Intl and formatWait write no-break spaces: compared as plain ones. */
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('the replies texts', () => {
  it('counts pages read while running, when stopped and when done', () => {
    expect(repliesProgressText({ running: true, stopped: false, done: 40, total: 250 })).toBe(
      'Считаем ответы подписчикам: прочитано 40 из 250 страниц',
    );
    expect(repliesProgressText({ running: true, stopped: false, done: 0, total: 21 })).toBe(
      'Считаем ответы подписчикам: прочитано 0 из 21 страницы',
    );
    expect(repliesProgressText({ running: false, stopped: true, done: 3, total: 5 })).toBe(
      'Остановлено: прочитано 3 из 5 страниц',
    );
    expect(repliesProgressText({ running: false, stopped: false, done: 1, total: 1 })).toBe(
      'Ответы подписчикам посчитаны для 1 страницы',
    );
  });

  it('says what a read will cost', () => {
    expect(repliesCostText({ posts: 21, seconds: 0.34 })).toBe(
      'Прочитаем комментарии под 21 постом, это меньше минуты.',
    );
    // 1,860 posts: 75 requests at 3 a second, 25 s.
    expect(plain(repliesCostText({ posts: 1860, seconds: 25 }))).toBe(
      'Прочитаем комментарии под 1 860 постами, это меньше минуты.',
    );
    expect(repliesCostText({ posts: 12_000, seconds: 160 })).toMatch(/это около 3 минут\.$/);
    expect(repliesCostText({ posts: 5000, seconds: 61 })).toMatch(/это около 2 минут\.$/);
    expect(repliesCostText({ posts: 0, seconds: 0 })).toBe(
      'Под постами этого месяца комментариев нет: читать почти нечего.',
    );
  });

  it('names what is left and what failed', () => {
    expect(readMoreText(1)).toBe('Дочитать ответы: ещё 1 страница');
    expect(readMoreText(5)).toBe('Дочитать ответы: ещё 5 страниц');
    expect(repliesFailedText(1)).toBe('Не удалось прочитать 1 страницу: попробуйте снова в её строке.');
    expect(repliesFailedText(3)).toBe('Не удалось прочитать 3 страницы: попробуйте снова в их строках.');
  });

  it('puts a row’s figures in words, the status first', () => {
    const figures = {
      comments: 9,
      unanswered: 2,
      medianReplyMinutes: null,
      oldestWaitingMinutes: 30,
      managersKnown: false,
      complete: true,
    };
    expect(rowRepliesParts(figures).map(plain)).toEqual([
      'Ждут ответа: 2, дольше всех 30 мин',
      'ответов не было',
    ]);
    expect(rowRepliesParts({ ...figures, medianReplyMinutes: 60 * 24 + 60 }).map(plain)).toEqual([
      'Ждут ответа: 2, дольше всех 30 мин',
      'медиана ответа 1 день 1 ч',
    ]);
  });
});
