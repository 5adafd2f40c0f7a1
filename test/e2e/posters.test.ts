// QR posters in the built app: the head page's poster (preview, call to action, SVG and PNG files,
// printing from a hidden frame) and the supervisor's posters for the pages of the list.
import vkQr from '@vkontakte/vk-qr';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CLEAN_SCREEN, PHONE, screenAudit } from './axe';
import { openApp } from './harness';

const NOW = '2026-11-18T15%3A00%3A00%2B03%3A00';
const HEAD = `/?demo=1&seed=1&now=${NOW}&role=admin&group=219000001`;

/** The QR code's drawing as the app embeds it: everything inside vk-qr's root <svg>. */
function qrBody(url: string): string {
  const svg = vkQr.createQR(url, { qrSize: 512, isShowLogo: true, foregroundColor: '#000000' });
  return /<svg\b[^>]*>([\s\S]*)<\/svg>\s*$/.exec(svg)![1]!;
}

async function download(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).first().click()]);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

/** Elements under `selector` whose text the page cuts (wider than their box, as «…» shows it). */
function cutTexts(page: Page, selector: string): Promise<string[]> {
  return page
    .locator(selector)
    .evaluateAll((roots) =>
      roots.flatMap((root) =>
        [root, ...root.querySelectorAll('*')]
          .filter((el) => el.scrollWidth > el.clientWidth + 1 && (el.textContent ?? '').trim() !== '')
          .map((el) => (el.textContent ?? '').trim()),
      ),
    );
}

/** Parses the file in the browser: a well-formed SVG document, and what its texts say. */
function inspectSvg(page: Page, svg: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const lines = (id: string) =>
      [...(doc.getElementById(id)?.getElementsByTagName('tspan') ?? [])]
        .map((span) => span.textContent)
        .join(' ');
    return {
      errors: doc.getElementsByTagName('parsererror').length,
      root: doc.documentElement.getAttribute('viewBox'),
      cta: lines('poster-cta'),
      name: lines('poster-name'),
      link: lines('poster-link'),
      qrUses: doc.getElementById('poster-qr')?.getElementsByTagName('use').length ?? 0,
    };
  }, svg);
}

describe('QR posters', () => {
  it('makes the head page poster: preview, call to action, SVG, PNG and print', async () => {
    const { page } = await openApp(HEAD, { viewport: PHONE });
    await page.getByTestId('open-poster').click({ timeout: 20_000 });
    await page.getByTestId('poster-preview').waitFor({ timeout: 20_000 });
    expect(page.url()).toContain('#/poster/219000001');
    expect(await page.getByTestId('poster-places').innerText()).toBe('Рекомендуем не меньше 5 мест');
    await page.getByTestId('poster-type-culture').click();
    expect(await page.getByTestId('poster-places').innerText()).toBe('Рекомендуем не меньше 8 мест');

    await page.getByTestId('poster-cta').fill('Мы в ВКонтакте');
    await expect
      .poll(async () =>
        decodeURIComponent((await page.getByTestId('poster-preview').getAttribute('src')) ?? ''),
      )
      .toContain('>Мы в ВКонтакте<');
    // The field says how much is left instead of cutting the text silently.
    expect(await page.getByTestId('poster-cta-fit').innerText()).toMatch(/^Осталось 66 знаков\. /);

    // On a phone the buttons keep their whole names (they were «Скача… / Скача…»).
    const buttons = '[data-testid^="poster-download-"], [data-testid="poster-print"]';
    expect(await page.locator(buttons).allInnerTexts()).toEqual(['Скачать SVG', 'Скачать PNG', 'Печать']);
    expect(await cutTexts(page, buttons)).toEqual([]);
    await expect.poll(() => screenAudit(page), { timeout: 15_000 }).toEqual(CLEAN_SCREEN);

    const svg = await download(page, 'poster-download-svg');
    expect(svg.name).toBe('qr-lesnogorsk_adm.svg');
    const text = svg.bytes.toString('utf8');
    expect(await inspectSvg(page, text)).toEqual({
      errors: 0,
      root: '0 0 210 297',
      cta: 'Мы в ВКонтакте',
      name: 'Администрация Лесногорского муниципального округа',
      link: 'vk.com/lesnogorsk_adm',
      qrUses: expect.any(Number),
    });
    // The very code vk-qr draws for the page's address, with VK's logo.
    expect(text).toContain(qrBody('https://vk.com/lesnogorsk_adm'));
    expect(text).toContain('#vk_logo-0');

    const png = await download(page, 'poster-download-png');
    expect(png.name).toBe('qr-lesnogorsk_adm.png');
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect(png.bytes.readUInt32BE(16)).toBe(1240);
    expect(png.bytes.readUInt32BE(20)).toBe(1754);
    // 150 dpi declared right after IHDR (5906 pixels a metre), so 1240 × 1754 prints as A4.
    expect(png.bytes.subarray(37, 41).toString('latin1')).toBe('pHYs');
    expect(png.bytes.readUInt32BE(41)).toBe(5906);
    // Not a blank page: a drawn QR code does not compress to a few kilobytes.
    expect(png.bytes.length).toBeGreaterThan(20_000);

    // Printing: only the poster, one A4 page, from a hidden frame.
    await page.getByTestId('poster-print').click();
    const frame = page.frameLocator('[data-testid="poster-print-frame"]');
    await expect.poll(() => frame.locator('img').count(), { timeout: 10_000 }).toBe(1);
    const style = await frame.locator('style').innerText();
    expect(style).toContain('@page { size: A4 portrait; margin: 0 }');
    expect(await page.getByTestId('poster-files-error').count()).toBe(0);
  });

  it('shows the empty list and then the posters of the supervisor’s pages', async () => {
    const { page } = await openApp(`${HEAD}#/posters`);
    await page.getByTestId('posters-empty').waitFor({ timeout: 20_000 });

    const app = await openApp(`${HEAD}#/children`);
    const table = app.page;
    await table.getByTestId('add-pages').waitFor({ timeout: 20_000 });
    await table.locator('#paste-refs').fill('vk.com/lesnogorsk_school1, vk.com/club219000027, dk_yubileyny');
    await table.getByText('Проверить', { exact: true }).click();
    await table.getByTestId('confirm-add').click({ timeout: 20_000 });
    await expect.poll(() => table.getByTestId('child-row').count(), { timeout: 20_000 }).toBe(3);

    await table.getByTestId('open-children-posters').click();
    await table.getByTestId('posters-summary').waitFor({ timeout: 20_000 });
    const rows = table.getByTestId('poster-row');
    expect(await rows.count()).toBe(3);
    const byId = (id: number) => table.locator(`[data-testid="poster-row"][data-poster-id="${id}"]`);
    expect(await byId(219000027).getAttribute('data-status')).toBe('gone');
    expect(await byId(219000004).innerText()).toContain('vk.com/lesnogorsk_school1');
    // A school (5) and a house of culture (8).
    expect(await table.getByTestId('posters-summary').innerText()).toBe(
      'Плакаты для 2 страниц; по рекомендациям нужно повесить не меньше 13 плакатов.',
    );

    // The posters on a phone: the page names keep the width, the downloads sit under them.
    await table.setViewportSize(PHONE);
    expect(await cutTexts(table, '[data-testid="poster-row"]')).toEqual([]);
    await expect.poll(() => screenAudit(table), { timeout: 15_000 }).toEqual(CLEAN_SCREEN);
    expect(await table.locator('h1').innerText()).toBe('Плакаты с QR-кодами');
    await table.getByTestId('posters-cta').fill('Все новости здесь');
    const [file] = await Promise.all([
      table.waitForEvent('download'),
      byId(219000016).getByTestId('poster-row-svg').click(),
    ]);
    expect(file.suggestedFilename()).toBe('qr-dk_yubileyny.svg');
    const svg = await readFile((await file.path())!, 'utf8');
    expect(await inspectSvg(table, svg)).toMatchObject({
      errors: 0,
      cta: 'Все новости здесь',
      name: 'МБУК «Дом культуры "Юбилейный"»',
      link: 'vk.com/dk_yubileyny',
    });
    expect(svg).toContain(qrBody('https://vk.com/dk_yubileyny'));

    await table.getByTestId('posters-print-all').click();
    const frame = table.frameLocator('[data-testid="poster-print-frame"]');
    await expect.poll(() => frame.locator('img').count(), { timeout: 10_000 }).toBe(2);
  });
});
