// @vitest-environment happy-dom
import vkQr from '@vkontakte/vk-qr';
import { describe, expect, it } from 'vitest';
import {
  buildPosterSvg,
  DEFAULT_CALL_TO_ACTION,
  effectiveCallToAction,
  embedQr,
  escapeXml,
  fitText,
  pageLink,
  posterFileName,
  wrapText,
} from '../../../../src/core/posters';

const URL_TEXT = 'https://vk.com/lesnogorsk_adm';
const QR = vkQr.createQR(URL_TEXT, { qrSize: 512, isShowLogo: true });

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

function lines(doc: Document, id: string): string[] {
  return [...doc.getElementById(id)!.getElementsByTagName('tspan')].map((span) => span.textContent ?? '');
}

describe('escapeXml', () => {
  it('escapes markup and quotes', () => {
    expect(escapeXml(`<script>alert("x")</script> & 'Ко'`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;Ко&apos;',
    );
  });

  it('drops characters XML cannot hold and keeps emoji', () => {
    expect(escapeXml('a\u0001b\u000Bc\uD800d\uFFFEe 🎉\tf')).toBe('abcde 🎉\tf');
  });
});

describe('wrapText and fitText', () => {
  it('wraps greedily at word boundaries', () => {
    expect(wrapText('Подпишитесь и будьте в курсе', 12)).toEqual(['Подпишитесь', 'и будьте в', 'курсе']);
  });

  it('cuts a word longer than a line', () => {
    expect(wrapText('ааааааааааааа', 5)).toEqual(['ааааа', 'ааааа', 'ааа']);
  });

  it('keeps the largest size that fits', () => {
    // 174 mm at 16 mm bold: 174 / (16 × 0.64) = 16.99 → 16 characters a line.
    expect(
      fitText(DEFAULT_CALL_TO_ACTION, { width: 174, sizes: [16, 14], maxLines: 3, weight: 'bold' }),
    ).toEqual({
      lines: ['Подпишитесь и', 'будьте в курсе'],
      size: 16,
    });
  });

  it('cuts the last line with an ellipsis when nothing fits', () => {
    // 100 / (10 × 0.58) = 17.2 → 17 characters: «слово слово слово» per line, seven lines for twenty words.
    const fitted = fitText(Array(20).fill('слово').join(' '), {
      width: 100,
      sizes: [10],
      maxLines: 2,
      weight: 'regular',
    });
    expect(fitted).toEqual({ lines: ['слово слово слово', 'слово слово слов…'], size: 10 });
  });
});

describe('links and file names', () => {
  it('links to the short address, or to club<id> without one', () => {
    expect(pageLink({ id: 219000001, screenName: 'lesnogorsk_adm' })).toEqual({
      url: 'https://vk.com/lesnogorsk_adm',
      text: 'vk.com/lesnogorsk_adm',
    });
    expect(pageLink({ id: 219000007, screenName: null })).toEqual({
      url: 'https://vk.com/club219000007',
      text: 'vk.com/club219000007',
    });
  });

  it('names files after the page', () => {
    expect(posterFileName({ id: 219000001, screenName: 'lesnogorsk_adm' }, 'svg')).toBe(
      'qr-lesnogorsk_adm.svg',
    );
    expect(posterFileName({ id: 219000007, screenName: null }, 'png')).toBe('qr-club219000007.png');
  });

  it('prints the default call to action for a blank one', () => {
    expect(effectiveCallToAction('   ')).toBe(DEFAULT_CALL_TO_ACTION);
    expect(effectiveCallToAction('  Мы рядом ')).toBe('Мы рядом');
  });
});

describe('buildPosterSvg', () => {
  const base = { qrSvg: QR, callToAction: 'Будьте с нами', linkText: 'vk.com/lesnogorsk_adm' };

  it('is an A4 SVG document holding the QR code, the link, the name and the call to action', () => {
    const doc = parse(buildPosterSvg({ ...base, name: 'Администрация Лесногорского муниципального округа' }));
    const root = doc.documentElement;
    expect(root.getAttribute('width')).toBe('210mm');
    expect(root.getAttribute('height')).toBe('297mm');
    expect(root.getAttribute('viewBox')).toBe('0 0 210 297');

    const qr = doc.getElementById('poster-qr')!;
    const qrViewBox = /viewBox="([^"]+)"/.exec(QR)![1];
    expect(qr.getAttribute('viewBox')).toBe(qrViewBox);
    // 120 mm centred on a 210 mm page.
    expect(qr.getAttribute('x')).toBe('45');
    expect(qr.getAttribute('width')).toBe('120');
    // The modules and VK's logo came along.
    expect(qr.querySelectorAll('use').length).toBeGreaterThan(100);
    expect(qr.innerHTML).toContain('#vk_logo-0');

    expect(lines(doc, 'poster-cta')).toEqual(['Будьте с нами']);
    expect(lines(doc, 'poster-link')).toEqual(['vk.com/lesnogorsk_adm']);
    // 174 mm at 10 mm bold: 27 characters a line.
    expect(lines(doc, 'poster-name')).toEqual(['Администрация Лесногорского', 'муниципального округа']);
  });

  it('keeps a hostile name as text', () => {
    const name = `<script>alert("x")</script> & 'Ко' \u0007`;
    const svg = buildPosterSvg({ ...base, name, callToAction: '</text><svg onload="x">' });
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('onload="x"');
    const doc = parse(svg);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(lines(doc, 'poster-name').join(' ')).toBe(`<script>alert("x")</script> & 'Ко'`);
    expect(lines(doc, 'poster-cta').join(' ')).toBe('</text><svg onload="x">');
    expect(doc.querySelector('title')!.textContent).toBe(`<script>alert("x")</script> & 'Ко'`);
  });

  it('wraps and shrinks a long name, keeping every line inside the page', () => {
    const name =
      'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 6 имени Героя Советского Союза И. И. Иванова п. Озёрный»';
    const doc = parse(buildPosterSvg({ ...base, name }));
    const text = doc.getElementById('poster-name')!;
    const size = Number(text.getAttribute('font-size'));
    const nameLines = lines(doc, 'poster-name');
    expect(nameLines.length).toBeLessThanOrEqual(4);
    expect(nameLines.length).toBeGreaterThan(1);
    for (const line of nameLines) expect(line.length * size * 0.64).toBeLessThanOrEqual(174);
    for (const span of doc.getElementsByTagName('tspan')) {
      const y = Number(span.getAttribute('y'));
      expect(y).toBeGreaterThan(8);
      expect(y).toBeLessThan(289);
    }
    // The name ends under the QR code: its first baseline is below the code's bottom edge.
    const qr = doc.getElementById('poster-qr')!;
    const qrBottom = Number(qr.getAttribute('y')) + Number(qr.getAttribute('height'));
    expect(Number(text.getElementsByTagName('tspan')[0]!.getAttribute('y'))).toBeGreaterThan(qrBottom);
  });

  it('refuses a QR code that is not an SVG', () => {
    expect(() => embedQr('<div>no</div>', 0, 0, 10)).toThrow(/not an SVG/);
  });
});
