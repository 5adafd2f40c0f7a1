// Accessibility findings on the page as it is now: axe-core (injected from node_modules, never from the
// network) with the WCAG 2 A/AA and best-practice rules, keeping only critical and serious findings.
//
//   expect(await axeFindings(page)).toEqual([]);
//
// One exception, by design: VKUI's own palette (VK's design system; the app does not repaint VKUI).
// Its accent blue (primary and secondary buttons, links, the header's back arrow…), its secondary
// text greys (subtitles, descriptions, form labels: #818c99 on white is 3.4:1, #6d7885 is 4.49:1) and
// its red and green status texts (#e64646 is 3.9:1) sit under 4.5:1 in places; what axe reported on
// our screens, light and dark, was only such pairs. A `color-contrast` finding is dropped only when
// EVERY failing node's pair (axe's `any[].data.fgColor` / `bgColor`) has a VKUI accent colour on
// either side or a VKUI grey or status colour as the text; one node in any other colour keeps the
// whole finding, so colours of our own are still checked.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

export interface AxeOptions {
  /** A CSS selector to check instead of the whole document. */
  include?: string;
  /** Rule ids to skip (say why at the call site). */
  disableRules?: readonly string[];
}

export interface AxeNodeFinding {
  target: string[];
  html: string;
  summary: string;
  /** For color-contrast: what axe measured. */
  colors?: { fg: string; bg: string; ratio: number | null };
}

export interface AxeFinding {
  id: string;
  impact: 'critical' | 'serious';
  help: string;
  nodes: AxeNodeFinding[];
}

/** VKUI's accent and link blues, every theme (vkui.css: color_text_accent, _link, background_accent…). */
export const VKUI_ACCENT_COLOURS: ReadonlySet<string> = new Set([
  '#0077ff',
  '#2688eb',
  '#2a5885',
  '#2d81e0',
  '#3770b1',
  '#447bba',
  '#4986cc',
  '#529ef4',
  '#71aaeb',
]);

/**
 * VKUI's secondary text greys and its status texts, every theme (vkui.css: color_text_secondary,
 * _subhead, _tertiary; color_text_negative and _positive, e.g. a form field's message in error state).
 */
export const VKUI_SECONDARY_TEXT_COLOURS: ReadonlySet<string> = new Set([
  '#4bb34b',
  '#5d5f61',
  '#626d7a',
  '#656565',
  '#6d7885',
  '#76787a',
  '#818c99',
  '#828282',
  '#939393',
  '#969a9f',
  '#99a2ad',
  '#e64646',
  '#ff5c5c',
]);

const require = createRequire(import.meta.url);
let axeSource: string | undefined;

function source(): string {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

interface RawNode {
  target: unknown[];
  html: string;
  failureSummary?: string;
  any: { id: string; data?: { fgColor?: string; bgColor?: string; contrastRatio?: number } | null }[];
}

interface RawViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: RawNode[];
}

function colorsOf(node: RawNode): AxeNodeFinding['colors'] {
  const data = node.any.find((check) => check.data && (check.data.fgColor || check.data.bgColor))?.data;
  if (!data) return undefined;
  return {
    fg: (data.fgColor ?? '').toLowerCase(),
    bg: (data.bgColor ?? '').toLowerCase(),
    ratio: data.contrastRatio ?? null,
  };
}

/** True when the node's failing pair is VKUI's own: its accent on either side, or its grey text. */
export function isVkuiPaletteContrast(colors: AxeNodeFinding['colors']): boolean {
  if (!colors) return false;
  return (
    VKUI_ACCENT_COLOURS.has(colors.fg) ||
    VKUI_ACCENT_COLOURS.has(colors.bg) ||
    VKUI_SECONDARY_TEXT_COLOURS.has(colors.fg)
  );
}

/** Critical and serious axe violations, minus VKUI's own palette contrast (see the header). */
export async function axeFindings(page: Page, options: AxeOptions = {}): Promise<AxeFinding[]> {
  const injected = await page.evaluate(() => 'axe' in window);
  if (!injected) await page.addScriptTag({ content: source() });
  const raw = await page.evaluate(
    async ({ include, disableRules }) => {
      const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } }).axe;
      const rules = Object.fromEntries(disableRules.map((id) => [id, { enabled: false }]));
      const result = (await axe.run(include ?? document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'best-practice'] },
        rules,
        resultTypes: ['violations'],
      })) as { violations: unknown[] };
      return JSON.parse(JSON.stringify(result.violations)) as unknown;
    },
    { include: options.include ?? null, disableRules: [...(options.disableRules ?? [])] },
  );
  const findings: AxeFinding[] = [];
  for (const violation of raw as RawViolation[]) {
    if (violation.impact !== 'critical' && violation.impact !== 'serious') continue;
    const nodes = violation.nodes.map((node): AxeNodeFinding => ({
      target: node.target.map(String),
      html: node.html,
      summary: node.failureSummary ?? '',
      colors: violation.id === 'color-contrast' ? colorsOf(node) : undefined,
    }));
    if (violation.id === 'color-contrast' && nodes.every((node) => isVkuiPaletteContrast(node.colors)))
      continue;
    findings.push({ id: violation.id, impact: violation.impact, help: violation.help, nodes });
  }
  return findings;
}

/** How many elements are `main` landmarks and level-1 headings: each screen has exactly one of each. */
export async function landmarkCounts(page: Page): Promise<{ main: number; h1: number }> {
  return page.evaluate(() => ({
    main: document.querySelectorAll('main, [role="main"]').length,
    h1: document.querySelectorAll('h1, [role="heading"][aria-level="1"]').length,
  }));
}

export interface ScreenAudit {
  findings: AxeFinding[];
  main: number;
  h1: number;
}

/**
 * Everything a screen must pass, in one value so a failure shows it all:
 *
 *   await expect.poll(() => screenAudit(page), { timeout: 15_000 }).toEqual(CLEAN_SCREEN);
 *
 * (polled: a panel that is still sliding in or loading may briefly show two headers or a spinner).
 */
export async function screenAudit(page: Page, options: AxeOptions = {}): Promise<ScreenAudit> {
  const findings = await axeFindings(page, options);
  return { findings, ...(await landmarkCounts(page)) };
}

/** No findings, exactly one `main` landmark and exactly one level-1 heading. */
export const CLEAN_SCREEN: ScreenAudit = { findings: [], main: 1, h1: 1 };

/** The phone the checks run at (VK's mobile clients give a mini app about this much). */
export const PHONE = { width: 390, height: 844 } as const;
