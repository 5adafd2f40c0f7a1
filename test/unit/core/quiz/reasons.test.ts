// The scorer's reasons in Russian: every machine reason has its own words, the ones that name a quiz
// or a user keep the name, and a reason the screen does not know is shown as it is.

import { describe, expect, it } from 'vitest';
import { rejectionText } from '../../../../src/core/quiz/reasons';
import { REASON } from '../../../../src/core/quiz/seal';

describe('rejectionText', () => {
  it.each([
    [REASON.malformedLine, 'строка ответа повреждена'],
    [REASON.cannotDecrypt, /^ответ не расшифровывается: .*не для автора комментария$/],
    [REASON.malformedAnswers, 'ответы внутри строки повреждены'],
    [REASON.outsideWindow, 'комментарий отправлен вне времени викторины'],
    [REASON.secondEntry, 'повторный ответ: засчитывается только первый'],
    [REASON.unboundLine, /^ответ в старом формате QZ1 не привязан к автору/],
    [REASON.anotherQuiz('Other_Quiz-9'), 'ответ на другую викторину (Other_Quiz-9)'],
    [
      REASON.anotherUsersEntry(123456789),
      'строка скопирована из ответа другого участника (id123456789): засчитывается только у автора',
    ],
  ])('says %s in Russian', (reason, words) => {
    const text = rejectionText(reason);
    if (typeof words === 'string') expect(text).toBe(words);
    else expect(text).toMatch(words);
    expect(text).toMatch(/[а-яё]/);
    expect(text).not.toContain(reason);
  });

  it('gives every fixed reason its own words', () => {
    const fixed = Object.values(REASON).flatMap((r) => (typeof r === 'string' ? [r] : []));
    expect(fixed).toHaveLength(6);
    expect(new Set(fixed.map((r) => rejectionText(r))).size).toBe(fixed.length);
  });

  it('shows an unknown reason as it is', () => {
    expect(rejectionText('something new')).toBe('something new');
    expect(rejectionText("another user's entry (id x)")).toBe("another user's entry (id x)");
  });
});
