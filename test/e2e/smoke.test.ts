import { describe, expect, it } from 'vitest';
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
});
