// (j) First load on a phone network: the demo scorecard against a bare VKUI app (the floor), side by
// side in one run. Both builds are served gzip-compressed (test/e2e/serve-built.ts, `gzip: true`);
// each run is a fresh Chromium context at 390×844 with Lighthouse's mobile profile applied over CDP (150 ms round trip,
// 1.6 Mbit/s down, 750 kbit/s up, 4× CPU slowdown). Time = navigation start → the content visible: the
// verdict card ([data-testid="page-verdict"]) for the app, the panel of cells for the bare app. Bytes
// and requests count what was asked for before the content showed (headers included, as DevTools
// counts them). Then the app alone on a poor rural line (400 ms, 400 kbit/s), and a real VK launch
// over a bridge stub that answers every call after 100 ms: the bridge round trips before the first
// API request.
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { build } from 'vite';
import { vkuiCssModules } from '../../vite.config';
import { serveStatic } from '../../test/e2e/serve-built';
import { median } from './paired';
import type { BenchContext, BenchSection, Figure } from './types';

export const APP_QUERY = '/?demo=1&role=admin&now=2026-12-06T12:00:00%2B03:00';
export const APP_SELECTOR = '[data-testid="page-verdict"]';
export const BARE_SELECTOR = '[data-testid="bare-cells"]';
/** A real launch from a community's menu on Android (the bridge stub below plays VK). */
export const VK_QUERY =
  '/?vk_user_id=1000001&vk_app_id=8000001&vk_group_id=219000001&vk_viewer_group_role=admin' +
  '&vk_platform=mobile_android&vk_language=ru&vk_is_app_user=1&vk_ts=1796547600&sign=bench';
export const RUNS = 9;
export const SLOW_RUNS = 3;
export const TARGET_RATIO = 1.5;
export const BRIDGE_DELAY_MS = 100;
const GIVE_UP_MS = 60_000;

export interface NetworkProfile {
  latencyMs: number;
  downBitsPerSecond: number;
  upBitsPerSecond: number;
  cpuSlowdown: number;
}
/** Lighthouse's mobile profile ("slow 4G"; Lighthouse's kbit is 1024 bits). */
export const MOBILE: NetworkProfile = {
  latencyMs: 150,
  downBitsPerSecond: 1.6 * 1024 * 1024,
  upBitsPerSecond: 750 * 1024,
  cpuSlowdown: 4,
};
/** A rural 3G/EDGE line, as the issue saw it. */
export const RURAL: NetworkProfile = {
  latencyMs: 400,
  downBitsPerSecond: 400 * 1024,
  upBitsPerSecond: 400 * 1024,
  cpuSlowdown: 4,
};

const BARE_SOURCE = join(import.meta.dirname, 'bare-app');

/** Builds scripts/bench/bare-app with the app's own dependencies, plugins and VKUI alias. */
export async function buildBareApp(outDir: string): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  await build({
    configFile: false,
    root: BARE_SOURCE,
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    resolve: { alias: [vkuiCssModules] },
    build: { outDir, emptyOutDir: true, target: 'es2020', sourcemap: false },
  });
}

/** Runs in the page before its scripts: notes when `selector` is first visible, and the first paint. */
function watchContent(selector: string): void {
  const out: { content: number | null; fcp: number | null } = { content: null, fcp: null };
  (window as unknown as { __firstLoad: typeof out }).__firstLoad = out;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') out.fcp = e.startTime;
    }).observe({ type: 'paint', buffered: true });
  } catch {
    // no paint timing: fcp stays null
  }
  const check = () => {
    const el = document.querySelector(selector);
    if (el) {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if ((r.width > 0 || r.height > 0) && style.visibility !== 'hidden' && style.display !== 'none') {
        out.content = performance.now();
        return;
      }
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/**
 * An init script from a function: tsx (esbuild, keepNames) wraps inner functions in `__name(…)`, a
 * helper that exists in Node but not in the page, so the page gets a stand-in first.
 */
function initScript<A>(fn: (arg: A) => void, arg: A): { content: string } {
  return { content: `var __name = (f) => f;\n(${fn.toString()})(${JSON.stringify(arg)});` };
}

interface BridgeCall {
  method: string;
  sent: number;
  answered: number | null;
}

/**
 * Runs in the page before its scripts: plays VK's Android client for @vkontakte/vk-bridge. Every call
 * is answered after `delay` ms; the first VKWebAppCallAPIMethod is logged and left unanswered (the
 * bench stops there).
 */
function stubAndroidBridge(delay: number): void {
  const log: BridgeCall[] = [];
  (window as unknown as { __bridgeLog: BridgeCall[] }).__bridgeLog = log;
  const launch = Object.fromEntries(new URLSearchParams(location.search));
  const emit = (type: string, data: Record<string, unknown>) =>
    window.dispatchEvent(new CustomEvent('VKWebAppEvent', { detail: { type, data } }));
  const answer = (method: string, params: Record<string, unknown>): Record<string, unknown> => {
    switch (method) {
      case 'VKWebAppGetLaunchParams':
        return launch;
      case 'VKWebAppGetAuthToken':
        return { access_token: 'bench-token', scope: String(params.scope ?? '') };
      case 'VKWebAppStorageGet':
        return { keys: ((params.keys as string[]) ?? []).map((key) => ({ key, value: '' })) };
      case 'VKWebAppStorageGetKeys':
        return { keys: [] };
      case 'VKWebAppGetConfig':
        return { appearance: 'light', scheme: 'bright_light' };
      case 'VKWebAppCheckAllowedScopes':
        return { result: [] };
      default:
        return { result: true };
    }
  };
  (window as unknown as { AndroidBridge: unknown }).AndroidBridge = new Proxy(
    {},
    {
      get: (_target, method) =>
        typeof method !== 'string'
          ? undefined
          : (json?: string) => {
              const params = (json ? JSON.parse(json) : {}) as Record<string, unknown>;
              const call: BridgeCall = { method, sent: performance.now(), answered: null };
              log.push(call);
              if (method === 'VKWebAppCallAPIMethod') return;
              setTimeout(() => {
                call.answered = performance.now();
                emit(`${method}Result`, { ...answer(method, params), request_id: params.request_id });
                if (method === 'VKWebAppInit') {
                  emit('VKWebAppUpdateConfig', { appearance: 'light', scheme: 'bright_light' });
                }
              }, delay);
            },
    },
  );
}

interface RequestSeen {
  url: string;
  sent: number;
  bytes: number;
  done: boolean;
}

async function throttle(cdp: CDPSession, profile: NetworkProfile): Promise<void> {
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: profile.latencyMs,
    downloadThroughput: profile.downBitsPerSecond / 8,
    uploadThroughput: profile.upBitsPerSecond / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
}

/** Requests as CDP sees them (bytes on the wire, headers included), timed on CDP's clock. */
function trackRequests(cdp: CDPSession): { requests: Map<string, RequestSeen>; inFlight(): number } {
  const requests = new Map<string, RequestSeen>();
  cdp.on('Network.requestWillBeSent', (e) => {
    if (!/^https?:/.test(e.request.url)) return;
    requests.set(e.requestId, { url: e.request.url, sent: e.timestamp, bytes: 0, done: false });
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (r) Object.assign(r, { bytes: e.encodedDataLength, done: true });
  });
  cdp.on('Network.loadingFailed', (e) => {
    const r = requests.get(e.requestId);
    if (r) r.done = true;
  });
  return { requests, inFlight: () => [...requests.values()].filter((r) => !r.done).length };
}

async function newPhone(browser: Browser, colorScheme: 'light' | 'dark' = 'light'): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'ru-RU',
    timezoneId: 'Europe/Moscow',
    colorScheme,
  });
}

async function settle(page: Page, inFlight: () => number, maxMs: number): Promise<void> {
  const until = Date.now() + maxMs;
  let quietSince = Date.now();
  while (Date.now() < until) {
    if (inFlight() > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= 300) return;
    await page.waitForTimeout(50);
  }
}

export interface LoadRun {
  /** ms from navigation start until the content was visible. */
  contentMs: number;
  /** First contentful paint, ms (null when Chromium reported none). */
  fcpMs: number | null;
  /** Requests sent before the content showed; bytes on the wire for them; JS and CSS among them. */
  requests: number;
  bytes: number;
  js: number;
  css: number;
}

export async function loadOnce(
  browser: Browser,
  url: string,
  selector: string,
  profile: NetworkProfile,
): Promise<LoadRun> {
  const context = await newPhone(browser);
  try {
    const page = await context.newPage();
    await page.addInitScript(initScript(watchContent, selector));
    const cdp = await context.newCDPSession(page);
    await throttle(cdp, profile);
    const { requests, inFlight } = trackRequests(cdp);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url, { waitUntil: 'commit', timeout: GIVE_UP_MS });
    const timing = await page
      .waitForFunction(
        () => {
          const w = window as unknown as { __firstLoad?: { content: number | null; fcp: number | null } };
          return w.__firstLoad?.content != null ? w.__firstLoad : null;
        },
        null,
        { polling: 100, timeout: GIVE_UP_MS },
      )
      .then((h) => h.jsonValue() as Promise<{ content: number; fcp: number | null }>)
      .catch(() => {
        throw new Error(
          `${selector} not visible within ${GIVE_UP_MS / 1000} s on ${url} ${errors.join(' | ')}`,
        );
      });
    await settle(page, inFlight, 15_000);
    // The first paint may come a frame after the content check; it is in by now.
    timing.fcp = await page.evaluate(
      () => (window as unknown as { __firstLoad: { fcp: number | null } }).__firstLoad.fcp,
    );
    const all = [...requests.values()].sort((a, b) => a.sent - b.sent);
    const t0 = all[0]?.sent ?? 0; // the document's request ≈ navigation start
    const before = all.filter((r) => (r.sent - t0) * 1000 <= timing.content);
    const path = (u: string) => new URL(u).pathname;
    return {
      contentMs: timing.content,
      fcpMs: timing.fcp,
      requests: before.length,
      bytes: before.reduce((n, r) => n + r.bytes, 0),
      js: before.filter((r) => /\.m?js$/.test(path(r.url))).length,
      css: before.filter((r) => /\.css$/.test(path(r.url))).length,
    };
  } finally {
    await context.close();
  }
}

export interface BridgeRun {
  /** ms from navigation start until the first VKWebAppCallAPIMethod left. */
  firstApiMs: number;
  /** Bridge calls sent before it. */
  callsBefore: number;
  /** The longest chain of calls each sent after the previous one's answer, the API request included. */
  serialBefore: number;
  methods: string[];
  /** The calls up to the first API request: method, sent and answered (ms from navigation start). */
  log: BridgeCall[];
  /** Requests for the demo's chunks (`demoFiles`): none on a real VK launch. */
  demoRequests: number;
}

/** A real VK launch (launch params in the URL) over the bridge stub; ends at the first API request. */
export async function vkLaunchOnce(
  browser: Browser,
  origin: string,
  profile: NetworkProfile,
  demoFiles: readonly string[] = [],
): Promise<BridgeRun> {
  const context = await newPhone(browser);
  try {
    const page = await context.newPage();
    await page.addInitScript(initScript(stubAndroidBridge, BRIDGE_DELAY_MS));
    const cdp = await context.newCDPSession(page);
    await throttle(cdp, profile);
    const { requests } = trackRequests(cdp);
    await page.goto(origin + VK_QUERY, { waitUntil: 'commit', timeout: GIVE_UP_MS });
    const log = await page
      .waitForFunction(
        () => {
          const calls = (window as unknown as { __bridgeLog?: BridgeCall[] }).__bridgeLog ?? [];
          return calls.some((c) => c.method === 'VKWebAppCallAPIMethod') ? calls : null;
        },
        null,
        { polling: 100, timeout: GIVE_UP_MS },
      )
      .then((h) => h.jsonValue() as Promise<BridgeCall[]>);
    const apiAt = log.findIndex((c) => c.method === 'VKWebAppCallAPIMethod');
    const chain = log.slice(0, apiAt + 1);
    const depth: number[] = [];
    chain.forEach((c, i) => {
      const waitedOn = chain
        .slice(0, i)
        .map((p, j) => (p.answered !== null && p.answered <= c.sent ? depth[j]! : 0));
      depth.push(1 + Math.max(0, ...waitedOn));
    });
    return {
      firstApiMs: chain[apiAt]!.sent,
      callsBefore: apiAt,
      serialBefore: depth[apiAt]! - 1,
      methods: chain.slice(0, apiAt).map((c) => c.method),
      log: chain,
      demoRequests: [...requests.values()].filter((r) => demoFiles.some((f) => r.url.endsWith(`/${f}`)))
        .length,
    };
  } finally {
    await context.close();
  }
}

/** The demo's chunks as index.html's boot script lists them (vite.config.ts), else fake-bridge-*.js. */
export function demoFilesOf(buildDir: string): string[] {
  const html = readFileSync(join(buildDir, 'index.html'), 'utf8');
  const list = /"demo":\[([^\]]*)\]/.exec(html)?.[1];
  if (list) return [...list.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
  return readdirSync(join(buildDir, 'assets'))
    .filter((f) => /^fake-bridge-.*\.js$/.test(f))
    .map((f) => `assets/${f}`);
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;

async function series<T>(
  ctx: BenchContext,
  label: string,
  n: number,
  run: (i: number) => Promise<T>,
  show: (r: T) => string,
) {
  const out: T[] = [];
  for (let i = 0; i < n; i++) {
    const r = await run(i);
    ctx.log(`  ${label} ${i + 1}/${n}: ${show(r)}`);
    out.push(r);
  }
  return out;
}

const showLoad = (r: LoadRun) =>
  `content ${r.contentMs.toFixed(0)} ms, first paint ${r.fcpMs?.toFixed(0) ?? '—'} ms, ` +
  `${r.requests} requests (${r.js} JS, ${r.css} CSS), ${kib(r.bytes)}`;

export const firstLoad: BenchSection = {
  id: 'firstload',
  title: 'First load on a phone network: the demo scorecard against a bare VKUI app',
  async run(ctx) {
    await ctx.ensureBuilt();
    const bareDir = join(tmpdir(), `pulse-bench-bare-${process.pid}`);
    ctx.log('  building the bare VKUI app…');
    await buildBareApp(bareDir);
    const app = await serveStatic(ctx.buildDir, { gzip: true });
    const bare = await serveStatic(bareDir, { gzip: true });
    try {
      const browser = await ctx.browser();
      // Interleaved, so that a busy moment of the machine hits both alike.
      const pairs = await series(
        ctx,
        'mobile',
        RUNS,
        async () => ({
          bare: await loadOnce(browser, bare.url + '/', BARE_SELECTOR, MOBILE),
          app: await loadOnce(browser, app.url + APP_QUERY, APP_SELECTOR, MOBILE),
        }),
        (p) => `bare ${showLoad(p.bare)}; app ${showLoad(p.app)}`,
      );
      const rural = await series(
        ctx,
        'rural',
        SLOW_RUNS,
        () => loadOnce(browser, app.url + APP_QUERY, APP_SELECTOR, RURAL),
        showLoad,
      );
      const demoFiles = demoFilesOf(ctx.buildDir);
      const vk = await series(
        ctx,
        'vk launch',
        SLOW_RUNS,
        () => vkLaunchOnce(browser, app.url, MOBILE, demoFiles),
        (r) =>
          `first API request at ${r.firstApiMs.toFixed(0)} ms; ` +
          r.log.map((c) => `${c.method} ${c.sent.toFixed(0)}→${c.answered?.toFixed(0) ?? '…'}`).join(', '),
      );

      const med = <T>(rs: T[], pick: (r: T) => number | null) => {
        const v = rs.map(pick).filter((x): x is number => x !== null);
        return v.length > 0 ? median(v) : null;
      };
      const bareRuns = pairs.map((p) => p.bare);
      const appRuns = pairs.map((p) => p.app);
      const bareMs = med(bareRuns, (r) => r.contentMs)!;
      const appMs = med(appRuns, (r) => r.contentMs)!;
      const ratio = appMs / bareMs;
      // Each pair ran back to back, so a slow moment of the machine slows both of it: the median of
      // the pairs' own ratios is steadier from run to run than the ratio of the two medians.
      const pairRatio = median(pairs.map((p) => p.app.contentMs / p.bare.contentMs));
      const side = (label: string, key: string, runs: LoadRun[], what: string): Figure[] => [
        {
          key: `firstload.${key}.content`,
          label: `${label}: ${what}, median`,
          value: med(runs, (r) => r.contentMs),
          unit: 'ms',
        },
        {
          key: `firstload.${key}.fcp`,
          label: `${label}: first paint`,
          value: med(runs, (r) => r.fcpMs),
          unit: 'ms',
        },
        {
          key: `firstload.${key}.bytes`,
          label: `${label}: bytes moved`,
          value: med(runs, (r) => r.bytes),
          unit: 'bytes',
        },
        {
          key: `firstload.${key}.requests`,
          label: `${label}: requests`,
          value: med(runs, (r) => r.requests),
          unit: 'count',
          note: `${med(runs, (r) => r.js)} JS, ${med(runs, (r) => r.css)} CSS`,
        },
      ];
      const figures: Figure[] = [
        ...side('bare VKUI app', 'bare', bareRuns, 'cells visible'),
        ...side('demo scorecard', 'app', appRuns, 'verdict visible'),
        {
          key: 'firstload.ratio',
          label: `scorecard ÷ bare app, time (target ≤ ${TARGET_RATIO}×)`,
          value: ratio,
          unit: 'ratio',
          status: ratio <= TARGET_RATIO ? 'OK' : 'OVER',
          note: `bytes ${(med(appRuns, (r) => r.bytes)! / med(bareRuns, (r) => r.bytes)!).toFixed(2)}×`,
        },
        {
          key: 'firstload.pairRatio',
          label: `scorecard ÷ bare app, median of the ${pairs.length} pairs (target ≤ ${TARGET_RATIO}×)`,
          value: pairRatio,
          unit: 'ratio',
          status: pairRatio <= TARGET_RATIO ? 'OK' : 'OVER',
        },
        {
          key: 'firstload.rural.fcp',
          label: 'rural line: first paint',
          value: med(rural, (r) => r.fcpMs),
          unit: 'ms',
        },
        {
          key: 'firstload.rural.content',
          label: 'rural line: verdict visible',
          value: med(rural, (r) => r.contentMs),
          unit: 'ms',
        },
        {
          key: 'firstload.vk.firstApi',
          label: 'VK launch: first API request at',
          value: med(vk, (r) => r.firstApiMs),
          unit: 'ms',
        },
        {
          key: 'firstload.vk.callsBefore',
          label: 'VK launch: bridge calls before it',
          value: med(vk, (r) => r.callsBefore),
          unit: 'count',
          note: vk[0]?.methods.join(', '),
        },
        {
          key: 'firstload.vk.serialBefore',
          label: 'VK launch: bridge round trips it waited for in a row',
          value: med(vk, (r) => r.serialBefore),
          unit: 'count',
        },
        {
          key: 'firstload.vk.demoRequests',
          label: 'VK launch: requests for the demo chunk',
          value: Math.max(...vk.map((r) => r.demoRequests)),
          unit: 'count',
          status: vk.every((r) => r.demoRequests === 0) ? 'OK' : 'OVER',
        },
      ];
      return {
        figures,
        notes: [
          `Chromium ${browser.version()}, 390×844, a fresh context per run; medians of ${RUNS} interleaved runs ` +
            `(rural line and VK launch: ${SLOW_RUNS}). Time = navigation start → the content visible.`,
          `mobile = Lighthouse's profile over CDP: ${MOBILE.latencyMs} ms round trip, 1.6 Mbit/s down, ` +
            `${MOBILE.cpuSlowdown}× CPU; rural line = ${RURAL.latencyMs} ms, 400 kbit/s, ${RURAL.cpuSlowdown}× CPU.`,
          `app: ${APP_QUERY}; bare app: scripts/bench/bare-app, built with vite, the same packages and VKUI alias.`,
          'bytes = on the wire (gzip, headers included) for the requests sent before the content showed.',
          `VK launch: ${VK_QUERY.slice(2, 60)}…, a bridge stub answering each call after ${BRIDGE_DELAY_MS} ms.`,
        ],
        json: {
          firstload: {
            bare: bareRuns,
            app: appRuns,
            rural,
            vk,
          },
        },
      };
    } finally {
      await app.close();
      await bare.close();
      rmSync(bareDir, { recursive: true, force: true });
    }
  },
};
