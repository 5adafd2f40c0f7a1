// The supervisor's day in the real built app: import the regional list (a Windows-1251 CSV as Russian
// Excel saves it), see every line's outcome, refresh, sort by worst, open a child's scorecard and step
// to the next one, come back, and export the table (the file's contents checked). Then, on a phone
// and a desktop: every row's status is the core verdict, the status filter shows exactly those rows
// (as many as the summary says), «Обновить» keeps the rows on screen, and no label is cut.
//
// Contracts the tests click and read (src/features/supervisor):
//   child-row            a row; data-status = its verdict (ok | risk | fail | unknown), data-child-id,
//                        data-pending while a refresh has not replaced it yet
//   filter-all / filter-fail / filter-risk   the status filter's options (the label to click), with
//                        data-count; filter-ok / filter-unknown join while chosen from the summary
//   summary-ok / summary-risk / summary-fail / summary-unknown   the summary's counts (buttons that
//                        set the filter), with data-count
//   sort-worst / sort-rating / sort-name     the order's options
//   refresh, progress, progress-remaining    «Обновить», its status line, «Ещё N страниц загружаются…»
//   table-actions        the toolbar; desktop: export-csv, export-xlsx, export-copy and
//                        open-children-posters buttons; phone: export-menu opens them as a sheet
//   replies-control      «Ответы подписчикам»: replies-read (read or read again), replies-stop,
//                        replies-status (its progress and outcome), replies-failed, replies-managers-note
//   child-replies        a row's replies line (data-tone ok | risk | bad | unknown); child-replies-failed
//                        and child-replies-retry when its read failed
//   sort-waiting / sort-slowest   the orders by replies, shown once they are read
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CLEAN_SCREEN, screenAudit } from './axe';
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

    // Worst first (the default): pages that fail head the table, the compliant gymnasium ends it.
    const rows = page.getByTestId('child-row');
    expect(await rows.first().getAttribute('data-status')).toBe('fail');
    expect(await rows.last().getAttribute('data-child-id')).toBe('219000006');
    expect(await rows.last().getAttribute('data-status')).toBe('ok');
    // The private page has no figures: «Нет данных» with its sentence, no second mark repeating it
    // (the export carries it as a flag).
    const closed = page.locator('[data-child-id="219000024"]');
    expect(await closed.getAttribute('data-status')).toBe('unknown');
    expect(await closed.innerText()).toMatch(/Нет данных[\s\S]*Закрытое сообщество/);
    expect(await closed.getByTestId('data-flag').count()).toBe(0);
    await page.getByTestId('sort-name').click();
    const byName = await rows.allInnerTexts();
    await page.getByTestId('sort-worst').click();
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
    await page.getByTestId('page-settings-open').click();
    await page.getByTestId('category-select').selectOption('flagship');
    await page.getByRole('button', { name: 'Закрыть' }).first().click();
    await expect.poll(() => page.getByTestId('category-select').count()).toBe(0);
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
      /по методике мониторинга \d+,\d{2}\s%/,
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
      /\d+,\d{2}\s%/,
    )![0];
    await school.click();
    await page.getByTestId('scorecard-ready').waitFor({ timeout: 20_000 });
    await page.getByTestId('er-details').click();
    await page.getByTestId('er-monitoring').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('er-monitoring').innerText()).toBe(refinedFigure);
    // The row counted that figure in its rating, and so does the page: the one ER on the card is it.
    expect(await page.getByTestId('er-percent').innerText()).toBe(refinedFigure);
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
    expect(csv).toContain(';Доступность;ER по методике мониторинга %;Полнота данных;Статус;Что не так');
    expect(csv).toMatch(/;Доступна;\d+,?\d*;охват — оценка[^;\r\n]*;(Выполняет|В зоне риска|Не выполняет);/);
    // The failing kindergarten: its verdict and what is wrong, as its row says it.
    expect(csv).toMatch(/Ласточка.*;Не выполняет;[^\r\n]*нет обложки/);
    expect(csv).toMatch(/\r\nНе выполняют;\d+\r\n/);
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

/** The head page's links block, added and read: the demo district's subordinate pages. */
async function addFromLinksBlock(page: Page): Promise<number> {
  await page.getByTestId('add-pages').waitFor({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Из блока «Ссылки»' }).click();
  await page.getByTestId('confirm-add').click();
  await page.getByTestId('progress').filter({ hasText: 'Обновлено' }).waitFor({ timeout: 30_000 });
  const listed = Number(/Страниц в списке: (\d+)/.exec(await page.getByTestId('list-place').innerText())![1]);
  await expect.poll(() => page.getByTestId('child-row').count()).toBe(listed);
  return listed;
}

const statusesOf = (page: Page) =>
  page.getByTestId('child-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-status')));

const countIn = async (page: Page, testId: string) =>
  Number(await page.getByTestId(testId).getAttribute('data-count'));

/** Text inside the given controls that does not fit its box (cut by an ellipsis or clipped). */
function cutLabels(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((controls) =>
    controls.flatMap((control) =>
      [control, ...control.querySelectorAll('*')].flatMap((el) => {
        if (!(el instanceof HTMLElement) || el.getClientRects().length === 0) return [];
        // Visually hidden helpers (1 px boxes for screen readers) are not labels.
        if (el.clientWidth <= 1 || !el.textContent?.trim()) return [];
        return el.scrollWidth > el.clientWidth
          ? [`${el.textContent.trim()} (${el.scrollWidth} > ${el.clientWidth})`]
          : [];
      }),
    ),
  );
}

interface RefreshRecord {
  minRows: number;
  maxPending: number;
  progress: string[];
}

describe.each([
  { name: 'phone', viewport: { width: 390, height: 844 } },
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
])('supervisor on a $name', ({ name, viewport }) => {
  it('shows the core verdict per row, filters exactly by it, refreshes in place and cuts no label', async () => {
    const { page } = await openApp(`/?demo=1&seed=1&now=${NOW}&role=admin#/children`, { viewport });
    const total = await addFromLinksBlock(page);

    // Every row carries its verdict; the summary's four counts are the rows' own.
    const all = await statusesOf(page);
    expect(all).toHaveLength(total);
    for (const status of ['ok', 'risk', 'fail', 'unknown'])
      expect(all.filter((s) => s === status)).toHaveLength(await countIn(page, `summary-${status}`));
    // Known failing pages of the demo: «Ласточка» fails in every way (ER 0 %, no cover, avatar or
    // description); the «Юбилейный» house of culture posts enough with a high ER but has no cover.
    // Neither may look compliant.
    const lastochka = page.locator('[data-child-id="219000014"]');
    expect(await lastochka.getAttribute('data-status')).toBe('fail');
    expect(await lastochka.innerText()).toMatch(/Не выполняет[\s\S]*нет обложки/);
    const yubileyny = page.locator('[data-child-id="219000016"]');
    expect(await yubileyny.getAttribute('data-status')).toBe('fail');
    expect(await yubileyny.getByTestId('child-reasons').innerText()).toBe('Нет обложки');
    // The deleted page says so, and fails.
    const deleted = page.locator('[data-child-id="219000027"]');
    expect(await deleted.getAttribute('data-status')).toBe('fail');
    expect(await deleted.innerText()).toContain('Сообщество удалено');

    // «Не выполняют»: exactly the rows whose data-status is fail, as many as the summary counts.
    await page.getByTestId('filter-fail').click();
    const failing = await statusesOf(page);
    expect(failing.length).toBeGreaterThan(0);
    expect(failing.every((s) => s === 'fail')).toBe(true);
    expect(failing).toHaveLength(all.filter((s) => s === 'fail').length);
    expect(failing).toHaveLength(await countIn(page, 'summary-fail'));
    expect(failing).toHaveLength(await countIn(page, 'filter-fail'));
    // «В зоне риска» likewise.
    await page.getByTestId('filter-risk').click();
    const risky = await statusesOf(page);
    expect(risky.every((s) => s === 'risk')).toBe(true);
    expect(risky).toHaveLength(await countIn(page, 'summary-risk'));
    // A count in the summary sets the same filter.
    await page.getByTestId('summary-fail').click();
    expect(await statusesOf(page)).toEqual(failing);
    await page.getByTestId('filter-all').click();
    expect(await statusesOf(page)).toHaveLength(total);

    // One main landmark, one h1, every control labelled: no serious accessibility finding. (The
    // pointer leaves the controls first: a hovered segment is drawn half transparent.)
    await page.getByTestId('list-place').hover();
    await expect.poll(() => screenAudit(page), { timeout: 15_000 }).toEqual(CLEAN_SCREEN);

    // Mid-month the letter's «выполнили» is not final yet, and the summary says so.
    expect(await page.getByTestId('summary-month-note').innerText()).toContain(
      'итог месяца будет после 28 ноября',
    );

    // Nothing cut: the toolbar, the add-pages buttons, the segmented controls.
    const controls = [
      '[data-testid="table-actions"] button',
      '[data-testid="add-pages"] button',
      '[data-testid="add-pages"] label',
      '.sup-segments label',
    ].join(', ');
    expect(await cutLabels(page, controls)).toEqual([]);
    if (name === 'phone') {
      await page.getByTestId('export-menu').click();
      await page.getByTestId('export-xlsx').waitFor();
      expect(
        await cutLabels(page, '[data-testid^="export-"], [data-testid="open-children-posters"]'),
      ).toEqual([]);
    }
    expect(await page.getByTestId('export-csv').innerText()).toBe('Скачать таблицу CSV');
    expect(await page.getByTestId('export-xlsx').innerText()).toBe('Скачать таблицу Excel (XLSX)');
    if (name === 'phone') {
      // From the sheet, the file is the same as the desktop's button gives.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('export-csv').click(),
      ]);
      const csv = await readFile((await download.path())!, 'utf8');
      expect(csv).toContain(';Статус;Что не так');
      await expect.poll(() => page.getByTestId('export-xlsx').count()).toBe(0);
    }

    // «Обновить»: the rows stay on screen, dimmed, and each is replaced as its page answers. A
    // MutationObserver records every state the DOM passes through.
    await page.evaluate(() => {
      const record: RefreshRecord = { minRows: Number.POSITIVE_INFINITY, maxPending: 0, progress: [] };
      (window as unknown as { refreshRecord: RefreshRecord }).refreshRecord = record;
      new MutationObserver(() => {
        const rows = document.querySelectorAll('[data-testid="child-row"]').length;
        record.minRows = Math.min(record.minRows, rows);
        record.maxPending = Math.max(record.maxPending, document.querySelectorAll('[data-pending]').length);
        const text = document.querySelector('[data-testid="progress"]')?.textContent ?? '';
        if (record.progress.at(-1) !== text) record.progress.push(text);
      }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    await page.getByTestId('refresh').click();
    // Right after the click: every row is still in the DOM.
    expect(await page.getByTestId('child-row').count()).toBe(total);
    await page.getByTestId('progress').filter({ hasText: 'Обновлено' }).waitFor({ timeout: 30_000 });
    const record = await page.evaluate(
      () => (window as unknown as { refreshRecord: RefreshRecord }).refreshRecord,
    );
    expect(record.minRows).toBe(total);
    expect(record.maxPending).toBeGreaterThan(0);
    // The count rose as the results streamed in: a value between 0 and the total was on screen.
    const counts = record.progress.flatMap((text) => {
      const match = /Обновляем: (\d+) из/.exec(text);
      return match ? [Number(match[1])] : [];
    });
    expect(counts[0]).toBe(0);
    expect(counts.some((n) => n > 0 && n < total)).toBe(true);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    // Updated: nothing waits any more; the same pages, the same verdicts (the demo did not change).
    expect(await page.locator('[data-pending]').count()).toBe(0);
    expect((await statusesOf(page)).sort()).toEqual([...all].sort());
  });
});

describe('supervisor: «Ответы подписчикам» per page', () => {
  it('reads every page on request and sorts the most waiting first', async () => {
    const { page } = await openApp(`/?demo=1&seed=1&now=${NOW}&role=admin#/children`, {
      viewport: { width: 390, height: 844 },
    });
    const listed = await addFromLinksBlock(page);
    // The screen's own stylesheet wins its ties with the entry's (index.html's boot script adds the
    // entry's in <head>, above every chunk's): the search field keeps its room for the magnifier.
    const search = page.locator('input[placeholder="Поиск по названию"]');
    expect(await search.evaluate((el) => getComputedStyle(el).paddingInlineStart)).toBe('36px');
    await page.getByTestId('replies-read').click();
    await page
      .getByTestId('replies-status')
      .filter({ hasText: 'Ответы подписчикам посчитаны' })
      .waitFor({ timeout: 60_000 });
    const withReplies = await page.getByTestId('child-replies').count();
    const failed = await page.getByTestId('child-replies-failed').count();
    // Every readable page has its line (deleted or private pages have no posts to read).
    expect(withReplies + failed).toBeGreaterThan(listed / 2);

    await page.getByTestId('sort-waiting').click();
    const waiting = await page.getByTestId('child-row').evaluateAll((rows) =>
      rows.map((row) => {
        const text = row.querySelector('[data-testid="child-replies"]')?.textContent ?? '';
        const match = /Ждут ответа: (\d+)/.exec(text);
        return match ? Number(match[1]) : text.includes('Никто не ждёт') || text.includes('нет') ? 0 : -1;
      }),
    );
    const known = waiting.filter((n) => n >= 0);
    expect(known.length).toBeGreaterThan(0);
    expect(known[0]).toBeGreaterThan(0);
    expect(known).toEqual([...known].sort((a, b) => b - a));
    // Rows without figures come last.
    expect(waiting.slice(0, known.length)).toEqual(known);
  });
});
