// The scorecard answers first: on a phone (390×844) and a desktop (1280×800), light and dark, the
// verdict word, the rating and the most valuable action with its button are inside the first screen
// without scrolling, and the verdict is the core's for the same simulated world.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDemoSnapshot } from '../../src/cli/demo-snapshot';
import { computeScorecard } from '../../src/core/scorecard';
import type { VerdictStatus } from '../../src/core/verdict';
import { HEAD_ID } from '../../src/demo/pages';
import { VERDICT_WORD } from '../../src/shared/verdict-text';
import { toPageInfo, toPost } from '../../src/vk/mappers';
import type { WireGroup } from '../../src/vk/wire-groups';
import { axeFindings } from './axe';
import { openApp } from './harness';

const NOW_ISO = '2026-12-06T12:00:00+03:00';
const NOW = Math.floor(Date.parse(NOW_ISO) / 1000);
const SEED = 1;
const PAGES = { failing: 219000014, compliant: 219000006, risk: 219000019 } as const;
const SIZES = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 800 },
} as const;

let snapshot: Awaited<ReturnType<typeof buildDemoSnapshot>>['snapshot'];

beforeAll(async () => {
  ({ snapshot } = await buildDemoSnapshot({ seed: SEED, now: NOW }));
});

/** The core's verdict for a page as the app reads it: category active, no statistics, plain ER. */
function expectedStatus(groupId: number): VerdictStatus {
  const group = (snapshot.groups as WireGroup[]).find((g) => g.id === groupId);
  if (!group) throw new Error(`no demo page ${groupId}`);
  const posts = (snapshot.walls[String(groupId)] ?? []).map((post) => toPost(post as never, -groupId));
  return computeScorecard({
    page: toPageInfo(group),
    posts,
    category: 'active',
    reach: { kind: 'unavailable', reason: 'not-requested' },
    posWidgetsDeclared: null,
    now: NOW,
  }).verdict.status;
}

/** Opened by an admin of another page (the district's): the plain ER, as the core computes it. */
async function openPage(groupId: number, size: keyof typeof SIZES, theme: 'light' | 'dark'): Promise<Page> {
  const app = await openApp(
    `/?demo=1&seed=${SEED}&now=${encodeURIComponent(NOW_ISO)}&role=admin&group=${HEAD_ID}&theme=${theme}#/page/${groupId}`,
    { viewport: SIZES[size], context: { colorScheme: theme } },
  );
  await app.page.getByTestId('scorecard-ready').waitFor({ timeout: 20_000 });
  return app.page;
}

async function insideFirstScreen(page: Page, testId: string): Promise<boolean> {
  const box = await page.getByTestId(testId).first().boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport) return false;
  return box.y >= 0 && box.y + box.height <= viewport.height;
}

describe('the verdict is the first thing on the screen', () => {
  it('names each demo page’s status as the core does (a failing, a compliant and an at-risk page)', () => {
    expect(expectedStatus(PAGES.failing)).toBe('fail');
    expect(expectedStatus(PAGES.compliant)).toBe('ok');
    expect(expectedStatus(PAGES.risk)).toBe('risk');
  });

  for (const size of ['phone', 'desktop'] as const)
    for (const theme of ['light', 'dark'] as const)
      it(`shows the verdict, the rating and the first action without scrolling (${size}, ${theme})`, async () => {
        for (const [kind, groupId] of Object.entries(PAGES)) {
          const page = await openPage(groupId, size, theme);
          const verdict = page.getByTestId('page-verdict');
          const status = expectedStatus(groupId);
          expect(await verdict.getAttribute('data-status'), kind).toBe(status);
          expect(await page.getByTestId('verdict-word').innerText()).toBe(VERDICT_WORD[status]);
          expect(await insideFirstScreen(page, 'verdict-word'), `${kind}: verdict`).toBe(true);
          expect(await insideFirstScreen(page, 'rating-total'), `${kind}: rating`).toBe(true);
          if (status === 'ok') {
            expect(await insideFirstScreen(page, 'today-all-good'), `${kind}: all good`).toBe(true);
          } else {
            const top = page.getByTestId('top-action');
            expect(await top.count(), kind).toBe(1);
            const button = top.getByTestId('action-button');
            const box = await button.boundingBox();
            expect(box && box.y + box.height <= SIZES[size].height, `${kind}: the action's button`).toBe(
              true,
            );
          }
        }
      });

  it('goes from the page’s outline to the verdict with no spinner in between', async () => {
    // Every spinner React puts on screen before the verdict, caught as it enters the page.
    const watch = () => {
      const seen: string[] = [];
      (window as unknown as { __spinnersBeforeVerdict: string[] }).__spinnersBeforeVerdict = seen;
      const observer = new MutationObserver(() => {
        if (document.querySelector('[data-testid="page-verdict"]')) return observer.disconnect();
        for (const el of document.querySelectorAll('#root span[role="status"]'))
          seen.push(el.outerHTML.slice(0, 80));
      });
      observer.observe(document, { childList: true, subtree: true });
    };
    const app = await openApp(`/?demo=1&seed=${SEED}&now=${encodeURIComponent(NOW_ISO)}&role=admin`, {
      viewport: SIZES.phone,
      initScript: watch,
    });
    await app.page.getByTestId('page-verdict').waitFor({ timeout: 20_000 });
    const spinners = await app.page.evaluate(
      () => (window as unknown as { __spinnersBeforeVerdict: string[] }).__spinnersBeforeVerdict,
    );
    expect(spinners).toEqual([]);
  });

  it('names what fails, and keeps «Что сделать сегодня» to three items that each have a button', async () => {
    const page = await openPage(PAGES.failing, 'phone', 'light');
    const reasons = await page.getByTestId('verdict-reasons').innerText();
    expect(reasons).toContain('Нет обложки');
    expect(reasons).toContain('вовлечённость (ER) 0,00\u00a0% из 3,00\u00a0%');
    const items = page
      .getByTestId('today')
      .locator('[data-testid="top-action"], [data-testid="today-action"]');
    expect(await items.count()).toBe(3);
    for (const item of await items.all()) {
      expect(await item.getByTestId('action-button').count()).toBe(1);
      expect(await item.innerText()).toMatch(/\+\d+(,\d+)? балл(а|ов)? к рейтингу/);
    }
  });

  it('tells a compliant page «Всё в порядке» with the next date that matters', async () => {
    const page = await openPage(PAGES.compliant, 'phone', 'light');
    const allGood = await page.getByTestId('today-all-good').innerText();
    expect(allGood).toContain('Всё в порядке');
    expect(allGood).toMatch(/Следующая проверка — 14 декабря/);
  });

  it('has one main landmark, one h1 and no serious accessibility findings of our own', async () => {
    const page = await openPage(PAGES.failing, 'phone', 'light');
    expect(await page.locator('main, [role="main"]').count()).toBe(1);
    expect(await page.locator('h1').count()).toBe(1);
    const findings = await axeFindings(page);
    expect(findings, JSON.stringify(findings, null, 1).slice(0, 1500)).toEqual([]);
    await page.getByTestId('page-settings-open').click();
    await page.getByTestId('category-select').waitFor();
    expect(await axeFindings(page)).toEqual([]);
  });

  it('keeps the admin’s own scorecard (details open, settings open) free of serious findings', async () => {
    const app = await openApp(
      `/?demo=1&seed=${SEED}&now=${encodeURIComponent(NOW_ISO)}&role=admin&group=${HEAD_ID}`,
      { viewport: SIZES.phone },
    );
    const { page } = app;
    await page.getByTestId('scorecard-ready').waitFor({ timeout: 20_000 });
    await page.locator('[data-testid="er-percent"][data-source="monitoring"]').waitFor({ timeout: 20_000 });
    await page.getByTestId('er-details').click();
    await page.getByTestId('er-monitoring-switch').waitFor();
    await page.getByTestId('today-more').click();
    const findings = await axeFindings(page);
    expect(findings, JSON.stringify(findings, null, 1).slice(0, 1500)).toEqual([]);
    expect(await page.locator('h1').count()).toBe(1);
  });

  it('gives a deleted and a private page their own screen with the page’s name', async () => {
    for (const [id, state, title] of [
      [219000027, 'deleted', 'Сообщество удалено'],
      [219000024, 'private', 'Закрытое сообщество'],
    ] as const) {
      const app = await openApp(
        `/?demo=1&seed=${SEED}&now=${encodeURIComponent(NOW_ISO)}&role=admin#/page/${id}`,
        { viewport: SIZES.phone },
      );
      const screen = app.page.getByTestId('page-unavailable');
      await screen.waitFor({ timeout: 20_000 });
      expect(await screen.getAttribute('data-state')).toBe(state);
      const text = await screen.innerText();
      expect(text).toContain(title);
      expect((await app.page.getByTestId('page-name').innerText()).length).toBeGreaterThan(3);
      expect(text).not.toContain('Попробовать снова');
    }
  });
});
