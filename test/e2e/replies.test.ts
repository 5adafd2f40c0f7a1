// «Ответы подписчикам» in the built app over the demo world: a clerk answers the oldest waiting comment
// from the app and it leaves the list at once; a refused right keeps the typed answer; the scorecard's
// card leads to the screen.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HEAD_ID } from '../../src/demo/pages';
import { openApp } from './harness';

const NOW_ISO = '2026-12-06T12:00:00+03:00';
const SEED = 1;
const BASE = `/?demo=1&seed=${SEED}&now=${encodeURIComponent(NOW_ISO)}&role=admin`;
const SIZES = { phone: { width: 390, height: 844 } } as const;
// The district's head page: its subscribers' comments of the month wait in dozens (docs/demo.md).
const PAGE = HEAD_ID;

async function openReplies(extra = ''): Promise<Page> {
  const app = await openApp(`${BASE}${extra}#/replies/${PAGE}`, { viewport: SIZES.phone });
  await app.page.getByTestId('replies').waitFor({ timeout: 20_000 });
  return app.page;
}

async function waitingIds(page: Page): Promise<string[]> {
  const cards = await page.getByTestId('waiting-comment').all();
  return Promise.all(cards.map(async (card) => (await card.getAttribute('data-comment-id')) ?? ''));
}

describe('«Ответы подписчикам»', () => {
  it('answers the oldest waiting comment from the app, and it leaves the list at once', async () => {
    const page = await openReplies();
    const before = await waitingIds(page);
    expect(before.length).toBeGreaterThan(1);
    const headline = await page.getByTestId('replies-headline').innerText();
    expect(headline).toContain(`Ждут ответа: ${before.length}`);

    const oldest = page.getByTestId('waiting-comment').first();
    await oldest.getByTestId('answer-open').click();
    await oldest.getByTestId('answer-text').fill('Здравствуйте! Спасибо за вопрос, ответим подробно завтра.');
    await oldest.getByTestId('answer-send').click();

    await page.locator(`[data-testid="waiting-comment"][data-comment-id="${before[0]}"]`).waitFor({
      state: 'detached',
    });
    expect(await waitingIds(page)).toEqual(before.slice(1));
    expect(await page.getByTestId('replies-headline').innerText()).toContain(
      `Ждут ответа: ${before.length - 1}`,
    );
  });

  it('keeps the typed answer and says why when the right to post is refused', async () => {
    const page = await openReplies('&deny=wall');
    const before = await waitingIds(page);
    const first = page.getByTestId('waiting-comment').first();
    await first.getByTestId('answer-open').click();
    await first.getByTestId('answer-text').fill('Ответ, который нельзя потерять');
    await first.getByTestId('answer-send').click();
    await first.getByTestId('answer-error').waitFor();
    expect(await first.getByTestId('answer-error').innerText()).toContain('текст ответа сохранён');
    expect(await first.getByTestId('answer-text').inputValue()).toBe('Ответ, который нельзя потерять');
    // The way to answer anyway: the thread in VK.
    expect(await first.getByTestId('answer-error').getByTestId('open-thread').count()).toBe(1);
    expect(await waitingIds(page)).toEqual(before);
  });

  it('leads from the scorecard’s card to the screen', async () => {
    const app = await openApp(`${BASE}&group=${PAGE}`, { viewport: SIZES.phone });
    // The admin's home is the page's scorecard; the card sits below the answer.
    const card = app.page.getByTestId('open-replies');
    await card.waitFor({ timeout: 20_000 });
    expect(await card.innerText()).toMatch(/Ждут ответа: \d+/);
    await card.click();
    await app.page.getByTestId('replies').waitFor({ timeout: 20_000 });
  });
});
