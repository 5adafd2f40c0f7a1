// What the poster does to the typed call to action (the core wraps and shrinks it): how many
// characters are left, which words it had to break across lines, whether the text was cut with «…».
// The form says so instead of letting the poster change the text silently.
import { CALL_TO_ACTION_MAX, cleanText, effectiveCallToAction, fitCallToAction } from '../../core/posters';

export interface CtaFit {
  /** Characters that can still be typed (the field stops at CALL_TO_ACTION_MAX). */
  left: number;
  /** Words too long for a line of the poster: printed broken in two. */
  brokenWords: string[];
  /** The text did not fit in its lines and ends with «…» on the poster. */
  cut: boolean;
}

export function ctaFit(typed: string): CtaFit {
  const left = Math.max(0, CALL_TO_ACTION_MAX - typed.length);
  const expected = cleanText(effectiveCallToAction(typed));
  const printed = fitCallToAction(typed).lines.join(' ');
  if (printed === expected) return { left, brokenWords: [], cut: false };
  const cut = printed.endsWith('…') && !expected.endsWith('…');
  if (cut) return { left, brokenWords: [], cut: true };
  const tokens = new Set(printed.split(' '));
  const brokenWords = [...new Set(expected.split(' ').filter((word) => !tokens.has(word)))];
  return { left, brokenWords, cut: false };
}
