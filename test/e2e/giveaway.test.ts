// A giveaway from start to verification in the real built app: the admin creates it on one of the
// page's posts (the commitment comment appears), a subscriber sees their checklist and fixes it
// (joins the page, likes the post and tags a friend in the simulated post window), the admin draws
// after the draw time, and anyone verifies the published result. One browser context: the demo's
// session journal carries comments, likes and joins across the pages, as VK would. On a phone-sized
// screen, every step's screen is checked for accessibility (axe, one main landmark, one h1).
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
