// Helpers for end-to-end tests: the built app (served by global-setup.ts) in Debian's Chromium.
//
//   const app = await openApp('/?demo=1&role=admin');
//   await expect.poll(() => app.page.title()).toBe('Пульс госпаблика');
//
// Each openApp() is a fresh browser context (no shared storage). When the test ends, a failed test
// leaves a full-page screenshot in the artifacts folder, uncaught page errors fail the test, and the
// context is closed; call close() yourself only to end it early.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, inject, onTestFinished } from 'vitest';
import { appUrl, launchChromium } from './serve-built';

export interface OpenAppOptions {
  /** Defaults to 800×1000 (about the frame VK web gives a mini app). */
  viewport?: { width: number; height: number };
  /** Extra Playwright context options (locale, colorScheme, …). */
  context?: BrowserContextOptions;
  /** Wait for this load state after navigation (default "load"). */
  waitUntil?: 'load' | 'domcontentloaded' | 'networkidle' | 'commit';
  /** Runs in the page before any of its scripts (to watch what the page does from its first moment). */
  initScript?: () => void;
}

export interface OpenedApp {
  page: Page;
  context: BrowserContext;
  /** Text of console.error messages and failed requests, in order. */
  consoleErrors: string[];
  /** Uncaught exceptions in the page; any of these fails the test when it ends. */
  pageErrors: Error[];
  /** Requests to hosts other than the local server: blocked, listed here. */
  blockedRequests: string[];
  /** Absolute URL that was opened. */
  url: string;
  close(): Promise<void>;
}

let browserPromise: Promise<Browser> | undefined;

/** One Chromium per test file, launched on first use. */
export function getBrowser(): Promise<Browser> {
  browserPromise ??= launchChromium();
  return browserPromise;
}

afterAll(async () => {
  if (!browserPromise) return;
  const browser = await browserPromise.catch(() => undefined);
  browserPromise = undefined;
  await browser?.close();
});

export function baseUrl(): string {
  return inject('e2eBaseUrl');
}

export function artifactsDir(): string {
  return inject('e2eArtifactsDir');
}

function safeName(s: string): string {
  return s
    .replace(/[^\p{L}\p{N}._-]+/gu, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 120);
}

export async function openApp(query: string, options: OpenAppOptions = {}): Promise<OpenedApp> {
  const origin = baseUrl();
  const url = appUrl(origin, query);
  const browser = await getBrowser();
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 800, height: 1000 },
    locale: 'ru-RU',
    timezoneId: 'Europe/Moscow',
    ...options.context,
  });

  const consoleErrors: string[] = [];
  const pageErrors: Error[] = [];
  const blockedRequests: string[] = [];

  // Hermetic: only the local server is reachable.
  await context.route(
    (u) =>
      !u.href.startsWith(origin + '/') && !u.protocol.startsWith('data') && !u.protocol.startsWith('blob'),
    async (route) => {
      blockedRequests.push(route.request().url());
      await route.abort('blockedbyclient');
    },
  );

  if (options.initScript) await context.addInitScript(options.initScript);
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => pageErrors.push(err));
  page.on('requestfailed', (req) => {
    if (req.url().startsWith(origin + '/')) {
      consoleErrors.push(`request failed: ${req.url()} (${req.failure()?.errorText ?? 'unknown'})`);
    }
  });

  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    await context.close().catch(() => undefined);
  };

  try {
    onTestFinished(async ({ task }) => {
      try {
        const failed = task.result?.state === 'fail' || pageErrors.length > 0;
        if (failed && !closed) {
          const dir = artifactsDir();
          mkdirSync(dir, { recursive: true });
          const file = join(dir, `${safeName(`${task.file?.name ?? ''}-${task.name}`)}-${Date.now()}.png`);
          await page
            .screenshot({ path: file, fullPage: true, timeout: 10_000 })
            .then(() => console.log(`[e2e] screenshot of "${task.name}": ${file}`))
            .catch((err: unknown) => console.warn(`[e2e] screenshot failed: ${String(err)}`));
        }
      } finally {
        await close();
      }
      if (pageErrors.length > 0) {
        throw new Error(
          `Uncaught error(s) in the page ${url}:\n` +
            pageErrors.map((e) => `  ${e.stack ?? e.message}`).join('\n'),
        );
      }
    });
  } catch {
    // Called outside a running test (e.g. in beforeAll): the caller closes it and checks pageErrors.
  }

  await page.goto(url, { waitUntil: options.waitUntil ?? 'load', timeout: 30_000 });
  return { page, context, consoleErrors, pageErrors, blockedRequests, url, close };
}
