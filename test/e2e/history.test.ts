// The history screen in the real built app: an admin of the demo head page opens it from the
// scorecard and sees the period bars, ER by month and the heat map whose best slots are what the core
// computes over the demo world's posts (read here from the fake VK API directly, not through the app).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDemoSnapshot } from '../../src/cli/demo-snapshot';
import { computeHistory } from '../../src/core/history/history';
import { HEAD_ID } from '../../src/demo/pages';
import { slotText } from '../../src/features/history/text';
import { formatPercent } from '../../src/shared/format';
import { toPost } from '../../src/vk/mappers';
import { CLEAN_SCREEN, PHONE, screenAudit } from './axe';
import { artifactsDir, openApp } from './harness';

const NOW_ISO = '2026-11-18T15:00:00+03:00';
const NOW = Math.floor(Date.parse(NOW_ISO) / 1000);
const QUERY = `/?demo=1&seed=1&now=${encodeURIComponent(NOW_ISO)}&role=admin&group=${HEAD_ID}`;

let expected: ReturnType<typeof computeHistory>;

beforeAll(async () => {
  const { snapshot } = await buildDemoSnapshot({ seed: 1, now: NOW });
  const posts = (snapshot.walls[String(HEAD_ID)] ?? []).map((post) => toPost(post as never, -HEAD_ID));
  expected = computeHistory({
    posts,
    category: 'active',
    now: NOW,
    membersToday: null,
    subscriptionDays: null,
  });
});

async function openHistory(theme: 'light' | 'dark', viewport = { width: 800, height: 1000 }): Promise<Page> {
  const app = await openApp(`${QUERY}&theme=${theme}`, { viewport });
  const { page } = app;
  await page.getByTestId('scorecard-ready').waitFor({ timeout: 20_000 });
  await page.getByTestId('open-history').click();
  await page.getByTestId('history-periods').waitFor({ timeout: 20_000 });
  return page;
}

async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(artifactsDir(), { recursive: true });
  await page.screenshot({ path: join(artifactsDir(), name), fullPage: true });
}

describe('history: an admin opens the head page history', () => {
  it('shows the periods, ER by month and the best slots the core computes', async () => {
    // Guard against vacuous comparisons: the demo head page has enough posts for three best slots.
    expect(expected.bestTime.best).toHaveLength(3);
    expect(expected.months).toEqual(['2026-08', '2026-09', '2026-10', '2026-11']);

    const page = await openHistory('light');
    const bars = page.getByTestId('history-period-bar');
    expect(await bars.count()).toBe(16);
    const values = await bars.evaluateAll((els) => els.map((el) => el.getAttribute('data-value')));
    expect(values).toEqual(
      expected.periods.flatMap((m) =>
        m.frequency.periods.map((p) => (p.status === 'upcoming' ? '' : String(p.published))),
      ),
    );
    const chartText = await page.getByTestId('history-periods').textContent();
    for (const label of ['август', 'сентябрь', 'октябрь', 'ноябрь (идёт)', 'порог 3'])
      expect(chartText).toContain(label);

    const erLines = await page.getByTestId('history-er-month').allInnerTexts();
    expect(erLines).toHaveLength(4);
    expected.er.forEach((month, i) => expect(erLines[i]).toContain(formatPercent(month.percent)));

    expect(await page.getByTestId('heatmap-cell').count()).toBe(168);
    const cellErs = await page
      .getByTestId('heatmap-cell')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-er')));
    expect(cellErs).toEqual(
      expected.bestTime.cells.map((c) => (c.percent === null ? '' : c.percent.toFixed(2))),
    );
    expect(await page.getByTestId('best-slot').allInnerTexts()).toEqual(expected.bestTime.best.map(slotText));
    expect(await page.getByTestId('heatmap-too-few').count()).toBe(0);

    // Members: today's count at once, the history after the admin grants statistics.
    expect(await page.getByTestId('history-members-today').innerText()).toMatch(/^\d[\d\s]*$/);
    await page.getByTestId('history-members-request').click();
    await expect.poll(() => page.getByTestId('history-members-month').count(), { timeout: 20_000 }).toBe(4);
    // The month in progress counts today's members, not a month's end.
    const memberLines = await page.getByTestId('history-members-month').allInnerTexts();
    expect(memberLines.at(-1)).toMatch(/^Ноябрь 2026: [\d\s]+ на сегодня /);
    expect(memberLines[0]).toMatch(/^Август 2026: [\d\s]+ на конец месяца /);
    await screenshot(page, 'history-light.png');
  });

  it('draws in the dark theme too', async () => {
    const page = await openHistory('dark');
    expect(await page.locator('.vkui--vkBase--dark').count()).toBeGreaterThan(0);
    const fill = await page
      .getByTestId('heatmap-cell')
      .first()
      .evaluate((el) => getComputedStyle(el.querySelector('rect')!).fill);
    expect(fill).not.toBe('');
    await page.getByTestId('heatmap').scrollIntoViewIfNeeded();
    await screenshot(page, 'history-dark.png');
  });

  it('reads plainly and passes the accessibility checks on a phone', async () => {
    const page = await openHistory('light', PHONE);
    const text = await page.getByTestId('history').innerText();
    expect(text).toContain('Вовлечённость (ER) по месяцам');
    expect(text).toContain('московское время');
    expect(text).not.toMatch(/Europe\/|UTC|«stats»|не меньше 2 поста/);
    await expect.poll(() => screenAudit(page), { timeout: 15_000 }).toEqual(CLEAN_SCREEN);
    expect(await page.locator('h1').innerText()).toBe('История');
  });
});
