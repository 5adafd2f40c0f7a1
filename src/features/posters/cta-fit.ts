// What the poster does to the typed call to action, read from the poster's own SVG (the core wraps and
// shrinks it): how many characters are left, which words it had to break across lines, whether the
// text was cut with «…». The form says so instead of letting the poster change the text silently.
import { CALL_TO_ACTION_MAX, cleanText, effectiveCallToAction } from '../../core/posters';

export interface CtaFit {
  /** Characters that can still be typed (the field stops at CALL_TO_ACTION_MAX). */
  left: number;
  /** Words too long for a line of the poster: printed broken in two. */
  brokenWords: string[];
  /** The text did not fit in its lines and ends with «…» on the poster. */
  cut: boolean;
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&apos;': "'",
};

/** The call to action's printed lines, as the poster SVG has them (`<text id="poster-cta">`). */
export function printedCtaLines(svg: string): string[] {
  const block = /<text id="poster-cta"[^>]*>([\s\S]*?)<\/text>/.exec(svg)?.[1] ?? '';
  return [...block.matchAll(/<tspan[^>]*>([\s\S]*?)<\/tspan>/g)].map((match) =>
    (match[1] ?? '').replace(/&(?:amp|lt|gt|quot|apos);/g, (entity) => ENTITIES[entity] ?? entity),
  );
}

export function ctaFit(typed: string, posterSvg: string): CtaFit {
  const left = Math.max(0, CALL_TO_ACTION_MAX - typed.length);
  const expected = cleanText(effectiveCallToAction(typed));
  const lines = printedCtaLines(posterSvg);
  const printed = lines.join(' ');
  if (lines.length === 0 || printed === expected) return { left, brokenWords: [], cut: false };
  const cut = printed.endsWith('…') && !expected.endsWith('…');
  if (cut) return { left, brokenWords: [], cut: true };
  const tokens = new Set(printed.split(' '));
  const brokenWords = [...new Set(expected.split(' ').filter((word) => !tokens.has(word)))];
  return { left, brokenWords, cut: false };
}
