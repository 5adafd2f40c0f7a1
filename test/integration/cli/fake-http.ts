// The fake VK API served over HTTP on localhost, as the live report CLI sees VK: `POST /method/<name>`
// with a form body, JSON answers. Its clock starts at the world's moment and runs in real time, so the
// fake's per-second limit meets the CLI's real pacing.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createFakeVk, type FakeVk } from '../../../src/demo/fake-api';
import { generateWorld } from '../../../src/demo/world';
import type { Clock } from '../../../src/vk/clock';

export interface FakeHttpVk {
  api: FakeVk;
  /** e.g. http://127.0.0.1:40123/method/ */
  baseUrl: string;
  /** Every request's method and parameters, as received. */
  received: Array<{ url: string; method: string; params: Record<string, string> }>;
  close(): Promise<void>;
}

export async function serveFakeVk(options: { seed: number; now: number }): Promise<FakeHttpVk> {
  const started = Date.now();
  const clock: Clock = {
    now: () => options.now * 1000 + (Date.now() - started),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
  };
  const api = createFakeVk(generateWorld(options), { clock });
  const received: FakeHttpVk['received'] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      const match = /^\/method\/([\w.]+)$/.exec(req.url ?? '');
      if (req.method !== 'POST' || !match) {
        res.writeHead(404).end();
        return;
      }
      const method = match[1] as string;
      const params = Object.fromEntries(new URLSearchParams(body));
      received.push({ url: req.url ?? '', method, params });
      api.request(method, params).then(
        (answer) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer)),
        () => res.destroy(), // a simulated network drop
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    api,
    baseUrl: `http://127.0.0.1:${port}/method/`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
