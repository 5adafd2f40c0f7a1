// The build keeps only VKUI's base-platform tokens: every base token keeps its value in light and dark,
// the other platforms' go, and a themes.css of another shape stops the build.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { baseTokensOnly } from '../../../scripts/vite/base-tokens';

const THEMES = readFileSync('node_modules/@vkontakte/vkui/dist/cssm/styles/themes.css', 'utf8');

/** The custom properties a selector gets from a flat stylesheet, the later rule winning. */
function tokensOf(css: string, selector: string): Map<string, string> {
  const tokens = new Map<string, string>();
  for (const rule of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    if (!rule[1]!.split(',').some((s) => s.trim() === selector)) continue;
    for (const decl of rule[2]!.split(';')) {
      const colon = decl.indexOf(':');
      if (colon > 0) tokens.set(decl.slice(0, colon).trim(), decl.slice(colon + 1).trim());
    }
  }
  return tokens;
}

describe('baseTokensOnly', () => {
  it('keeps a shared rule for the base selectors only, and drops a rule of other platforms', () => {
    const css =
      ':root, .vkui--vkBase--light, .vkui--vkIOS--light {--a: 1px}\n' +
      '.vkui--vkIOS--dark, .vkui--vkCom--dark {--b: red}\n' +
      '.vkui--vkBase--dark, .vkui--vkCom--dark {--b: blue}';
    expect(baseTokensOnly(css)).toBe(
      ':root, .vkui--vkBase--light {--a: 1px}\n.vkui--vkBase--dark {--b: blue}',
    );
  });

  it("gives VKUI's base light, base dark and :root exactly their tokens, and no other platform any", () => {
    const base = baseTokensOnly(THEMES);
    for (const selector of [':root', '.vkui--vkBase--light', '.vkui--vkBase--dark']) {
      const before = tokensOf(THEMES, selector);
      expect(before.size).toBeGreaterThan(100);
      expect(tokensOf(base, selector)).toEqual(before);
    }
    for (const selector of [
      '.vkui--vkIOS--light',
      '.vkui--vkIOS--dark',
      '.vkui--vkCom--light',
      '.vkui--vkCom--dark',
    ])
      expect(tokensOf(base, selector).size).toBe(0);
    expect(base.length).toBeLessThan(THEMES.length * 0.7);
  });

  it('stops on a stylesheet it cannot read safely', () => {
    expect(() => baseTokensOnly('@media (min-width: 1px) { :root {--a: 1px} }')).toThrow(/at-rules/);
    expect(() => baseTokensOnly(':root {--a: 1px} stray')).toThrow(/not flat/);
    expect(() => baseTokensOnly('.vkui--vkIOS--light {--a: 1px}')).toThrow(/no :root tokens/);
  });
});
