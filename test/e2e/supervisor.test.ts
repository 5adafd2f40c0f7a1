// The supervisor's day in the real built app: import the regional list (a Windows-1251 CSV as Russian
// Excel saves it), see every line's outcome, refresh, sort by worst, open a child's scorecard and step
// to the next one, come back, and export the table (the file's contents checked).
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { openApp } from './harness';

const NOW = '2026-11-18T15%3A00%3A00%2B03%3A00';

/** Windows-1251 bytes of a Cyrillic CSV (the encoder covers what this file uses). */
function cp1251(text: string): Buffer {
  const bytes = [...text].map((ch) => {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    if (code === 0x401) return 0xa8;
    if (code === 0x451) return 0xb8;
    if (code === 0xab) return 0xab;
    if (code === 0xbb) return 0xbb;
    if (code === 0x2116) return 0xb9;
    throw new Error(`No Windows-1251 byte for ${ch}`);
  });
  return Buffer.from(bytes);
}

const REGIONAL_LIST = [
  'Наименование;Ссылка;Категория',
  'Школа № 1;https://vk.com/lesnogorsk_school1;активный',
  'Гимназия № 3;vk.com/club219000006;активный',
  'Детский сад «Ласточка»;https://vk.com/ds14_lastochka;активный',
  'Бухгалтерия;https://vk.com/club219000024;визитка',
  'Управление образования;https://vk.com/lesnogorsk_uo;флагманский',
  'Глава округа;https://vk.com/id500000008;активный',
  'Сайт школы;https://school1.example.ru;активный',
  ';;',
  'Школа № 1 (дубль);vk.com/lesnogorsk_school1;активный',
].join('\r\n');

describe('supervisor: import, refresh, sort, open a child, export', () => {
  it('runs the whole day', async () => {
    const { page } = await openApp(`/?demo=1&seed=1&now=${NOW}&role=admin#/children`);
    await page.getByTestId('add-pages').waitFor({ timeout: 20_000 });

    await page
      .locator('[data-testid="add-pages"] input[type=file]')
      .setInputFiles({ name: 'spisok.csv', mimeType: 'text/csv', buffer: cp1251(REGIONAL_LIST) });
    const preview = page.getByTestId('add-preview');
    await preview.waitFor({ timeout: 20_000 });
    const items = preview.getByTestId('preview-item');
    expect(await items.count()).toBe(9);
    expect(await preview.locator('[data-status="ok"]').count()).toBe(5);
    const texts = await items.allInnerTexts();
    expect(texts[5]).toMatch(/Строка 7:[\s\S]*личную страницу/);
    expect(texts[6]).toMatch(/Строка 8:[\s\S]*сторонний сайт/);
    expect(texts[8]).toMatch(/Строка 10:[\s\S]*пропущено/);
    expect(await page.getByTestId('list-place').innerText()).toContain('Страниц в списке: 0');

    await page.getByTestId('confirm-add').click();
    await expect.poll(() => page.getByTestId('child-row').count(), { timeout: 20_000 }).toBe(5);
    await expect.poll(() => page.getByTestId('progress').innerText()).toContain('Обновлено');
    expect(await page.getByTestId('list-place').innerText()).toContain('Страниц в списке: 5');
    expect(await page.getByTestId('summary-text').innerText()).toMatch(/^Количество групп для оценки — 4\./);

    // Worst first (the default): the private page, which has no figures, heads the table.
    const rows = page.getByTestId('child-row');
    expect(await rows.first().innerText()).toContain('Закрытое сообщество');
    // Its sentence names the state: no second mark repeats it (the export carries it as a flag).
    expect(await rows.first().getByTestId('data-flag').count()).toBe(0);
    await page.getByText('По имени', { exact: true }).click();
    const byName = await rows.allInnerTexts();
    await page.getByText('Худшие сверху', { exact: true }).click();
    expect(await rows.allInnerTexts()).not.toEqual(byName);

    // Open the second row, step to the next child, come back to the table.
    const secondId = await rows.nth(1).getAttribute('data-child-id');
    const thirdId = await rows.nth(2).getAttribute('data-child-id');
    await rows.nth(1).click();
    await page.getByTestId('scorecard-ready').waitFor({ timeout: 20_000 });
    expect(page.url()).toContain(`#/children/${secondId}`);
    await page.getByTestId('child-next').click();
    await expect.poll(() => page.url()).toContain(`#/children/${thirdId}`);
    await page.getByTestId('scorecard-ready').waitFor({ timeout: 20_000 });
    // The category set here is the list's: the table shows it when we come back.
    await page.getByTestId('category-select').selectOption('flagship');
    await page.getByTestId('child-back').click();
    await expect.poll(() => page.getByTestId('child-row').count()).toBe(5);
    await expect
      .poll(() => page.locator(`[data-child-id="${thirdId}"]`).innerText())
      .toContain('флагманский');

    // «Уточнить» on one row: its monitoring-grade ER appears beside the plain one, nothing else is read.
    const school = page.locator('[data-child-id="219000004"]');
    expect(await school.getByTestId('data-flag').allInnerTexts()).toContain('охват — оценка');
    await school.getByTestId('child-refine').click();
    await school.getByTestId('child-er-monitoring').waitFor({ timeout: 20_000 });
    expect(await school.getByTestId('child-er-monitoring').innerText()).toMatch(
      /по методике мониторинга \d+,\d{2} %/,
    );
    expect(await page.getByTestId('child-refine').count()).toBe(3);
    // The mark opens its explanation in place and does not open the page.
    await school.getByTestId('data-flag').first().locator('button').click();
    expect(await school.getByTestId('data-flag-explanation').innerText()).toContain(
      'Статистика сообщества не запрашивалась',
    );
    expect(page.url()).toContain('#/children');
    // Its scorecard shows the same monitoring-grade figure at once: the lists are not read again.
    const refinedFigure = (await school.getByTestId('child-er-monitoring').innerText()).match(
      /\d+,\d{2} %/,
    )![0];
    await school.click();
    await page.getByTestId('er-monitoring').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('er-monitoring').innerText()).toBe(refinedFigure);
    expect(await page.getByTestId('er-monitoring-request').count()).toBe(0);
    await page.getByTestId('child-back').click();
    await expect.poll(() => page.getByTestId('child-row').count()).toBe(5);

    // Export: UTF-8 with BOM, `;`, the summary on top, one line per page.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-csv').click(),
    ]);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('Количество групп для оценки — 4.');
    expect(csv).toContain('Наименование;Ссылка;Категория');
    expect(csv).toContain(';Статус;ER по методике мониторинга %;Полнота данных');
    expect(csv).toMatch(/;Доступна;\d+,?\d*;охват — оценка/);
    expect(csv).toContain('С неполными данными;5');
    for (const name of ['МБОУ «СОШ № 1»', 'МБОУ «Гимназия № 3»', 'МКУ «Централизованная бухгалтерия»']) {
      expect(csv).toContain(name.replace(/"/g, '""'));
    }

    // The same table as XLSX, read back with the library the import uses.
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-xlsx').click(),
    ]);
    const bytes = await readFile((await xlsx.path())!);
    const { readSheet } = await import('read-excel-file/universal');
    const sheet = (await readSheet(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
    )) as unknown[][];
    const headerAt = sheet.findIndex((row) => row[0] === 'Наименование');
    expect(headerAt).toBeGreaterThan(0);
    const names = sheet.slice(headerAt + 1).map((row) => row[0]);
    expect(names).toHaveLength(5);
    expect(names).toEqual(expect.arrayContaining(['МБОУ «СОШ № 1»', 'МБОУ «Гимназия № 3»']));

    // Taking a page off the list: confirmed, saved, and the table has one row less.
    await rows.first().click();
    await page.getByText('Убрать страницу из списка подведомственных').click();
    await page.getByTestId('child-remove-confirm').click();
    await expect.poll(() => page.getByTestId('child-row').count()).toBe(4);
    expect(await page.getByTestId('list-place').innerText()).toContain('Страниц в списке: 4');
  });
});
