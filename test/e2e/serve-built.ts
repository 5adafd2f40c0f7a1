// Serving the BUILT app and launching Debian's Chromium: shared by the end-to-end tests
// (test/e2e/global-setup.ts, test/e2e/harness.ts) and the bench (scripts/bench/). No vitest here,
// so plain scripts can import it.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The folder VK hosting uploads, as vite.config.ts builds it: vk-hosting-config.json → static_path.
 * E2E_BUILD_DIR points elsewhere (a build made with `npx vite build --outDir DIR`, so two people can
 * build and test at once).
 */
export function buildDir(): string {
  if (process.env.E2E_BUILD_DIR) return resolve(process.env.E2E_BUILD_DIR);
  const hosting = JSON.parse(readFileSync(join(REPO_ROOT, 'vk-hosting-config.json'), 'utf8')) as {
    static_path: string;
  };
  return resolve(REPO_ROOT, hosting.static_path);
}

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * Flags that work on our machines (see the machine notes): no sandbox (we run as root), no GPU, and
 * no background traffic, which the closed network would refuse over and over.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--disable-dev-shm-usage',
  '--mute-audio',
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `${CHROMIUM_PATH} not found: run "node scripts/ensure-chromium.mjs" (Debian's chromium).`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS],
    timeout: 60_000,
  });
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  /** Origin without a trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  close(): Promise<void>;
}

/** Text files the first-load bench sends gzip-compressed, as common hosting does. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt']);

export interface ServeOptions {
  port?: number;
  /**
   * Send text files gzip-compressed (zlib level 6, what common hosting uses) to clients that accept
   * it, so the bytes on the wire are those a phone would fetch (the first-load bench).
   */
  gzip?: boolean;
}

/**
 * A tiny static server for the built app: GET/HEAD only, no caching, paths confined to `root`, and
 * index.html for unknown extension-less paths (as a single-page app expects).
 */
export async function serveStatic(
  root: string,
  { port = 0, gzip = false }: ServeOptions = {},
): Promise<StaticServer> {
  const compressed = new Map<string, Buffer>();
  const base = resolve(root);
  if (!existsSync(join(base, 'index.html'))) {
    throw new Error(`${join(base, 'index.html')} not found: build the app first ("npx vite build").`);
  }

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    let file = normalize(join(base, pathname));
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end();
      return;
    }
    let stat = existsSync(file) ? statSync(file) : null;
    if (stat?.isDirectory()) {
      file = join(file, 'index.html');
      stat = existsSync(file) ? statSync(file) : null;
    }
    if (!stat && extname(pathname) === '') {
      file = join(base, 'index.html');
      stat = statSync(file);
    }
    if (!stat?.isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const ext = extname(file).toLowerCase();
    const headers = { 'Content-Type': MIME[ext] ?? 'application/octet-stream', 'Cache-Control': 'no-store' };
    if (gzip && COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      let body = compressed.get(file);
      if (!body) compressed.set(file, (body = gzipSync(readFileSync(file), { level: 6 })));
      res.writeHead(200, {
        ...headers,
        'Content-Length': body.length,
        'Content-Encoding': 'gzip',
        Vary: 'Accept-Encoding',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    res.writeHead(200, { ...headers, 'Content-Length': stat.size });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  };

  const server = createServer(handle);
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok());
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

/** "?demo=1", "demo=1", "/?demo=1", "/some/path?x=1" → an absolute URL on `origin`. */
export function appUrl(origin: string, query: string): string {
  const q = query.trim();
  if (q === '' || q === '/') return `${origin}/`;
  if (q.startsWith('/')) return `${origin}${q}`;
  if (q.startsWith('?') || q.startsWith('#')) return `${origin}/${q}`;
  return `${origin}/?${q}`;
}
