import { describe, expect, it } from 'vitest';
import { buildPosterSvg, CALL_TO_ACTION_MAX, fitCallToAction } from '../../../../src/core/posters';
import { ctaFit } from '../../../../src/features/posters/cta-fit';
import { ctaFitText, institutionLabelParts } from '../../../../src/features/posters/text';

const QR = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>';

/** The poster the core draws for the text. */
function poster(callToAction: string): string {
  return buildPosterSvg({ qrSvg: QR, name: 'МБОУ «СОШ № 1»', callToAction, linkText: 'vk.com/school1' });
}

/** The call to action's lines as the poster SVG has them (`<text id="poster-cta">`), unescaped. */
function printedCtaLines(svg: string): string[] {
  const block = /<text id="poster-cta"[^>]*>([\s\S]*?)<\/text>/.exec(svg)?.[1] ?? '';
  return [...block.matchAll(/<tspan[^>]*>([\s\S]*?)<\/tspan>/g)].map((match) =>
    (match[1] ?? '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'),
  );
}

describe('ctaFit', () => {
  it('judges the lines the poster prints', () => {
    for (const text of ['Новости <рядом> & с вами', 'Подписывайтесь '.repeat(5), ''])
      expect(printedCtaLines(poster(text))).toEqual(fitCallToAction(text).lines);
  });

  it('counts what is left to type when the text fits', () => {
    const text = 'Мы в ВКонтакте';
    expect(ctaFit(text)).toEqual({
      left: CALL_TO_ACTION_MAX - text.length,
      brokenWords: [],
      cut: false,
    });
  });

  it('names a word the poster has to break across lines', () => {
    const text = 'Подписывайтесь: Лесногорскмуниципальныйокругнавсегда';
    const fit = ctaFit(text);
    expect(fit.brokenWords).toEqual(['Лесногорскмуниципальныйокругнавсегда']);
    expect(fit.cut).toBe(false);
  });

  it('says when the text does not fit and ends with «…»', () => {
    // 14-letter words, one a line even at the smallest size (27 characters): five words, three lines.
    const text = Array.from({ length: 5 }, () => 'Подписывайтесь').join(' ');
    const svg = poster(text);
    expect(printedCtaLines(svg).at(-1)?.endsWith('…')).toBe(true);
    expect(ctaFit(text)).toMatchObject({ cut: true, brokenWords: [] });
  });

  it('treats an empty field as the default text, which fits', () => {
    expect(ctaFit('')).toEqual({ left: CALL_TO_ACTION_MAX, brokenWords: [], cut: false });
  });
});

describe('ctaFitText', () => {
  it('agrees the verb and the noun with the number left', () => {
    expect(ctaFitText({ left: 21, brokenWords: [], cut: false })).toBe('Остался 21 знак.');
    expect(ctaFitText({ left: 52, brokenWords: [], cut: false })).toBe('Осталось 52 знака.');
    expect(ctaFitText({ left: 56, brokenWords: [], cut: false })).toBe('Осталось 56 знаков.');
    expect(ctaFitText({ left: 0, brokenWords: [], cut: false })).toBe('Больше знаков не поместится.');
  });

  it('puts what the poster would do to the text first', () => {
    expect(ctaFitText({ left: 10, brokenWords: ['Оченьдлинноеслово'], cut: false })).toBe(
      'Слово «Оченьдлинноеслово» не помещается в строку плаката и будет разорвано: сократите его или разделите пробелом. Осталось 10 знаков.',
    );
    expect(ctaFitText({ left: 0, brokenWords: [], cut: true })).toMatch(
      /^Текст не помещается на плакат целиком и будет обрезан: сократите его\. /,
    );
  });
});

describe('institutionLabelParts', () => {
  it('splits the examples off a type’s name', () => {
    expect(institutionLabelParts('Орган власти (администрация, управление, совет)')).toEqual({
      name: 'Орган власти',
      examples: 'Администрация, управление, совет',
    });
    expect(institutionLabelParts('МФЦ')).toEqual({ name: 'МФЦ', examples: null });
  });
});
