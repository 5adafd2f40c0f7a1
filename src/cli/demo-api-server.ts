// The demo world's fake VK API over HTTP, as VK serves its own: `POST /method/<name>` with a
// form-encoded body, `{"response": …}` or `{"error": …}` in JSON. Any user token is the demo viewer's
// (every user right); `demo-community-<group id>` is that page's community token (every community
// right). The world's clock starts at its `now` and runs in real time, so VK's per-second limits meet
// the clients' real pacing. State (comments written, widgets) lives as long as the server.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { COMMUNITY_SCOPES, createFakeVk, USER_SCOPES, type FakeVk } from '../demo/fake-api';
import { generateWorld } from '../demo/world';
import type { Clock } from '../vk/clock';

export interface DemoApiServer {
  api: FakeVk;
  /** e.g. http://127.0.0.1:40123/method/ */
  baseUrl: string;
  port: number;
  /** Every request as received, in memory only (tests check where the token travelled). */
  received: Array<{ url: string; method: string; params: Record<string, string> }>;
  close(): Promise<void>;
}

export interface DemoApiOptions {
  seed: number;
  /** Unix seconds: the world's moment; the clock runs on from it. */
  now: number;
  /** 0: any free port. */
  port?: number;
  /** One line per call (the method, and for `execute` the methods inside it); never a token. */
  log?: (line: string) => void;
  /** The world's clock (tests move it); by default real time running on from `now`. */
  clock?: Clock;
}

const COMMUNITY_TOKEN = /^demo-community-(\d+)$/;

/** The methods an `execute` code calls, in order of first use: «API.wall.get(» → wall.get. */
export function methodsInCode(code: string): string[] {
  return [...new Set([...code.matchAll(/API\.([a-zA-Z]+\.[a-zA-Z]+)\s*\(/g)].map((m) => m[1] as string))];
}

/** The line logged for one call. */
export function callLine(method: string, params: Record<string, string>): string {
  if (method !== 'execute') return method;
  const inside = methodsInCode(params['code'] ?? '');
  return inside.length > 0 ? `execute: ${inside.join(', ')}` : 'execute';
}

export async function startDemoApi(options: DemoApiOptions): Promise<DemoApiServer> {
  const started = Date.now();
  const clock: Clock = options.clock ?? {
    now: () => options.now * 1000 + (Date.now() - started),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
  };
  const world = generateWorld({ seed: options.seed, now: options.now });
  const api = createFakeVk(world, { clock });
  const userToken = api.userToken(world.viewerId, USER_SCOPES);
  const communityTokens = new Map<number, string>();
  // The demo's own signed tokens pass as they are; a community token by name, any other as the viewer's.
  const tokenFor = (token: string | undefined): string | undefined => {
    if (
      token === undefined ||
      token === '' ||
      token.startsWith('demo-user.') ||
      token.startsWith('demo-community.')
    )
      return token;
    const community = COMMUNITY_TOKEN.exec(token);
    if (!community) return userToken;
    const groupId = Number(community[1]);
    if (!world.pageById.has(groupId)) return token; // VK answers «invalid access_token»
    if (!communityTokens.has(groupId))
      communityTokens.set(groupId, api.communityToken(groupId, COMMUNITY_SCOPES));
    return communityTokens.get(groupId);
  };
  const received: DemoApiServer['received'] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      const match = /^\/method\/([\w.]+)(\?.*)?$/.exec(req.url ?? '');
      if (req.method !== 'POST' || !match) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('POST /method/<name>\n');
        return;
      }
      const method = match[1] as string;
      const params = Object.fromEntries(new URLSearchParams(body));
      const { access_token: token, ...rest } = params;
      received.push({ url: req.url ?? '', method, params });
      options.log?.(callLine(method, rest));
      const mapped = tokenFor(token);
      api.request(method, mapped === undefined ? rest : { ...rest, access_token: mapped }).then(
        (answer) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer)),
        () => res.destroy(), // a simulated network drop
      );
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    api,
    baseUrl: `http://127.0.0.1:${port}/method/`,
    port,
    received,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
