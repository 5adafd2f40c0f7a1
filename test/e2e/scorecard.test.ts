// The admin's scorecard in the real built app: the figures on screen must be the core's figures for
// the same simulated world, computed here without the app's adapter or data layer (the snapshot is
// read from the fake VK API directly, page by page, as a third-party tool would).
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDemoSnapshot } from '../../src/cli/demo-snapshot';
import { computeEr } from '../../src/core/er';
import { computeFrequency } from '../../src/core/frequency';
import { monthOf } from '../../src/core/time';
import { HEAD_ID } from '../../src/demo/pages';
import { formatPercent } from '../../src/shared/format';
import { toPost } from '../../src/vk/mappers';
import { openApp } from './harness';

// A fixed moment inside period 3 of November 2026 (Moscow time), so the expected figures are stable.
const NOW_ISO = '2026-11-18T15:00:00+03:00';
const NOW = Math.floor(Date.parse(NOW_ISO) / 1000);
const SEED = 1;
const COMPLIANT_ID = 219000006;
const FAILING_ID = 219000014;
const PRIVATE_ID = 219000024;

let walls: Record<string, unknown[]>;

beforeAll(async () => {
  ({
    snapshot: { walls },
  } = await buildDemoSnapshot({ seed: SEED, now: NOW }));
});

function expectedFor(groupId: number, timeZone = 'Europe/Moscow') {
  const posts = (walls[String(groupId)] ?? []).map((post) => toPost(post as never, -groupId));
  const er = computeEr(posts, { now: NOW });
  const frequency = computeFrequency(posts, {
    category: 'active',
    month: monthOf(NOW, timeZone),
    now: NOW,
    options: { timeZone },
  });
  return { er, periods: frequency.periods.map((p) => p.published) };
}

async function openScorecard(query: string): Promise<Page> {
  const app = await openApp(`/?demo=1&seed=${SEED}&now=${encodeURIComponent(NOW_ISO)}&${query}`);
  await app.page.getByTestId('scorecard-ready').waitFor({ timeout: 20_000 });
  return app.page;
}

/**
 * A page opened by an admin of another page: no monitoring-grade lists are read, so the ER on screen
 * is the plain one the core computes here.
 */
function viewerOf(groupId: number): string {
  return `role=admin&group=${groupId === COMPLIANT_ID ? HEAD_ID : COMPLIANT_ID}#/page/${groupId}`;
}

/** The category and the time zone live in the page's settings sheet. */
async function openSettings(page: Page): Promise<void> {
  await page.getByTestId('page-settings-open').click();
  await page.getByTestId('category-select').waitFor();
}

async function screenFigures(page: Page) {
  return {
    erPercent: await page.getByTestId('er-percent').innerText(),
    erAchievement: await page.getByTestId('er-achievement').innerText(),
    periods: await Promise.all([1, 2, 3, 4].map((i) => page.getByTestId(`period-count-${i}`).innerText())),
  };
}

describe('scorecard: an admin opens the app from the community', () => {
  it('shows the ER, its achievement and the four period counts that the core computes', async () => {
    const page = await openScorecard(viewerOf(HEAD_ID));
    const expected = expectedFor(HEAD_ID);
    // Guard against a vacuous comparison: the head page posts and has views.
    expect(expected.er.percent).not.toBeNull();
    expect(expected.periods.slice(0, 2).every((n) => n > 0)).toBe(true);

    expect(await screenFigures(page)).toEqual({
      erPercent: formatPercent(expected.er.percent),
      erAchievement: formatPercent(expected.er.achievement),
      periods: expected.periods.map(String),
    });
    expect(await page.getByTestId('page-name').innerText()).toBe(
      'Администрация Лесногорского муниципального округа',
    );
    expect(await page.getByTestId('demo-label').innerText()).toBe('Демо-режим: данные смоделированы');
  });

  it('recomputes the threshold when the admin changes the page category', async () => {
    const page = await openScorecard(`role=admin&group=${HEAD_ID}`);
    await expect.poll(() => page.getByText('порог: 3 поста в каждый период').count()).toBe(1);
    await openSettings(page);
    await page.getByTestId('category-select').selectOption('flagship');
    await expect.poll(() => page.getByText('порог: 5 постов в каждый период').count()).toBe(1);
    await page.getByTestId('category-select').selectOption('card');
    await expect.poll(() => page.getByText('визитка: частота публикаций не оценивается').count()).toBe(1);
  });

  it('counts the periods by calendar days of the zone the admin picks', async () => {
    const page = await openScorecard(`role=admin&group=${HEAD_ID}`);
    await openSettings(page);
    await page.getByTestId('time-zone-select').selectOption('Asia/Vladivostok');
    const expected = expectedFor(HEAD_ID, 'Asia/Vladivostok').periods.map(String);
    // The zone must matter for this world, or the test would prove nothing.
    expect(expected).not.toEqual(expectedFor(HEAD_ID).periods.map(String));
    await expect
      .poll(() => Promise.all([1, 2, 3, 4].map((i) => page.getByTestId(`period-count-${i}`).innerText())))
      .toEqual(expected);
  });

  it('shows the compliant page as meeting the ER target, and the failing page with its gaps', async () => {
    const compliant = await openScorecard(viewerOf(COMPLIANT_ID));
    const good = expectedFor(COMPLIANT_ID);
    expect(good.er.percent).toBeGreaterThanOrEqual(3);
    expect(await compliant.getByTestId('er-percent').innerText()).toBe(formatPercent(good.er.percent));
    expect(await compliant.getByText('Цель достигнута').count()).toBe(1);

    const failing = await openScorecard(viewerOf(FAILING_ID));
    const bad = expectedFor(FAILING_ID);
    expect(bad.er.percent).toBeLessThan(3);
    expect(await failing.getByTestId('er-percent').innerText()).toBe(formatPercent(bad.er.percent));
    expect(await failing.getByTestId('er-reactions-needed').innerText()).toBe(String(bad.er.reactionsNeeded));
    for (const id of ['cover', 'avatar', 'description']) {
      expect(await failing.getByTestId(`requirement-${id}`).innerText()).toContain('нет');
    }
    const today = failing.getByTestId('today');
    if (!(await today.innerText()).includes('Загрузите обложку'))
      await failing.getByTestId('today-more').click();
    expect(await today.locator('[data-kind="fix-requirement"]').first().innerText()).toMatch(
      /Загрузите обложку\n\+5 баллов к рейтингу/,
    );
  });

  it('says which page is private, what that means and what to do, without a useless retry', async () => {
    const app = await openApp(
      `/?demo=1&seed=${SEED}&now=${encodeURIComponent(NOW_ISO)}&role=admin#/page/${PRIVATE_ID}`,
    );
    const screen = app.page.getByTestId('page-unavailable');
    await screen.waitFor({ timeout: 20_000 });
    const text = await screen.innerText();
    expect(text).toContain('Закрытое сообщество');
    expect(text).toContain('МКУ «Централизованная бухгалтерия»');
    expect(text).toContain('добавить вас в участники');
    expect(await screen.getByRole('button', { name: 'Попробовать снова' }).count()).toBe(0);
  });

  it('asks for the wall and stats rights only when the admin taps, and says when they are refused', async () => {
    const page = await openScorecard(`role=admin&group=${HEAD_ID}`);
    expect(await page.getByText('отлож.', { exact: false }).count()).toBe(0);
    await page.getByRole('button', { name: 'Учесть отложенные посты' }).click();
    await expect.poll(() => page.getByText(/\+\d+ отлож\./).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Показать точный охват' }).click();
    await expect.poll(() => page.getByText('по статистике сообщества').count()).toBe(1);

    const refused = await openScorecard(`role=admin&group=${HEAD_ID}&deny=stats`);
    await refused.getByRole('button', { name: 'Показать точный охват' }).click();
    await expect
      .poll(() => refused.getByText('Доступ к статистике не выдан: показана оценка по просмотрам.').count())
      .toBe(1);
    // A refusal is not final: the admin can ask again.
    expect(await refused.getByRole('button', { name: 'Разрешить доступ к статистике' }).count()).toBe(1);
  });

  it('explains why it needs access when the viewer refuses the token, and offers a retry', async () => {
    const app = await openApp(
      `/?demo=1&seed=${SEED}&now=${encodeURIComponent(NOW_ISO)}&role=admin&deny=token`,
    );
    const error = app.page.getByTestId('scorecard-error');
    await error.waitFor({ timeout: 20_000 });
    const text = await error.innerText();
    expect(text).toContain('Доступ не выдан');
    expect(text).toContain('посчитать рейтинг');
    expect(await error.getByRole('button', { name: 'Попробовать снова' }).count()).toBe(1);
  });

  it('follows the appearance VK asks for', async () => {
    const dark = await openApp(
      `/?demo=1&seed=${SEED}&now=${encodeURIComponent(NOW_ISO)}&role=admin&theme=dark`,
    );
    await dark.page.getByTestId('scorecard-ready').waitFor({ timeout: 20_000 });
    expect(await dark.page.evaluate(() => document.documentElement.className)).toContain(
      'vkui--vkBase--dark',
    );
  });
});
