import { describe, expect, it } from 'vitest';
import { CLEAN_SCREEN, PHONE, screenAudit } from './axe';
import { openApp } from './harness';

describe('smoke: the built app in Chromium', () => {
  it('opens the demo with the right title and renders into #root', async () => {
    const { page, consoleErrors } = await openApp('/?demo=1');

    expect(await page.title()).toBe('Пульс госпаблика');
    await expect
      .poll(
        () =>
          page.locator('#root').evaluate((el) => el.childElementCount + (el.textContent ?? '').trim().length),
        {
          timeout: 15_000,
        },
      )
      .toBeGreaterThan(0);
    expect(await page.locator('#root').isVisible()).toBe(true);
    expect(consoleErrors).toEqual([]);
  });

  it('is accessible on a phone: one main landmark, one h1, no serious axe findings', async () => {
    // A visitor's home (the page's giveaways, quizzes and «Мой рейтинг»): the app's frame — the layout,
    // the header's h1, the demo notice — around the subscriber's cards.
    const { page } = await openApp('/?demo=1&seed=1&role=none', { viewport: PHONE });
    await page.getByTestId('lb-my-card').waitFor({ timeout: 30_000 });
    await expect
      .poll(() => page.getByTestId('lb-my-card').getAttribute('data-state'), { timeout: 60_000 })
      .not.toBe('loading');
    await expect.poll(() => screenAudit(page), { timeout: 15_000 }).toEqual(CLEAN_SCREEN);
    expect(await page.locator('h1').innerText()).toBe('Пульс госпаблика');
  });
});
