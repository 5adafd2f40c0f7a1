import type { Plugin } from 'vite';

/**
 * VKUI's themes.css holds the design tokens of three platforms (base, iOS, vk.com), light and dark:
 * 9.8 kB gzip on the start path. The app runs the base one (App.tsx sets ConfigProvider's platform to
 * 'android', whose token classes are `.vkui--vkBase--light` and `--dark`), so the build keeps only
 * the rules and selectors of those two and of `:root` (the defaults, the base light ones): 2.8 kB
 * fewer before the first screen. Dev and build get the same file.
 */
export const THEMES_CSS = /\/@vkontakte\/vkui\/dist\/cssm\/styles\/themes\.css$/;
const KEPT = new Set([':root', '.vkui--vkBase--light', '.vkui--vkBase--dark']);

/**
 * The base platform's rules of themes.css. The file is flat (selector lists and declarations, no
 * at-rules, no comments): anything else throws, so a VKUI release that changes its shape fails the
 * build instead of losing tokens.
 */
export function baseTokensOnly(css: string): string {
  if (/[@]|\/\*/.test(css)) throw new Error('themes.css has at-rules or comments: revisit baseTokensOnly');
  const RULE = /([^{}]+)\{([^{}]*)\}/g;
  if (css.replace(RULE, '').trim() !== '')
    throw new Error('themes.css is not flat rules: revisit baseTokensOnly');
  const kept: string[] = [];
  for (const rule of css.matchAll(RULE)) {
    const selectors = rule[1]!
      .split(',')
      .map((s) => s.trim())
      .filter((s) => KEPT.has(s));
    if (selectors.length > 0) kept.push(`${selectors.join(', ')} {${rule[2]}}`);
  }
  const out = kept.join('\n');
  for (const selector of KEPT)
    if (!out.includes(selector))
      throw new Error(`themes.css has no ${selector} tokens: revisit baseTokensOnly`);
  return out;
}

export function vkuiBaseTokens(): Plugin {
  let seen = false;
  return {
    name: 'pulse-vkui-base-tokens',
    enforce: 'pre',
    transform(code, id) {
      if (!THEMES_CSS.test(id.split('?')[0]!)) return null;
      seen = true;
      return { code: baseTokensOnly(code), map: null };
    },
    buildEnd(error) {
      // In a build the entry imports themes.css (main.tsx); losing the import would lose the saving.
      if (!error && this.meta.watchMode === false && !seen)
        this.error('themes.css never passed through pulse-vkui-base-tokens: revisit main.tsx');
    },
  };
}
