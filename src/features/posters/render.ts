// The poster as files and paper: vk-qr's code in the A4 layout (core/posters), the SVG as a data URL
// for previews, PNG at 150 dpi through a canvas, and printing from a hidden frame.
import vkQr from '@vkontakte/vk-qr';
import { A4, buildPosterSvg, pageLink, withPngDpi } from '../../core/posters';

export const PNG_DPI = 150;
/** The poster's A4 (210 mm × 297 mm) in pixels at PNG_DPI: 1240 × 1754. */
export const PNG_SIZE = {
  width: Math.round((A4.width / 25.4) * PNG_DPI),
  height: Math.round((A4.height / 25.4) * PNG_DPI),
} as const;

export interface PosterPageRef {
  id: number;
  name: string;
  screenName: string | null;
}

/** VK's own QR style: rounded modules and the VK logo in the middle (error correction leaves room). */
export function qrSvgFor(url: string): string {
  return vkQr.createQR(url, { qrSize: 512, isShowLogo: true, foregroundColor: '#000000' });
}

export function posterSvgFor(page: PosterPageRef, callToAction: string): string {
  const link = pageLink(page);
  return buildPosterSvg({ qrSvg: qrSvgFor(link.url), name: page.name, callToAction, linkText: link.text });
}

export function svgBlob(svg: string): Blob {
  return new Blob([svg], { type: 'image/svg+xml;charset=utf-8' });
}

export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('The poster image did not load'));
    image.src = src;
  });
}

/** The poster rasterised at A4 150 dpi (the SVG is drawn at the canvas size, so it stays sharp). */
export async function svgToPng(svg: string): Promise<Blob> {
  const image = await loadImage(svgDataUrl(svg));
  const canvas = document.createElement('canvas');
  canvas.width = PNG_SIZE.width;
  canvas.height = PNG_SIZE.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('Canvas 2D is unavailable');
  context.fillStyle = '#FFFFFF';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((png) => (png ? resolve(png) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
  const bytes = withPngDpi(new Uint8Array(await blob.arrayBuffer()), PNG_DPI);
  return new Blob([bytes], { type: 'image/png' });
}

const FRAME_ID = 'poster-print-frame';
let printUrls: string[] = [];

/** The print document: one A4 page per poster, no margins (the poster has its own). */
export function printDocument(imageUrls: readonly string[]): string {
  const pages = imageUrls.map((url) => `<img src="${url}" alt="">`).join('\n');
  return [
    '<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Плакаты с QR-кодом</title>',
    '<style>@page { size: A4 portrait; margin: 0 } html, body { margin: 0; padding: 0 }',
    'img { display: block; width: 210mm; height: 297mm; break-after: page; page-break-after: always }',
    'img:last-child { break-after: auto; page-break-after: auto }</style></head><body>',
    pages,
    '</body></html>',
  ].join('\n');
}

/**
 * Prints only the posters: a hidden frame holds them, one per A4 page, and its own print() opens the
 * browser's dialog. The frame stays until the next print (some browsers print asynchronously).
 */
export async function printPosters(svgs: readonly string[]): Promise<void> {
  document.getElementById(FRAME_ID)?.remove();
  printUrls.forEach((url) => URL.revokeObjectURL(url));
  printUrls = svgs.map((svg) => URL.createObjectURL(svgBlob(svg)));

  const frame = document.createElement('iframe');
  frame.id = FRAME_ID;
  frame.dataset['testid'] = FRAME_ID;
  frame.title = 'Плакаты для печати';
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  Object.assign(frame.style, {
    position: 'fixed',
    right: '0',
    bottom: '0',
    width: '0',
    height: '0',
    border: '0',
  });
  const loaded = new Promise<void>((resolve) =>
    frame.addEventListener('load', () => resolve(), { once: true }),
  );
  frame.srcdoc = printDocument(printUrls);
  document.body.append(frame);
  await loaded;

  const view = frame.contentWindow;
  const images = [...(frame.contentDocument?.images ?? [])];
  // A page printed before its picture decoded would come out blank.
  await Promise.all(images.map((image) => image.decode().catch(() => undefined)));
  if (!view) throw new Error('The print frame has no window');
  view.focus();
  view.print();
}
