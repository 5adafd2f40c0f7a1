// Opened outside a community: the pages the viewer administers, asked for only on a tap.
import { describe, expect, it } from 'vitest';
import { CLEAN_SCREEN, PHONE, screenAudit } from './axe';
import { baseUrl, openApp } from './harness';
import { appUrl } from './serve-built';

const QUERY = '/?demo=1&seed=1&now=2026-11-18T15%3A00%3A00%2B03%3A00&role=none&outside=1';

describe('outside a community: the pages I administer', () => {
  it('explains the right first, lists the admin pages, opens a scorecard and comes back', async () => {
    const { page } = await openApp(QUERY, { viewport: PHONE });
    const show = page.getByRole('button', { name: 'Показать мои сообщества' });
    await show.waitFor({ timeout: 20_000 });
    // The right in plain words, not VK's scope name.
    expect(await page.getByText('доступ к списку ваших сообществ', { exact: false }).count()).toBe(1);
    expect(await page.getByText('«groups»', { exact: false }).count()).toBe(0);
    await show.click();

    const rows = page.getByTestId('my-page');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(5);
    expect(await rows.allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining('Администрация Лесногорского муниципального округа')]),
    );

    // On a phone a long name wraps between words (the install button sits under it, not beside it):
    // no word of any row is laid out over two lines.
    const splitWords = await page.getByTestId('my-page-open').evaluateAll((cells) =>
      cells.flatMap((cell) => {
        const split: string[] = [];
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const word of (node.textContent ?? '').matchAll(/\S+/g)) {
            const range = document.createRange();
            range.setStart(node, word.index);
            range.setEnd(node, word.index + word[0].length);
            if (range.getClientRects().length > 1) split.push(word[0]);
          }
        }
        return split;
      }),
    );
    expect(splitWords).toEqual([]);
    await expect.poll(() => screenAudit(page), { timeout: 15_000 }).toEqual(CLEAN_SCREEN);

    await rows.filter({ hasText: 'Гимназия № 3' }).getByTestId('my-page-open').click();
    await page.getByTestId('scorecard-ready').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('page-name').innerText()).toBe('МБОУ «Гимназия № 3»');

    await page.goBack();
    await expect.poll(() => page.getByTestId('my-page').count()).toBeGreaterThan(0);
  });

  it("says each page's verdict, the page's own, and opens the list its admins see inside it", async () => {
    const { page } = await openApp(QUERY, { viewport: PHONE });
    await page.getByRole('button', { name: 'Показать мои сообщества' }).click();
    const rows = page.getByTestId('my-page');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(5);
    // Every row gets its word and the rating beside it.
    await expect
      .poll(() => page.locator('[data-testid="my-page"][data-status]').count(), { timeout: 20_000 })
      .toBe(5);
    const statuses = await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-status')));
    expect(statuses).toEqual(expect.arrayContaining(['ok', 'fail']));
    const district = rows.filter({ hasText: 'Администрация Лесногорского' });
    const listed = await district.getAttribute('data-status');
    expect(await district.getByTestId('my-page-verdict').innerText()).toMatch(/рейтинг \d+,\d\d\u00a0%/);

    // The word in the list is the word on the page.
    await district.getByTestId('my-page-open').click();
    await page.getByTestId('scorecard-ready').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('page-verdict').getAttribute('data-status')).toBe(listed);
    await page.goBack();

    // «Подведомственные»: the page's own list, kept in the community.
    await rows.filter({ hasText: 'Администрация Лесногорского' }).getByTestId('my-page-children').click();
    await page.getByTestId('add-pages').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('list-place').innerText()).toContain('хранится в сообществе');
    await page.getByRole('button', { name: 'Из блока «Ссылки»' }).click();
    await page.getByTestId('confirm-add').click();
    await page.getByTestId('progress').filter({ hasText: 'Обновлено' }).waitFor({ timeout: 30_000 });
    const added = await page.getByTestId('child-row').count();
    expect(added).toBeGreaterThan(0);

    // Inside the community, its admins see the very same list.
    await page.goto(
      appUrl(baseUrl(), `${QUERY.replace('role=none&outside=1', 'role=admin&group=219000001')}#/children`),
    );
    await page.getByTestId('list-place').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('list-place').innerText()).toContain(`Страниц в списке: ${added}`);
  });

  it('installs the app from a row without leaving the list', async () => {
    const { page } = await openApp(QUERY);
    await page.getByRole('button', { name: 'Показать мои сообщества' }).click();
    const rows = page.getByTestId('my-page');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(5);
    await rows.first().getByTestId('my-page-install').click();
    await expect
      .poll(() => page.getByText('Приложение добавлено в меню сообщества', { exact: false }).count())
      .toBe(1);
    expect(await page.getByTestId('scorecard-ready').count()).toBe(0);
  });

  it('copies the guide for subordinate admins and says so', async () => {
    const { page } = await openApp(QUERY);
    const copy = page.getByRole('button', { name: 'Скопировать инструкцию' });
    await copy.waitFor({ timeout: 20_000 });
    await copy.click();
    await expect.poll(() => page.getByText('Инструкция скопирована', { exact: false }).count()).toBe(1);
  });

  it('says what happened when the viewer refuses the groups right', async () => {
    const { page } = await openApp(`${QUERY}&deny=groups`);
    await page.getByRole('button', { name: 'Показать мои сообщества' }).click();
    const error = page.getByTestId('my-pages-error');
    await error.waitFor({ timeout: 10_000 });
    expect(await error.innerText()).toContain('к списку ваших сообществ');
  });
});
