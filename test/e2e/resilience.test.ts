// When the network or VK lets the app down, in the real built app: a screen whose chunk does not
// arrive (a dropped connection in VK's WebView) says so with «Повторить», which loads it once the
// connection is back, while the header, the back button and the other screens keep working; and a
// launch with VK's params outside VK's frame (VK Bridge never answers) ends in words, not skeletons.
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CLEAN_SCREEN, screenAudit } from './axe';
import { openApp } from './harness';

const NOW_ISO = '2026-11-18T15:00:00+03:00';
const ADMIN = `/?demo=1&seed=1&role=admin&now=${encodeURIComponent(NOW_ISO)}`;

/**
 * Opens the admin's home with the requests for one chunk (by the start of its file name) aborted, as a
 * dropped connection would, until `online()`. The route is in place before the app starts.
 */
async function openWithChunkDropped(
  name: string,
): Promise<{ page: Page; dropped: string[]; online(): void }> {
  // A plain 404 first, so that nothing of the app loads before the route is set.
  const { page } = await openApp('/not-the-app.txt', { waitUntil: 'commit' });
  const state = { offline: true };
  const dropped: string[] = [];
  const pattern = new RegExp(`/assets/${name}-[^/]*\\.js$`);
  await page.route(
    (url) => pattern.test(url.pathname),
    async (route: Route) => {
      if (!state.offline) return route.continue();
      dropped.push(route.request().url());
      return route.abort('internetdisconnected');
    },
  );
  await page.goto(new URL(ADMIN, page.url()).href);
  return { page, dropped, online: () => void (state.offline = false) };
}

describe('a chunk that fails to load', () => {
  it('the scorecard says it did not load, keeps the header and the sections, and «Повторить» brings it', async () => {
    const { page, ...chunk } = await openWithChunkDropped('ScorecardPanel');

    const error = page.getByTestId('screen-error-chunk');
    await error.waitFor({ timeout: 20_000 });
    expect(await error.innerText()).toContain('Экран не загрузился');
    expect(await error.innerText()).toContain('прервалась связь с интернетом');
    expect(chunk.dropped.length).toBeGreaterThan(0);
    expect(await page.locator('h1').innerText()).toBe('Пульс госпаблика');
    expect(await page.getByTestId('page-verdict').count()).toBe(0);
    // The home's sections stay below the error: the rest of the app is one tap away.
    expect(await page.getByTestId('giveaways-open').count()).toBe(1);
    expect(await screenAudit(page)).toEqual(CLEAN_SCREEN);

    // Still offline: «Повторить» tries again (a new request) and says the same.
    const before = chunk.dropped.length;
    await page.getByRole('button', { name: 'Повторить' }).click();
    await expect.poll(() => chunk.dropped.length, { timeout: 10_000 }).toBeGreaterThan(before);
    await error.waitFor({ timeout: 10_000 });

    chunk.online();
    await page.getByRole('button', { name: 'Повторить' }).click();
    await page.getByTestId('page-verdict').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('screen-error-chunk').count()).toBe(0);
  });

  it('a failed section keeps its header and back button; the home works; «Повторить» loads it', async () => {
    const { page, ...chunk } = await openWithChunkDropped('giveaways');
    await page.getByTestId('page-verdict').waitFor({ timeout: 20_000 });

    await page.getByTestId('giveaways-open').click();
    const error = page.getByTestId('screen-error-chunk');
    await error.waitFor({ timeout: 20_000 });
    expect(await page.locator('h1').innerText()).toBe('Розыгрыши');

    // Back to the home screen: it works as before.
    await page.getByRole('button', { name: 'Назад' }).click();
    await page.getByTestId('page-verdict').waitFor({ timeout: 20_000 });
    expect(await page.locator('h1').innerText()).toBe('Пульс госпаблика');

    // Again to the giveaways, still offline: the same words; online again, «Повторить» loads the list.
    await page.getByTestId('giveaways-open').click();
    await error.waitFor({ timeout: 20_000 });
    chunk.online();
    await page.getByRole('button', { name: 'Повторить' }).click();
    await page.getByTestId('giveaway-create').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('screen-error-chunk').count()).toBe(0);
  });
});

describe('VK Bridge that never answers', () => {
  it("opened with VK's launch params outside VK's frame: the scorecard says why within seconds", async () => {
    const launch =
      '/?vk_user_id=1&vk_app_id=51000001&vk_group_id=219000001&vk_viewer_group_role=admin' +
      '&vk_platform=desktop_web&vk_language=ru&vk_ts=1763467200&sign=outside';
    const started = Date.now();
    const { page } = await openApp(launch);
    await page.getByTestId('scorecard-loading').waitFor({ timeout: 10_000 });
    const error = page.getByTestId('scorecard-error');
    await error.waitFor({ timeout: 25_000 });
    expect(Date.now() - started).toBeLessThan(25_000);
    const text = await error.innerText();
    expect(text).toContain('ВКонтакте не отвечает приложению');
    expect(text).toContain('открыто не внутри ВКонтакте');
    expect(await page.getByTestId('scorecard-loading').count()).toBe(0);
    expect(await error.getByRole('button').count()).toBe(1);
    expect(await screenAudit(page)).toEqual(CLEAN_SCREEN);
  });
});
