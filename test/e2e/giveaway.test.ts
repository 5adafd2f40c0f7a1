// A giveaway from start to verification in the real built app: the admin creates it on one of the
// page's posts (the commitment comment appears), a subscriber sees their checklist and fixes it
// (joins the page, likes the post and tags a friend in the simulated post window), the admin draws
// after the draw time, and anyone verifies the published result. One browser context: the demo's
// session journal carries comments, likes and joins across the pages, as VK would. On a phone-sized
// screen, every step's screen is checked for accessibility (axe, one main landmark, one h1).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CLEAN_SCREEN, PHONE, screenAudit } from './axe';
import { appUrl } from './serve-built';
import { baseUrl, openApp } from './harness';

const enc = encodeURIComponent;
/**
 * Nine minutes after the demo page's newest post (seed 1: 18 November, 10:21 Moscow time): the
 * commitment must appear within 30 minutes of its post, so the admin binds a fresh post.
 */
const NOW = '2026-11-18T10:30:00+03:00';
/** After the draw time the admin sets (19 November, 12:00 in the page's zone). */
const LATER = '2026-11-19T15:00:00+03:00';

/**
 * Taps «Проверить сейчас» and returns the count; the funnel's rows never grow down the list and
 * the count is what is left after the exclusions.
 */
async function liveCount(page: Page): Promise<number> {
  const live = page.getByTestId('giveaway-live');
  const done = Number(await live.getAttribute('data-checks'));
  await page.getByTestId('giveaway-live-check').click();
  await expect
    .poll(async () => Number(await live.getAttribute('data-checks')), { timeout: 30_000 })
    .toBe(done + 1);
  expect(await page.getByTestId('giveaway-live-error').count()).toBe(0);
  const count = page.getByTestId('giveaway-live-count');
  const n = Number(await count.getAttribute('data-count'));
  const funnel = page.getByTestId('giveaway-live-funnel');
  expect(Number(await funnel.getAttribute('data-participants'))).toBe(n);
  const rows = await funnel
    .locator('[data-count]')
    .evaluateAll((cells) =>
      cells.map((c) => ({ id: c.getAttribute('data-testid'), n: Number(c.getAttribute('data-count')) })),
    );
  const steps = rows.filter((r) => r.id?.includes('-step-')).map((r) => r.n);
  const checked = rows.find((r) => r.id?.endsWith('-checked'))?.n ?? -1;
  const excluded = rows.find((r) => r.id?.endsWith('-excluded'))?.n ?? 0;
  expect([checked, ...steps]).toEqual([checked, ...steps].sort((x, y) => y - x));
  // Nobody to check yet: one line instead of the rows.
  expect(steps.length === 0 ? 0 : steps.at(-1)! - excluded).toBe(n);
  return n;
}

describe('giveaway: create, take part, draw, verify', () => {
  it('runs a fair giveaway end to end', async () => {
    const admin = await openApp(`/?demo=1&seed=1&now=${enc(NOW)}&role=admin#/giveaways`, { viewport: PHONE });
    const a = admin.page;
    await a.getByTestId('giveaway-create').click();
    await a.getByTestId('giveaway-prize').fill('Фирменная кружка «Лесногорск»');
    await a.getByTestId('giveaway-post-mode-pick').click();
    await a.getByTestId('giveaway-pick-post-0').click({ timeout: 20_000 });
    await a.getByTestId('giveaway-cond-like').click();
    await a.getByTestId('giveaway-cond-comment').click();
    await a.getByTestId('giveaway-cond-tags').fill('1');
    await a.getByTestId('giveaway-draw-at').fill('2026-11-19T12:00');
    await expect.poll(() => screenAudit(a), { timeout: 15_000 }).toEqual(CLEAN_SCREEN);
    await a.getByTestId('giveaway-submit').click();

    const adminView = a.getByTestId('giveaway-admin');
    await expect.poll(() => adminView.getAttribute('data-phase'), { timeout: 30_000 }).toBe('open');
    expect(await a.getByTestId('giveaway-commitment').innerText()).toMatch(/[0-9a-f]{8}/);
    const id = /#\/giveaway\/([A-Za-z0-9_-]{8,16})/.exec(a.url())?.[1];
    expect(id).toMatch(/^[A-Za-z0-9_-]{8,16}$/);
    const postRef = await adminView.getAttribute('data-post-ref');
    expect(postRef).toMatch(/^-219000001_\d+$/);
    await expect.poll(() => screenAudit(a), { timeout: 15_000 }).toEqual(CLEAN_SCREEN);

    // Before anyone takes part, the organiser counts who meets the conditions now, with the funnel.
    const before = await liveCount(a);
    await expect.poll(() => screenAudit(a), { timeout: 15_000 }).toEqual(CLEAN_SCREEN);

    // A visitor who is not a member yet opens the app from the page and finds the giveaway there.
    const s = await admin.context.newPage();
    await s.goto(appUrl(baseUrl(), `/?demo=1&seed=1&now=${enc(NOW)}&role=none`));
    const listed = s.getByTestId('published-giveaway');
    await listed.first().waitFor({ timeout: 30_000 });
    expect(await listed.count()).toBe(1);
    expect(await listed.first().innerText()).toContain('Фирменная кружка');
    await listed.first().click();
    const check = (key: string) => s.getByTestId(`my-check-${key}`);
    await check('member').waitFor({ timeout: 30_000 });
    expect(await check('member').getAttribute('data-met')).toBe('false');
    expect(await check('like').getAttribute('data-met')).toBe('false');
    expect(await check('tags').getAttribute('data-met')).toBe('false');

    await s.getByTestId('my-fix-member').click();
    await expect.poll(() => check('member').getAttribute('data-met'), { timeout: 20_000 }).toBe('true');

    // VK would open the post; the demo opens its simulated post window.
    await s.getByTestId('my-fix-like').click();
    await s.getByTestId('demo-post-like').click();
    await s.getByTestId('demo-post-comment-text').fill('Участвую! [id500000001|Пётр]');
    await s.getByTestId('demo-post-comment-send').click();
    await expect.poll(() => s.getByTestId('demo-post-status').innerText()).toMatch(/Комментарий опубликован/);
    await s.getByTestId('demo-post-close').click();
    await expect.poll(() => check('like').getAttribute('data-met'), { timeout: 20_000 }).toBe('true');
    await expect.poll(() => check('tags').getAttribute('data-met'), { timeout: 20_000 }).toBe('true');
    await expect.poll(() => screenAudit(s), { timeout: 15_000 }).toEqual(CLEAN_SCREEN);
    await s.close();

    // The organiser opens the giveaway again (the demo's world replays the session on load): the next
    // check counts the subscriber in.
    await a.reload();
    await expect.poll(() => adminView.getAttribute('data-phase'), { timeout: 30_000 }).toBe('open');
    expect(await liveCount(a)).toBeGreaterThan(before);

    // The admin comes back after the draw time and draws.
    const d = await admin.context.newPage();
    await d.goto(appUrl(baseUrl(), `/?demo=1&seed=1&now=${enc(LATER)}&role=admin#/giveaway/${id}`));
    await d.getByTestId('giveaway-draw').click({ timeout: 30_000 });
    const done = d.getByTestId('giveaway-admin');
    await expect.poll(() => done.getAttribute('data-phase'), { timeout: 60_000 }).toBe('done');
    const winners = await d.getByTestId('giveaway-winners').innerText();
    expect(winners.length).toBeGreaterThan(0);
    const count = Number(await d.getByTestId('giveaway-participants').getAttribute('data-count'));
    expect(count).toBeGreaterThan(0);
    // Published, with a link to the result comment; the funnel ends at the draw's count; a button
    // writes to the winner.
    expect(await d.getByTestId('giveaway-result-link').getAttribute('href')).toMatch(
      new RegExp(`^https://vk\\.com/wall${postRef}\\?reply=\\d+$`),
    );
    expect(Number(await d.getByTestId('giveaway-result-funnel').getAttribute('data-participants'))).toBe(
      count,
    );
    const winner = await d.getByTestId('giveaway-prize-1').getAttribute('data-holder');
    expect(await d.getByTestId('giveaway-write-1').getAttribute('href')).toBe(
      `https://vk.com/im?sel=${winner}`,
    );
    await expect.poll(() => screenAudit(d), { timeout: 15_000 }).toEqual(CLEAN_SCREEN);
    await d.close();

    // Anyone, even from outside the page, verifies the published result.
    const v = await admin.context.newPage();
    await v.goto(
      appUrl(baseUrl(), `/?demo=1&seed=1&now=${enc(LATER)}&role=none#/giveaway/${id}/post/${postRef}/verify`),
    );
    const checks = v.getByTestId('verify-checks');
    await expect.poll(() => checks.getAttribute('data-valid'), { timeout: 30_000 }).toBe('true');
    for (const key of ['commitment', 'timing', 'result-timing', 'list-hash', 'count', 'winners']) {
      expect(await v.getByTestId(`verify-check-${key}`).getAttribute('data-ok')).toBe('true');
    }
    // Both dates in words, Moscow time said the Russian way.
    expect(await v.getByTestId('verify-dates-commitment').innerText()).toMatch(
      /^По московскому времени: запись с розыгрышем опубликована 18 ноября 2026 в 10:21, код честности — 18 ноября 2026 в 10:3\d, через \d+ минут/,
    );
    expect(await v.getByTestId('verify-dates-result').innerText()).toMatch(
      /^По московскому времени: время розыгрыша — 19 ноября 2026 в 12:00, итоги опубликованы 19 ноября 2026 в 15:0\d\.$/,
    );
    await v.getByTestId('verify-rebuild').click();
    const rebuilt = v.getByTestId('verify-rebuild-result');
    await rebuilt.waitFor({ timeout: 60_000 });
    expect(await rebuilt.innerText()).toMatch(new RegExp(`В опубликованном списке ${count}`));
    // The fairness page in plain words; the hash function's name only under «Подробнее для проверяющих».
    const visible = await v.locator('[data-testid="verify-screen"]').innerText();
    expect(visible).not.toMatch(/SHA|хеш/i);
    await v.getByTestId('verify-details').locator('summary').click();
    expect(await v.getByTestId('verify-details').innerText()).toContain('SHA-256');
    await expect.poll(() => screenAudit(v), { timeout: 15_000 }).toEqual(CLEAN_SCREEN);
  });
});

describe('giveaway: the organiser passes a prize to a reserve', () => {
  it('writes to the winner, passes the prize to the first reserve with the reason, and still verifies', async () => {
    const admin = await openApp(`/?demo=1&seed=1&now=${enc(NOW)}&role=admin#/giveaways`, { viewport: PHONE });
    const a = admin.page;
    await a.getByTestId('giveaway-create').click();
    await a.getByTestId('giveaway-prize').fill('Билеты в музей');
    await a.getByTestId('giveaway-post-mode-pick').click();
    await a.getByTestId('giveaway-pick-post-0').click({ timeout: 20_000 });
    // Subscribed and commented: several people already qualify, so there are reserves.
    await a.getByTestId('giveaway-cond-comment').click();
    await a.getByTestId('giveaway-cond-tags').fill('0');
    await a.getByTestId('giveaway-winners-count').fill('1');
    await a.getByTestId('giveaway-reserves-count').fill('2');
    await a.getByTestId('giveaway-draw-at').fill('2026-11-19T12:00');
    await a.getByTestId('giveaway-submit').click();
    const adminView = a.getByTestId('giveaway-admin');
    await expect.poll(() => adminView.getAttribute('data-phase'), { timeout: 30_000 }).toBe('open');
    const id = /#\/giveaway\/([A-Za-z0-9_-]{8,16})/.exec(a.url())?.[1];
    const postRef = await adminView.getAttribute('data-post-ref');
    await a.close();

    const d = await admin.context.newPage();
    await d.goto(appUrl(baseUrl(), `/?demo=1&seed=1&now=${enc(LATER)}&role=admin#/giveaway/${id}`));
    await d.getByTestId('giveaway-draw').click({ timeout: 30_000 });
    const done = d.getByTestId('giveaway-admin');
    await expect.poll(() => done.getAttribute('data-phase'), { timeout: 60_000 }).toBe('done');
    const winner = await d.getByTestId('giveaway-prize-1').getAttribute('data-holder');
    const reserve = await d.getByTestId('giveaway-reserve-1').getAttribute('data-user-id');
    expect(await d.getByTestId('giveaway-reserve-1').innerText()).toContain('следующий');
    expect(await d.getByTestId('giveaway-write-1').getAttribute('href')).toBe(
      `https://vk.com/im?sel=${winner}`,
    );

    await d.getByTestId('giveaway-handover-open-1').click();
    expect(await d.getByTestId('giveaway-handover-to').innerText()).toMatch(/резерв 1/);
    await d.getByTestId('giveaway-handover-reason').fill('Не ответил на сообщение за три дня.');
    await expect.poll(() => screenAudit(d), { timeout: 15_000 }).toEqual(CLEAN_SCREEN);
    await d.getByTestId('giveaway-handover-confirm').click();
    const handed = d.getByTestId('giveaway-handover-done');
    await handed.waitFor({ timeout: 30_000 });
    expect(await handed.innerText()).toContain('Причина: Не ответил на сообщение за три дня.');
    expect(await handed.locator('a').getAttribute('href')).toMatch(
      new RegExp(`^https://vk\\.com/wall${postRef}\\?reply=\\d+$`),
    );
    expect(await d.getByTestId('giveaway-prize-1').getAttribute('data-holder')).toBe(reserve);
    expect(await d.getByTestId('giveaway-write-1').getAttribute('href')).toBe(
      `https://vk.com/im?sel=${reserve}`,
    );
    expect(await d.getByTestId('giveaway-reserve-1').innerText()).toContain('теперь победитель 1');
    await expect.poll(() => screenAudit(d), { timeout: 15_000 }).toEqual(CLEAN_SCREEN);

    // The reply in the result's thread does not disturb the published list: the draw still verifies.
    const v = await admin.context.newPage();
    await v.goto(
      appUrl(baseUrl(), `/?demo=1&seed=1&now=${enc(LATER)}&role=none#/giveaway/${id}/post/${postRef}/verify`),
    );
    await expect
      .poll(() => v.getByTestId('verify-checks').getAttribute('data-valid'), { timeout: 30_000 })
      .toBe('true');
  });
});
