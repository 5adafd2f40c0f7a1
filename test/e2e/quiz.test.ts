// A quiz from the builder to the subscriber's place in the real built app: the admin builds a
// two-question quiz (one question with a picture from the page's posts) and binds it to a post; a
// subscriber finds it on the home screen, answers against the timer, sees the answers taken at the
// last tap while the sealed entry is posted as their comment behind; after the close the admin counts and publishes; the subscriber sees their place.
// One browser context: the demo's session journal carries comments across the pages, as VK would.
// On a phone-sized screen, each step's screen is checked for accessibility (axe, one main, one h1).
import { describe, expect, it } from 'vitest';
import { CLEAN_SCREEN, PHONE, screenAudit } from './axe';
import { appUrl } from './serve-built';
import { baseUrl, openApp } from './harness';

const enc = encodeURIComponent;
const NOW = '2026-11-18T15:00:00+03:00';
/** After the quiz closes (18 November, 18:00 in the page's zone). */
const LATER = '2026-11-19T15:00:00+03:00';

describe('quiz: build, take against the timer, score, see the place', () => {
  it('runs a sealed quiz end to end', async () => {
    const admin = await openApp(`/?demo=1&seed=1&now=${enc(NOW)}&role=admin#/quizzes`, { viewport: PHONE });
    const a = admin.page;
    await a.getByTestId('quiz-create').click();
    await a.getByTestId('quiz-title').fill('Знаете ли вы Лесногорск?');
    await a.getByTestId('quiz-prize').fill('Книга о родном крае');
    await a.getByTestId('quiz-question-0-text').fill('Сколько мостов через Лесную?');
    await a.getByTestId('quiz-question-0-option-0').fill('Три');
    await a.getByTestId('quiz-question-0-option-1').fill('Пять');
    await a.getByTestId('quiz-question-0-correct-1').click();
    await a.getByTestId('quiz-question-0-photo-pick').click();
    await a.getByTestId('quiz-question-0-photo-option-0').click({ timeout: 20_000 });
    await a.getByTestId('quiz-add-question').click();
    await a.getByTestId('quiz-question-1-text').fill('В каком году основан город?');
    await a.getByTestId('quiz-question-1-option-0').fill('1703');
    await a.getByTestId('quiz-question-1-option-1').fill('1812');
    await a.getByTestId('quiz-question-1-correct-0').click();
    await a.getByTestId('quiz-seconds').fill('20');
    await a.getByTestId('quiz-opens-at').fill('2026-11-18T14:00');
    await a.getByTestId('quiz-closes-at').fill('2026-11-18T18:00');
    await a.getByTestId('quiz-post-mode-pick').click();
    await a.getByTestId('quiz-pick-post-0').click({ timeout: 20_000 });
    await expect.poll(() => screenAudit(a), { timeout: 15_000 }).toEqual(CLEAN_SCREEN);
    await a.getByTestId('quiz-submit').click();

    const adminView = a.getByTestId('quiz-admin');
    await expect.poll(() => adminView.getAttribute('data-phase'), { timeout: 30_000 }).toBe('open');
    const id = /#\/quiz\/([A-Za-z0-9_-]{8,16})/.exec(a.url())?.[1];
    expect(id).toBeDefined();
    await expect.poll(() => screenAudit(a), { timeout: 15_000 }).toEqual(CLEAN_SCREEN);

    // A subscriber opens the app from the page and finds the quiz on the home screen.
    const s = await admin.context.newPage();
    await s.goto(appUrl(baseUrl(), `/?demo=1&seed=1&now=${enc(NOW)}&role=member`));
    const listed = s.locator(`[data-testid="published-quiz"][data-quiz-id="${id}"]`);
    await listed.waitFor({ timeout: 30_000 });
    await listed.click();
    const participant = s.getByTestId('quiz-participant');
    await expect.poll(() => participant.getAttribute('data-state'), { timeout: 30_000 }).toBe('ready');
    await expect.poll(() => screenAudit(s), { timeout: 15_000 }).toEqual(CLEAN_SCREEN);
    await s.getByTestId('quiz-start').click();

    // One question at a time, against a visible countdown; the first has the chosen picture.
    const question = s.getByTestId('quiz-question');
    await expect.poll(() => question.getAttribute('data-index')).toBe('0');
    expect(Number(await s.getByTestId('quiz-timer').getAttribute('data-left-seconds'))).toBeLessThanOrEqual(
      20,
    );
    expect(await question.locator('img').count()).toBe(1);
    await s.getByTestId('quiz-option-1').click();
    await expect.poll(() => question.getAttribute('data-index')).toBe('1');
    // The last tap: the answers are taken on screen at once, before the entry is even stored (the
    // send's first step), and the send's progress shows until «Ответ принят».
    await s.getByTestId('quiz-option-1').click();
    const sending = s.getByTestId('quiz-sending');
    await sending.waitFor({ timeout: 2_000 });
    expect(await sending.getAttribute('data-step')).toBe('save');
    expect(await sending.innerText()).toContain('Ответы записаны');
    expect(await s.getByTestId('quiz-send-progress').innerText()).toMatch(/Шаг 1 из 3/);
    await expect.poll(() => screenAudit(s), { timeout: 15_000 }).toEqual(CLEAN_SCREEN);
    await expect.poll(() => participant.getAttribute('data-state'), { timeout: 30_000 }).toBe('sent');
    expect(await s.getByTestId('quiz-sent').innerText()).toContain('Ответ принят');
    await s.close();

    // After the close the admin counts and publishes.
    const d = await admin.context.newPage();
    await d.goto(appUrl(baseUrl(), `/?demo=1&seed=1&now=${enc(LATER)}&role=admin#/quiz/${id}`));
    const closed = d.getByTestId('quiz-admin');
    await expect.poll(() => closed.getAttribute('data-phase'), { timeout: 30_000 }).toBe('closed');
    await d.getByTestId('quiz-score').click();
    const rows = d.getByTestId('quiz-result-row');
    await rows.first().waitFor({ timeout: 60_000 });
    expect(await rows.count()).toBe(1);
    expect(await rows.first().getAttribute('data-place')).toBe('1');
    expect(await rows.first().innerText()).toContain('1 из 2');
    await d.getByTestId('quiz-publish').click();
    await expect.poll(() => closed.getAttribute('data-phase'), { timeout: 30_000 }).toBe('published');
    await expect.poll(() => screenAudit(d), { timeout: 15_000 }).toEqual(CLEAN_SCREEN);
    await d.close();

    // The subscriber comes back and sees their score and place.
    const r = await admin.context.newPage();
    await r.goto(appUrl(baseUrl(), `/?demo=1&seed=1&now=${enc(LATER)}&role=member#/quiz/${id}`));
    const mine = r.getByTestId('quiz-my-result');
    await mine.waitFor({ timeout: 30_000 });
    expect(await mine.getAttribute('data-place')).toBe('1');
    expect(await mine.innerText()).toMatch(/1 из 2/);
    await expect.poll(() => screenAudit(r), { timeout: 15_000 }).toEqual(CLEAN_SCREEN);
  });
});
