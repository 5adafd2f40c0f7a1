// Time as a dependency: the rate limiter, retries and the fake API take a Clock, so tests and the
// benchmark run on a virtual clock (seconds of VK time, no real waiting) and results are reproducible.

export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};

/** Unix seconds on the clock. */
export function nowSeconds(clock: Clock): number {
  return Math.floor(clock.now() / 1000);
}

/** A clock that moves only when someone sleeps: sleeping advances time instantly. */
export class VirtualClock implements Clock {
  private t: number;
  constructor(startMs: number) {
    this.t = startMs;
  }
  now(): number {
    return this.t;
  }
  async sleep(ms: number): Promise<void> {
    const target = this.t + Math.max(0, ms);
    await Promise.resolve();
    // Concurrent sleepers: time only moves forward, to the latest deadline reached so far.
    this.t = Math.max(this.t, target);
  }
  /** Moves time forward without sleeping (tests). */
  advance(ms: number): void {
    this.t += Math.max(0, ms);
  }
}
