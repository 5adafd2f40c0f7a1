import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../../../src/vk/clock';
import { COMMUNITY_RPS, RATE_WINDOW_MS, USER_RPS } from '../../../src/vk/limits';
import { RateLimiter } from '../../../src/vk/rate-limiter';
import { maxInWindow } from './fake-vk';

async function startTimes(limit: number, n: number): Promise<number[]> {
  const clock = new VirtualClock(1_000_000);
  const limiter = new RateLimiter(clock, limit, RATE_WINDOW_MS);
  const starts: number[] = [];
  await Promise.all(
    Array.from({ length: n }, () => limiter.acquire().then(() => starts.push(clock.now() - 1_000_000))),
  );
  return starts;
}

describe('RateLimiter', () => {
  it('spreads 30 user-token requests over at least 9 virtual seconds, never more than 3 in a second', async () => {
    const starts = await startTimes(USER_RPS, 30);
    expect(starts).toHaveLength(30);
    expect(Math.max(...starts)).toBeGreaterThanOrEqual(9_000);
    expect(Math.max(...starts)).toBeLessThanOrEqual(10_000);
    expect(maxInWindow(starts, 1_000)).toBe(3);
  });

  it('lets a community token go 20 per second', async () => {
    const starts = await startTimes(COMMUNITY_RPS, 100);
    expect(maxInWindow(starts, 1_000)).toBe(20);
    expect(Math.max(...starts)).toBeGreaterThanOrEqual(4_000);
  });

  it('serves waiters in arrival order and does not wait when there is room', async () => {
    const clock = new VirtualClock(0);
    const limiter = new RateLimiter(clock, 2, 1_000);
    const order: number[] = [];
    await Promise.all([0, 1, 2, 3].map((i) => limiter.acquire().then(() => order.push(i))));
    expect(order).toEqual([0, 1, 2, 3]);
    const before = clock.now();
    clock.advance(5_000);
    await limiter.acquire();
    expect(clock.now()).toBe(before + 5_000);
  });
});
