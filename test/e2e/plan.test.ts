// «План публикаций» in the built app over the demo world: a clerk opens the plan from «Что сделать
// сегодня», picks a topic, edits its draft and starts the post in VK's post box (the demo's); the
// plan counts the post at once.
import { describe, expect, it } from 'vitest';
import { openApp } from './harness';

const NOW_ISO = '2026-12-06T12:00:00+03:00';
const BASE = `/?demo=1&seed=1&now=${encodeURIComponent(NOW_ISO)}&role=admin`;
const PHONE = { width: 390, height: 844 };
// At risk in the demo: 0 of 3 posts in period 1 (1–7 December) on the 6th (docs/demo.md).
const AT_RISK = 219000019;

describe('«План публикаций»', () => {
  it('a clerk opens the plan from «Что сделать сегодня» and starts a draft', async () => {
    const { page } = await openApp(`${BASE}&group=${AT_RISK}`, { viewport: PHONE });
    const item = page.getByTestId('top-action');
    await item.waitFor({ timeout: 20_000 });
    expect(await item.innerText()).toContain('Запланируйте 3 поста до 7 декабря');
    await item.getByTestId('action-button').click();

    await page.getByTestId('plan').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('plan-title').innerText()).toBe('Запланируйте 3 поста до 7 декабря');
    await page.getByTestId('plan-choose-topic').click();
    const first = page.locator('[data-testid="plan-ideas"] [data-testid^="plan-idea-"]').first();
    await first.click();
    const draft = page.getByTestId('plan-draft');
    expect(await draft.getByTestId('plan-draft-text').inputValue()).toMatch(/\[.+\]/);
    // The plan's next slot is today: the period ends tomorrow.
    expect(await draft.getByTestId('plan-draft-when').innerText()).toMatch(/6 декабря, вс, \d\d:00/);
    await draft.getByTestId('plan-draft-text').fill('Итоги недели: провели приём граждан и субботник.');
    await draft.getByTestId('plan-create-post').click();

    // VK's post box (the demo's) opens with the edited text; the admin publishes it.
    const box = page.getByTestId('demo-post-box');
    await box.waitFor();
    expect(await box.getByTestId('demo-post-box-text').inputValue()).toBe(
      'Итоги недели: провели приём граждан и субботник.',
    );
    await box.getByTestId('demo-post-box-publish').click();
    expect(await draft.getByTestId('plan-outcome').innerText()).toContain('Запись создана');
    await page.getByTestId('plan-title').filter({ hasText: 'Запланируйте 2 поста' }).waitFor();
  });
});
