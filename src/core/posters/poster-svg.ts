// The A4 poster as one SVG document (210 × 297 mm, user units are millimetres): the call to action,
// VK's QR code (drawn by @vkontakte/vk-qr outside the core and passed in as SVG text), the link under
// it, the page's name and a hint. Every text is XML-escaped; long texts wrap and shrink to fit.
import { cleanText, escapeXml, fitText, type FittedText } from './text';

export const A4 = { width: 210, height: 297 } as const;

export const DEFAULT_CALL_TO_ACTION = 'Подпишитесь и будьте в курсе';
/** Three lines at the smallest size; VK Storage keeps it per page. */
export const CALL_TO_ACTION_MAX = 80;

export const SCAN_HINT = 'Наведите камеру телефона на QR-код';

export interface PosterInput {
  /** The QR code as @vkontakte/vk-qr returns it (an `<svg>` element with a viewBox). */
  qrSvg: string;
  name: string;
  callToAction: string;
  /** The link printed under the code, e.g. «vk.com/lesnogorsk_adm». */
  linkText: string;
}

export interface PageLink {
  /** What the QR code opens. */
  url: string;
  /** What the poster prints under it. */
  text: string;
}

/** `https://vk.com/<screen name>`, or `club<id>` for a page without a short address. */
export function pageLink(page: { id: number; screenName: string | null }): PageLink {
  const path = page.screenName || `club${page.id}`;
  return { url: `https://vk.com/${path}`, text: `vk.com/${path}` };
}

/** `qr-<screen name or club id>.<ext>`: screen names are latin letters, digits, `_` and `.`. */
export function posterFileName(page: { id: number; screenName: string | null }, ext: 'svg' | 'png'): string {
  const base = (page.screenName || `club${page.id}`).replace(/[^A-Za-z0-9_.-]/g, '_');
  return `qr-${base}.${ext}`;
}

/** The call to action to print: the admin's text, or the default when left blank. */
export function effectiveCallToAction(text: string): string {
  const trimmed = cleanText(text).slice(0, CALL_TO_ACTION_MAX);
  return trimmed || DEFAULT_CALL_TO_ACTION;
}

const MARGIN = 18;
const CONTENT_WIDTH = A4.width - 2 * MARGIN;
const QR_SIZE = 120;
const LINE_HEIGHT = 1.2;
const TOP = 22;
const BOTTOM = 262;
const FONT = 'Roboto, Arial, Helvetica, sans-serif';
const INK = '#000000';
const VK_BLUE = '#0077FF';
const MUTED = '#6D7885';

/** The call to action as the poster prints it: wrapped, shrunk and, if it must be, cut with «…». */
export function fitCallToAction(typed: string): FittedText {
  return fitText(effectiveCallToAction(typed), {
    width: CONTENT_WIDTH,
    sizes: [16, 14, 12, 10],
    maxLines: 3,
    weight: 'bold',
  });
}

export function buildPosterSvg(input: PosterInput): string {
  const linkText = cleanText(input.linkText);
  const title = cleanText(input.name) || linkText;
  const cta = fitCallToAction(input.callToAction);
  const link = fitText(linkText, {
    width: CONTENT_WIDTH,
    sizes: [9, 8, 7, 6, 5],
    maxLines: 1,
    weight: 'regular',
  });
  const name = fitText(title, {
    width: CONTENT_WIDTH,
    sizes: [10, 9, 8, 7],
    maxLines: 4,
    weight: 'bold',
  });

  const blocks = [
    { height: blockHeight(cta), gap: 12 },
    { height: QR_SIZE, gap: 8 },
    { height: blockHeight(link), gap: 10 },
    { height: blockHeight(name), gap: 0 },
  ];
  const total = blocks.reduce((sum, block) => sum + block.height + block.gap, 0);
  let y = Math.max(TOP, TOP + (BOTTOM - TOP - total) / 2);
  const tops = blocks.map((block) => {
    const top = y;
    y += block.height + block.gap;
    return top;
  });

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1"`,
    ` width="${A4.width}mm" height="${A4.height}mm" viewBox="0 0 ${A4.width} ${A4.height}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="${A4.width}" height="${A4.height}" fill="#FFFFFF"/>`,
    `<rect x="8" y="8" width="${A4.width - 16}" height="${A4.height - 16}" rx="10" fill="none" stroke="${VK_BLUE}" stroke-width="1.2"/>`,
    textBlock(cta, tops[0]!, 'bold', INK, 'poster-cta'),
    embedQr(input.qrSvg, (A4.width - QR_SIZE) / 2, tops[1]!, QR_SIZE),
    textBlock(link, tops[2]!, 'normal', VK_BLUE, 'poster-link'),
    textBlock(name, tops[3]!, 'bold', INK, 'poster-name'),
    textBlock({ lines: [SCAN_HINT], size: 6 }, 272, 'normal', MUTED, 'poster-hint'),
    '</svg>',
  ].join('\n');
}

function blockHeight(text: FittedText): number {
  return text.lines.length * text.size * LINE_HEIGHT;
}

/** Centred lines; `top` is the block's top edge, the first baseline sits a cap height below it. */
function textBlock(
  text: FittedText,
  top: number,
  weight: 'bold' | 'normal',
  fill: string,
  id: string,
): string {
  const lineHeight = text.size * LINE_HEIGHT;
  const spans = text.lines.map(
    (line, i) =>
      `<tspan x="${A4.width / 2}" y="${round(top + text.size * 0.9 + i * lineHeight)}">${escapeXml(line)}</tspan>`,
  );
  return (
    `<text id="${id}" font-family="${FONT}" font-size="${text.size}" font-weight="${weight}"` +
    ` fill="${fill}" text-anchor="middle">${spans.join('')}</text>`
  );
}

const SVG_ELEMENT = /^\s*(?:<\?xml[^>]*\?>\s*)?<svg\b([^>]*)>([\s\S]*)<\/svg>\s*$/;

/** Places vk-qr's `<svg>` as a nested viewport: its own viewBox scaled into a square at (x, y). */
export function embedQr(qrSvg: string, x: number, y: number, size: number): string {
  const match = SVG_ELEMENT.exec(qrSvg);
  const viewBox = match ? /\bviewBox="([\d.\s-]+)"/.exec(match[1]!) : null;
  if (!match || !viewBox) throw new Error('The QR code is not an SVG element with a viewBox');
  return (
    `<svg id="poster-qr" x="${round(x)}" y="${round(y)}" width="${size}" height="${size}"` +
    ` viewBox="${viewBox[1]}">${match[2]}</svg>`
  );
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
