// The fake VK API served over HTTP on localhost, as the live report CLI sees VK: the `demo:api`
// server (src/cli/demo-api-server.ts) on a free port.
import { startDemoApi, type DemoApiServer } from '../../../src/cli/demo-api-server';

export type FakeHttpVk = DemoApiServer;

export function serveFakeVk(options: { seed: number; now: number }): Promise<FakeHttpVk> {
  return startDemoApi(options);
}
