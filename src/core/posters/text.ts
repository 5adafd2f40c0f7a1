// Text for the poster's SVG: XML-escaped (page names are typed by anyone) and wrapped to lines by an
// estimate of glyph widths (the core has no fonts to measure; the estimate errs on the wide side).

/**
 * Drops what XML 1.0 forbids (control characters but tab and line breaks, lone surrogates,
 * U+FFFE/U+FFFF): one such character in a name and the file would not open at all.
 */
function dropXmlInvalid(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    const control = code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d;
    const loneSurrogate = code >= 0xd800 && code <= 0xdfff;
    if (!control && !loneSurrogate && code !== 0xfffe && code !== 0xffff) out += ch;
  }
  return out;
}

/** One line of display text: what XML cannot hold dropped, runs of white space made one space. */
export function cleanText(text: string): string {
  return dropXmlInvalid(text).replace(/\s+/g, ' ').trim();
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Safe inside XML text and attribute values. */
export function escapeXml(text: string): string {
  return dropXmlInvalid(text).replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);
}

/**
 * Mean advance of a glyph in ems: sans-serif Cyrillic runs wide (capitals ≈ 0.7 em, lower case
 * ≈ 0.55 em) and names are full of capitals («МБОУ «СОШ № 1»»).
 */
export const EM_PER_CHAR = { regular: 0.58, bold: 0.64 } as const;

/** Greedy word wrap to at most `maxChars` per line; a longer word is cut across lines. */
export function wrapText(text: string, maxChars: number): string[] {
  const limit = Math.max(1, Math.floor(maxChars));
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + 1 + word.length <= limit) {
      line += ` ${word}`;
      continue;
    }
    if (line) lines.push(line);
    let rest = word;
    while (rest.length > limit) {
      lines.push(rest.slice(0, limit));
      rest = rest.slice(limit);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}

export interface FittedText {
  lines: string[];
  /** Font size in the drawing's units (mm). */
  size: number;
}

/**
 * The largest of `sizes` (descending) at which the text fits `width` in `maxLines`; at the smallest
 * size the last line is cut with «…».
 */
export function fitText(
  text: string,
  options: { width: number; sizes: readonly number[]; maxLines: number; weight: keyof typeof EM_PER_CHAR },
): FittedText {
  const { width, sizes, maxLines, weight } = options;
  const charsAt = (size: number) => width / (size * EM_PER_CHAR[weight]);
  for (const size of sizes) {
    const lines = wrapText(text, charsAt(size));
    if (lines.length <= maxLines) return { lines, size };
  }
  const size = sizes[sizes.length - 1]!;
  const limit = Math.max(1, Math.floor(charsAt(size)));
  const lines = wrapText(text, limit).slice(0, maxLines);
  const last = lines[maxLines - 1] ?? '';
  lines[maxLines - 1] = `${last.slice(0, Math.max(0, limit - 1)).trimEnd()}…`;
  return { lines, size };
}
