// The subscribers' rating in the real built app: a subscriber sees their place and the points to the
// next place, consistent with the table; an admin installs the community widget through VK's preview
// (the demo's simulated window), and the installed widget shows the app's top rows. One browser
// context: the demo's session journal carries the installed widget across the pages, as VK would.
// The subscriber's screens are phone-sized and checked for accessibility (axe, one main, one h1).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { peopleText, WIDGET_ROWS_MAX, widgetRows as layOutWidget } from '../../src/core/leaderboard';
import { journalKey, readJournal } from '../../src/demo/journal';
import { createMemoryWebStorage } from '../../src/demo/storage';
import { CLEAN_SCREEN, PHONE, screenAudit } from './axe';
import { appUrl } from './serve-built';
import { baseUrl, openApp } from './harness';

const enc = encodeURIComponent;
const NOW = '2026-11-18T15:00:00+03:00';
const context = `demo=1&seed=1&now=${enc(NOW)}`;

interface Row {
  userId: number;
  place: number;
  points: number;
  name: string;
}

/** The rating on screen, read once it is ready. */
async function readyRows(page: Page): Promise<Row[]> {
  await expect
    .poll(() => page.getByTestId('lb-screen').getAttribute('data-state'), { timeout: 60_000 })
    .toBe('ready');
  return tableRows(page);
}

/** The installed widget's «Вся таблица» link, from the demo's session journal (seed 1). */
async function widgetMoreUrl(page: Page): Promise<string> {
  const raw = await page.evaluate((key) => localStorage.getItem(key), journalKey(1));
  const storage = createMemoryWebStorage();
  if (raw !== null) storage.setItem(journalKey(1), raw);
  const widgets = readJournal(storage, 1).flatMap((e) => (e.kind === 'widget' ? [e] : []));
  const value = widgets.at(-1)?.widget.value as { more_url?: string } | undefined;
  return value?.more_url ?? '';
}

async function tableRows(page: Page): Promise<Row[]> {
  return page.getByTestId('lb-row').evaluateAll((rows) =>
    rows.map((row) => {
      const el = row as HTMLElement;
      return {
        userId: Number(el.dataset['userId']),
        place: Number(el.dataset['place']),
        points: Number(el.dataset['points']),
        name: el.dataset['name'] ?? '',
      };
    }),
  );
}

describe('leaderboard: my place, the widget', () => {
  it('shows a subscriber their place and the points to the next place', async () => {
    const app = await openApp(`/?${context}&role=member#/leaderboard`, { viewport: PHONE });
    const p = app.page;
    await p.getByTestId('lb-screen').waitFor();
    await expect
      .poll(() => p.getByTestId('lb-screen').getAttribute('data-state'), { timeout: 60_000 })
      .toBe('ready');
    expect(await p.getByTestId('lb-period').innerText()).toBe('Период 15–21 ноября');
    expect(await p.getByTestId('lb-rules').innerText()).toMatch(/Лайк — 1 очко, комментарий — 3, репост — 5/);
    // Opened from the menu: no rules in the route, the subscriber cannot read the page's settings.
    expect(await p.getByTestId('lb-rules-defaults').innerText()).toMatch(/^Правила по умолчанию; /);
    // The period's zone in words, not «UTC+3».
    expect(await p.getByTestId('lb-screen').innerText()).toContain('по московскому времени');
    await expect.poll(() => screenAudit(p), { timeout: 15_000 }).toEqual(CLEAN_SCREEN);

    const before = await tableRows(p);
    expect(before.length).toBeGreaterThan(1);
    // Places: points descending, ties share a place and the next place skips.
    for (let i = 1; i < before.length; i++) {
      const [prev, row] = [before[i - 1]!, before[i]!];
      expect(row.points).toBeLessThanOrEqual(prev.points);
      expect(row.place).toBe(row.points === prev.points ? prev.place : i + 1);
    }

    // The demo's subscriber has not acted in this period yet: they open the newest post from the
    // screen (VK's post viewer; the demo's simulated window), like it and comment, and come back.
    expect(await p.getByTestId('lb-me-absent').getAttribute('data-standing')).toBe('member');
    await p.getByTestId('lb-open-post').click();
    await p.getByTestId('demo-post-like').click();
    await p.getByTestId('demo-post-comment-text').fill('Спасибо за новость, очень полезно!');
    await p.getByTestId('demo-post-comment-send').click();
    await expect.poll(() => p.getByTestId('demo-post-status').innerText()).toMatch(/Комментарий опубликован/);
    await p.getByTestId('demo-post-close').click();

    const me = p.getByTestId('lb-me');
    await me.waitFor({ timeout: 60_000 });
    await expect.poll(() => p.getByTestId('lb-screen').getAttribute('data-state')).toBe('ready');
    // A like (1) and a long comment (3).
    expect(Number(await me.getAttribute('data-points'))).toBe(4);
    // The table may hold more rows than are shown: show them all.
    while ((await p.getByTestId('lb-more').count()) > 0) await p.getByTestId('lb-more').click();
    const rows = await tableRows(p);
    const place = Number(await me.getAttribute('data-place'));
    const points = Number(await me.getAttribute('data-points'));
    const mine = rows.find((row) => row.place === place && row.points === points);
    expect(mine?.userId).toBeGreaterThan(0);
    const better = rows.filter((row) => row.place < place);
    const gapText = await p.getByTestId('lb-next-gap').innerText();
    if (better.length === 0) {
      expect(gapText).toBe('Вы на первом месте');
    } else {
      // The next better place is the lowest of the places above mine.
      const next = better[better.length - 1]!;
      const gap = next.points - points;
      expect(gap).toBeGreaterThan(0);
      expect(gapText).toMatch(new RegExp(`^${gap} очк(о|а|ов) до следующего места$`));
    }

    // The same place on the home screen's card.
    await p.goto(appUrl(baseUrl(), `/?${context}&role=member`));
    const card = p.getByTestId('lb-my-card');
    await expect.poll(() => card.getAttribute('data-state'), { timeout: 60_000 }).toBe('ready');
    expect(Number(await card.getAttribute('data-place'))).toBe(place);
    expect(Number(await card.getAttribute('data-points'))).toBe(points);
    await expect.poll(() => screenAudit(p), { timeout: 15_000 }).toEqual(CLEAN_SCREEN);
  });

  it('shows the widget worker its keys only on request, after a warning, and hides them again', async () => {
    const admin = await openApp(`/?${context}&role=admin`, { viewport: PHONE });
    const a = admin.page;
    await a.getByTestId('leaderboard-open').click({ timeout: 30_000 });
    await a.getByTestId('lb-settings-open').click({ timeout: 60_000 });
    const block = a.getByTestId('lb-autoupdate');
    await block.waitFor({ timeout: 30_000 });
    expect(await a.getByTestId('lb-autoupdate-keys').count()).toBe(0);
    await a.getByTestId('lb-autoupdate-reveal').click();
    expect(await a.getByTestId('lb-autoupdate-warning').innerText()).toContain('Ключи доступа — это пароли');
    expect(await a.getByTestId('lb-autoupdate-keys').count()).toBe(0);
    await a.getByTestId('lb-autoupdate-confirm').click();
    const keys = a.getByTestId('lb-autoupdate-keys');
    await keys.waitFor({ timeout: 30_000 });
    const text = await keys.innerText();
    const groupId = /PULSE_GROUP_ID=(\d+)/.exec(text)?.[1];
    expect(Number(groupId)).toBeGreaterThan(0);
    expect(text).toMatch(/^PULSE_USER_TOKEN=\S{10,}$/m);
    expect(text).toMatch(/^PULSE_COMMUNITY_TOKEN=\S{10,}$/m);
    // Nothing of it left the screen: not in the address, not in the browser's storage.
    const token = /^PULSE_COMMUNITY_TOKEN=(\S+)$/m.exec(text)?.[1] ?? '';
    expect(a.url()).not.toContain(token);
    const stored = await a.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
    expect(stored).not.toContain(token);
    // The pointer off the buttons: a hovered button's shade is not VKUI's resting accent.
    await a.mouse.move(0, 0);
    await expect.poll(() => screenAudit(a), { timeout: 15_000 }).toEqual(CLEAN_SCREEN);
    await a.getByTestId('lb-autoupdate-hide').click();
    expect(await a.getByTestId('lb-autoupdate-keys').count()).toBe(0);
  });

  it('lets an admin install the widget, which then shows the top of the table', async () => {
    const admin = await openApp(`/?${context}&role=admin`, { viewport: PHONE });
    const a = admin.page;
    await a.getByTestId('leaderboard-open').click({ timeout: 30_000 });
    const before = (await readyRows(a)).slice(0, 10);
    expect(before.length).toBeGreaterThan(0);

    // The page's own points: a like is worth 2.
    await a.getByTestId('lb-settings-open').click();
    await a.getByTestId('lb-points-like').fill('2', { timeout: 30_000 });
    await a.getByTestId('lb-save').click();
    const top = (await readyRows(a)).slice(0, 10);
    expect(await a.getByTestId('lb-rules').innerText()).toMatch(/^Лайк — 2 очка, /);
    expect(top).not.toEqual(before);

    await a.getByTestId('lb-settings-open').click();
    await a.getByTestId('lb-widget-install').waitFor({ timeout: 30_000 });
    await expect.poll(() => screenAudit(a), { timeout: 15_000 }).toEqual(CLEAN_SCREEN);
    await a.getByTestId('lb-widget-install').click({ timeout: 30_000 });
    // VK would show its preview box; the demo shows its simulated window.
    await a.getByTestId('demo-widget-save').click({ timeout: 30_000 });
    const status = a.getByTestId('lb-widget-status');
    await status.waitFor({ timeout: 30_000 });
    expect(await status.innerText()).toMatch(/Виджет обновлён в \d{2}:\d{2}/);

    // Back on the rating, the refresher runs and reports the same widget.
    await a.getByTestId('lb-save').click();
    await expect
      .poll(() => a.getByTestId('lb-screen').getAttribute('data-state'), { timeout: 60_000 })
      .toBe('ready');
    await expect
      .poll(() => a.getByTestId('lb-widget-status').getAttribute('data-state'), { timeout: 30_000 })
      .toBe('ok');

    const v = await admin.context.newPage();
    await v.goto(appUrl(baseUrl(), `/?${context}&role=member&showwidget=1`));
    const view = v.getByTestId('demo-widget-view');
    await view.waitFor({ timeout: 30_000 });
    const widgetRows = await v
      .getByTestId('demo-widget-row')
      .evaluateAll((rows) =>
        rows.map((row) => [...row.querySelectorAll('td')].map((td) => td.textContent ?? '')),
      );
    // The table's rows laid out as the core lays out the widget: people, and a big tie as one row.
    while ((await a.getByTestId('lb-more').count()) > 0) await a.getByTestId('lb-more').click();
    const all = await tableRows(a);
    const names = new Map(all.map((row) => [row.userId, row.name]));
    const expected = layOutWidget(
      all.map((row) => ({ ...row, likes: 0, comments: 0, reposts: 0 })),
      WIDGET_ROWS_MAX,
    ).map((row) =>
      row.kind === 'tie'
        ? [row.place, `${peopleText(row.count)} с равными очками`, String(row.points)]
        : [row.place, names.get(row.entry.userId) ?? '', String(row.entry.points)],
    );
    expect(widgetRows).toEqual(expected);
    expect(widgetRows[0]?.[2]).toBe(String(top[0]?.points));
    // The widget says when it was last updated.
    expect(await view.innerText()).toMatch(/Вся таблица · обновлено \d{1,2} [а-я]+ в \d{1,2}:\d{2}/);

    // A subscriber follows the widget's «Вся таблица»: the link carries the page's rules, so their
    // app scores the widget's table, though they cannot read the page's settings.
    const more = await widgetMoreUrl(v);
    expect(more).toMatch(/^https:\/\/vk\.com\/app\d+_-\d+#\/leaderboard\/r\/2-3-5-rating$/);
    const m = await admin.context.newPage();
    await m.goto(appUrl(baseUrl(), `/?${context}&role=member#${more.split('#')[1] ?? ''}`));
    const theirs = await readyRows(m);
    expect(await m.getByTestId('lb-rules').innerText()).toMatch(
      /^Лайк — 2 очка, комментарий — 3, репост — 5;/,
    );
    expect(await m.getByTestId('lb-rules-defaults').count()).toBe(0);
    // Their table is the admin's (the same rules): the same people and points, in the same order.
    expect(theirs.map((row) => ({ name: row.name, points: row.points }))).toEqual(
      all.slice(0, theirs.length).map((row) => ({ name: row.name, points: row.points })),
    );

    // Home in the same session: «Мой рейтинг» opens the table with the same rules.
    await m.evaluate(() => {
      window.location.hash = '#/';
    });
    const card = m.getByTestId('lb-my-card');
    await expect.poll(() => card.getAttribute('data-state'), { timeout: 60_000 }).toBe('ready');
    await m.getByTestId('lb-my-card-open').click();
    await expect.poll(() => new URL(m.url()).hash).toBe('#/leaderboard/r/2-3-5-rating');
    await readyRows(m);
    expect(await m.getByTestId('lb-rules-defaults').count()).toBe(0);
  });
});
