// (b) How long until an admin sees the scorecard: the built app in headless Chromium, each run a
// fresh browser context (cold HTTP cache, no storage) opening the demo as an admin, timed from
// navigation start (the page's own clock) until [data-testid="scorecard-ready"] is visible.
import type { Browser } from 'playwright-core';
import { median } from './paired';
import type { BenchSection, Figure } from './types';

export const SCORECARD_QUERY = '/?demo=1&role=admin';
export const SCORECARD_SELECTOR = '[data-testid="scorecard-ready"]';
export const RUNS = 5;
export const GIVE_UP_MS = 15_000;

type Run = { ok: true; ms: number } | { ok: false; reason: string };

async function oneRun(browser: Browser, origin: string): Promise<Run> {
  const context = await browser.newContext({
    viewport: { width: 800, height: 1000 },
    locale: 'ru-RU',
    timezoneId: 'Europe/Moscow',
  });
  try {
    // Hermetic, like the e2e tests: only the local server.
    await context.route(
      (u) => !u.href.startsWith(origin + '/') && u.protocol.startsWith('http'),
      (route) => route.abort('blockedbyclient'),
    );
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(origin + SCORECARD_QUERY, { waitUntil: 'commit', timeout: GIVE_UP_MS });
    try {
      const handle = await page.waitForFunction(
        (selector) => {
          const el = document.querySelector(selector);
          if (!el) return false;
          const r = el.getBoundingClientRect();
          const style = getComputedStyle(el);
          if (r.width === 0 && r.height === 0) return false;
          if (style.visibility === 'hidden' || style.display === 'none') return false;
          return performance.now();
        },
        SCORECARD_SELECTOR,
        { polling: 'raf', timeout: GIVE_UP_MS },
      );
      return { ok: true, ms: Math.round(((await handle.jsonValue()) as number) * 10) / 10 };
    } catch {
      const why = errors.length > 0 ? `; page errors: ${errors.join(' | ')}` : '';
      return { ok: false, reason: `${SCORECARD_SELECTOR} not visible within ${GIVE_UP_MS / 1000} s${why}` };
    }
  } finally {
    await context.close();
  }
}

export const scorecardVisible: BenchSection = {
  id: 'scorecard',
  title: `Time until the scorecard is visible (headless Chromium, ${SCORECARD_QUERY})`,
  async run(ctx) {
    await ctx.ensureBuilt();
    const origin = await ctx.serveBuilt();
    const browser = await ctx.browser();

    const times: number[] = [];
    let failure: string | null = null;
    for (let i = 0; i < RUNS; i++) {
      const run = await oneRun(browser, origin);
      if (!run.ok) {
        failure = run.reason; // a UI that never shows it would only cost 15 s more per run
        break;
      }
      times.push(run.ms);
      ctx.log(`  run ${i + 1}/${RUNS}: ${run.ms.toFixed(0)} ms`);
    }

    const ok = failure === null;
    const figures: Figure[] = [
      {
        key: 'scorecard.visible.median',
        label: `median of ${RUNS} runs`,
        value: ok ? median(times) : null,
        unit: 'ms',
        ...(failure ? { note: failure } : {}),
      },
      {
        key: 'scorecard.visible.min',
        label: 'fastest run',
        value: ok ? Math.min(...times) : null,
        unit: 'ms',
      },
      {
        key: 'scorecard.visible.max',
        label: 'slowest run',
        value: ok ? Math.max(...times) : null,
        unit: 'ms',
      },
    ];
    return {
      figures,
      notes: [
        `Chromium ${browser.version()}; each run a fresh context; time from navigation start (performance.now()).`,
      ],
    };
  },
};
