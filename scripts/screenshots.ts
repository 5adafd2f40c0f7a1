// `npm run screenshots`: PNGs of the app's screens on a phone and a desktop, light and dark, from the
// built demo in Debian's Chromium (the e2e tests' server and launcher, test/e2e/serve-built.ts).
//
//   npm run screenshots                                 build into a temporary folder, shoot everything
//   npm run screenshots -- --out /tmp/shots             another output folder (never inside the repo)
//   npm run screenshots -- --no-build --dist build      shoot an existing build
//   npm run screenshots -- --only scorecard,poster --sizes phone --themes dark
//
// Files: <screen>-<phone|desktop>-<light|dark>.png (the viewport) and …-full.png (the whole page). A
// screen that does not get ready in time is a failure (a …-FAILED.png shows what was there instead);
// the run goes on. Exit code 0 when every file was written, 1 otherwise, 2 on bad arguments.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { appUrl, launchChromium, REPO_ROOT, serveStatic, type StaticServer } from '../test/e2e/serve-built';
import {
  isInside,
  parseShotArgs,
  shotName,
  shotUrl,
  USAGE,
  type SizeName,
  type ThemeName,
} from './screenshots/args';

interface Screen {
  name: string;
  /** Query and hash; the demo clock (`now`) and `theme` are added to the query. */
  url: string;
  /** Playwright selector(s) that must all be visible before the shot. */
  ready: string | string[];
  /** Clicks and waits after the page has loaded, before the ready check. */
  steps?: (page: Page) => Promise<void>;
}

const ADMIN = '/?demo=1&role=admin';
const MEMBER = '/?demo=1&role=member';
const id = (testId: string) => `[data-testid="${testId}"]`;
const SCORECARD = id('scorecard-ready');
const LEADERBOARD_READY = '[data-testid="lb-screen"][data-state="ready"]';

/** The supervisor's table filled from the head page's links block (as test/e2e/posters.test.ts adds pages). */
async function addFromLinksBlock(page: Page): Promise<void> {
  await page.getByTestId('add-pages').waitFor();
  await page.getByRole('button', { name: 'Из блока «Ссылки»' }).click();
  await page.getByTestId('confirm-add').click();
  await page.getByTestId('child-row').first().waitFor();
  await page.getByTestId('progress').filter({ hasText: 'Обновлено' }).waitFor({ timeout: 60_000 });
}

const SCREENS: Screen[] = [
  { name: 'scorecard', url: ADMIN, ready: SCORECARD },
  { name: 'compliant', url: `${ADMIN}&group=219000006`, ready: SCORECARD },
  { name: 'failing', url: `${ADMIN}&group=219000014`, ready: SCORECARD },
  { name: 'at-risk', url: `${ADMIN}&group=219000019`, ready: SCORECARD },
  { name: 'business-card', url: `${ADMIN}#/page/219000025`, ready: SCORECARD },
  {
    name: 'page-settings',
    url: ADMIN,
    ready: id('category-select'),
    steps: async (page) => {
      await page.locator(SCORECARD).waitFor();
      await page.getByTestId('page-settings-open').click();
    },
  },
  { name: 'private', url: `${ADMIN}#/page/219000024`, ready: id('page-unavailable') },
  { name: 'deleted', url: `${ADMIN}#/page/219000027`, ready: id('page-unavailable') },
  { name: 'children', url: `${ADMIN}#/children`, ready: id('child-row'), steps: addFromLinksBlock },
  {
    name: 'children-failing',
    url: `${ADMIN}#/children`,
    ready: id('child-row'),
    steps: async (page) => {
      await addFromLinksBlock(page);
      await page.getByTestId('filter-fail').click();
    },
  },
  {
    name: 'child',
    url: `${ADMIN}#/children`,
    ready: [SCORECARD, id('child-next')],
    steps: async (page) => {
      await addFromLinksBlock(page);
      await page
        .locator('[data-testid="child-row"][data-child-id="219000014"]')
        .getByTestId('child-open')
        .click();
    },
  },
  { name: 'giveaways', url: `${ADMIN}#/giveaways`, ready: id('giveaways-list') },
  { name: 'giveaway-new', url: `${ADMIN}#/giveaways/new`, ready: id('giveaway-form') },
  { name: 'quizzes', url: `${ADMIN}#/quizzes`, ready: [id('quizzes-list'), id('series-list')] },
  { name: 'quiz-new', url: `${ADMIN}#/quizzes/new`, ready: id('quiz-form') },
  { name: 'leaderboard-admin', url: `${ADMIN}#/leaderboard`, ready: LEADERBOARD_READY },
  { name: 'leaderboard-member', url: `${MEMBER}#/leaderboard`, ready: LEADERBOARD_READY },
  { name: 'leaderboard-settings', url: `${ADMIN}#/leaderboard/settings`, ready: id('lb-settings') },
  { name: 'history', url: `${ADMIN}#/history/219000001`, ready: [id('history'), id('history-periods')] },
  { name: 'replies', url: `${ADMIN}#/replies/219000001`, ready: [id('replies'), id('waiting-comment')] },
  { name: 'plan', url: `${ADMIN}#/plan/219000001`, ready: [id('plan'), id('plan-periods')] },
  { name: 'poster', url: `${ADMIN}#/poster/219000001`, ready: id('poster-preview') },
  {
    // The list is empty in a fresh browser: fill it first, then open the posters from the table.
    name: 'posters',
    url: `${ADMIN}#/children`,
    ready: [id('posters-summary'), id('poster-row')],
    steps: async (page) => {
      await addFromLinksBlock(page);
      // On a phone the table's secondary actions sit in the «Скачать и поделиться» sheet.
      const menu = page.getByTestId('export-menu');
      if (await menu.isVisible()) await menu.click();
      await page.getByTestId('open-children-posters').click();
    },
  },
  {
    name: 'outside',
    url: '/?demo=1&role=none&outside=1',
    ready: 'role=button[name="Показать мои сообщества"]',
  },
  {
    name: 'outside-my-pages',
    url: '/?demo=1&role=none&outside=1',
    ready: id('my-page'),
    steps: (page) => page.getByRole('button', { name: 'Показать мои сообщества' }).click(),
  },
  {
    name: 'member-home',
    url: MEMBER,
    ready: [
      '[data-testid="lb-my-card"][data-state="ready"]',
      `${id('published-giveaways')}, ${id('published-giveaways-empty')}`,
      `${id('published-quizzes')}, ${id('published-quizzes-empty')}`,
    ],
  },
];

const SIZE_OPTIONS: Record<SizeName, BrowserContextOptions> = {
  phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  desktop: { viewport: { width: 1280, height: 800 } },
};

const READY_TIMEOUT_MS = 30_000;

const log = (message: string) => process.stderr.write(`${message}\n`);

function runBuild(outDir: string): Promise<void> {
  return new Promise((ok, fail) => {
    const vite = join(REPO_ROOT, 'node_modules', '.bin', 'vite');
    const child = spawn(vite, ['build', '--outDir', outDir, '--emptyOutDir'], {
      cwd: REPO_ROOT,
      shell: false,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', fail);
    child.on('exit', (code) => {
      if (code === 0) return ok();
      process.stderr.write(output);
      fail(new Error(`vite build exited with ${code}`));
    });
  });
}

/** The real path of `path`, or of its nearest existing parent with the rest appended. */
function realish(path: string): string {
  const abs = resolve(path);
  if (existsSync(abs)) return realpathSync(abs);
  const parent = dirname(abs);
  return parent === abs ? abs : join(realish(parent), abs.slice(parent.length));
}

interface Job {
  screen: Screen;
  size: SizeName;
  theme: ThemeName;
}

interface JobResult {
  written: string[];
  failed: number;
  error: string | null;
  warnings: string[];
}

async function shoot(browser: Browser, origin: string, outDir: string, job: Job): Promise<JobResult> {
  const { screen, size, theme } = job;
  const base = join(outDir, shotName(screen.name, size, theme));
  const files = [`${base}.png`, `${base}-full.png`];
  const warnings: string[] = [];
  const context = await browser.newContext({
    ...SIZE_OPTIONS[size],
    colorScheme: theme,
    locale: 'ru-RU',
    timezoneId: 'Europe/Moscow',
  });
  context.setDefaultTimeout(READY_TIMEOUT_MS);
  try {
    // Hermetic, like the e2e tests: only the local server.
    await context.route(
      (u) => !u.href.startsWith(origin + '/') && u.protocol.startsWith('http'),
      (route) => route.abort('blockedbyclient'),
    );
    const page = await context.newPage();
    page.on('pageerror', (e) => warnings.push(`page error: ${e.message}`));
    let stage = 'load';
    try {
      await page.goto(appUrl(origin, shotUrl(screen.url, theme)), { waitUntil: 'load', timeout: 30_000 });
      stage = 'network idle';
      await page.waitForLoadState('networkidle', { timeout: 15_000 });
      if (screen.steps) {
        stage = 'steps';
        await screen.steps(page);
      }
      for (const selector of [screen.ready].flat()) {
        stage = `ready ${selector}`;
        await page.locator(selector).first().waitFor({ state: 'visible', timeout: READY_TIMEOUT_MS });
      }
    } catch (err) {
      const reason = `${stage}: ${(err instanceof Error ? err.message : String(err)).split('\n')[0]}`;
      const shown = `${base}-FAILED.png`;
      await page.screenshot({ path: shown, fullPage: true, timeout: 10_000 }).catch(() => undefined);
      return { written: [], failed: files.length, error: `${reason} (what it showed: ${shown})`, warnings };
    }
    // Settle: no loading marks left, the network quiet, fonts loaded, two frames painted.
    await page
      .waitForFunction(() => !document.querySelector('[data-testid$="-loading"]'), null, { timeout: 15_000 })
      .catch(() => warnings.push('still loading something after 15 s'));
    await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
    // The pointer left where the last step clicked would paint a hover highlight on that row.
    await page.mouse.move(0, 0);
    await page.evaluate(async () => {
      await document.fonts.ready;
      await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
    });
    await page.waitForTimeout(300);
    rmSync(`${base}-FAILED.png`, { force: true });
    const written: string[] = [];
    let error: string | null = null;
    for (const [i, file] of files.entries()) {
      try {
        await page.screenshot({ path: file, fullPage: i === 1, animations: 'disabled', timeout: 20_000 });
        written.push(file);
      } catch (err) {
        error = `screenshot: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`;
      }
    }
    return { written, failed: files.length - written.length, error, warnings };
  } finally {
    await context.close().catch(() => undefined);
  }
}

async function main(): Promise<number> {
  const parsed = parseShotArgs(process.argv.slice(2));
  if (!parsed.ok) {
    console.error(`${parsed.error}\n${USAGE}`);
    return 2;
  }
  const { args } = parsed;
  const unknown = (args.only ?? []).filter((name) => !SCREENS.some((s) => s.name === name));
  if (unknown.length > 0) {
    console.error(
      `unknown screen(s): ${unknown.join(', ')}\nscreens: ${SCREENS.map((s) => s.name).join(', ')}`,
    );
    return 2;
  }
  const outDir = resolve(args.out);
  if (isInside(realish(outDir), realish(REPO_ROOT))) {
    console.error(
      `--out ${args.out} is inside the repository (${resolve(REPO_ROOT)}): pick a folder outside it, ` +
        'e.g. the default /tmp/pulse-shots, so screenshots never end up in a commit.',
    );
    return 2;
  }
  mkdirSync(outDir, { recursive: true });

  let tmpBuild: string | null = null;
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  let written = 0;
  let failed = 0;
  try {
    let dist: string;
    if (args.dist === null) {
      tmpBuild = mkdtempSync(join(tmpdir(), 'pulse-shots-build-'));
      log(`vite build --outDir ${tmpBuild}…`);
      await runBuild(tmpBuild);
      dist = tmpBuild;
    } else {
      dist = resolve(args.dist);
    }
    server = await serveStatic(dist);
    browser = await launchChromium();
    log(`serving ${dist} at ${server.url}; writing to ${outDir}`);

    const jobs: Job[] = SCREENS.filter((s) => !args.only || args.only.includes(s.name)).flatMap((screen) =>
      args.sizes.flatMap((size) => args.themes.map((theme) => ({ screen, size, theme }))),
    );
    let next = 0;
    const worker = async () => {
      while (next < jobs.length) {
        const job = jobs[next++]!;
        const result = await shoot(browser!, server!.url, outDir, job);
        written += result.written.length;
        failed += result.failed;
        for (const file of result.written) console.log(`wrote ${file}`);
        const name = shotName(job.screen.name, job.size, job.theme);
        if (result.error) console.log(`FAILED ${name}: ${result.error}`);
        for (const warning of result.warnings) console.log(`  warning ${name}: ${warning}`);
      }
    };
    await Promise.all(Array.from({ length: Math.min(args.jobs, jobs.length) }, worker));
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    failed += 1;
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.close();
    if (tmpBuild) rmSync(tmpBuild, { recursive: true, force: true });
  }
  console.log(`screenshots: ${written} written, ${failed} failed (${outDir})`);
  return failed === 0 && written > 0 ? 0 : 1;
}

process.exitCode = await main();
