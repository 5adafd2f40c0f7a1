// Sliding-window rate limiter on the injected Clock: at most `limit` requests start in any window of
// `windowMs`. A classic token bucket (capacity N, refill N/s) would allow up to 2N−1 starts within one
// second at the edge of a burst, which is exactly what earns error 6; a window log cannot.
import type { Clock } from './clock';

export class RateLimiter {
  /** Start times of the most recent requests, oldest first; never longer than `limit`. */
  private readonly starts: number[] = [];
  /** Waiters are served in arrival order. */
  private turn: Promise<void> = Promise.resolve();

  constructor(
    private readonly clock: Clock,
    private readonly limit: number,
    private readonly windowMs: number,
  ) {
    if (!Number.isInteger(limit) || limit < 1)
      throw new RangeError(`limit must be a positive integer, got ${limit}`);
  }

  /** Resolves when one more request may start now, and counts it as started. */
  acquire(): Promise<void> {
    const mine = this.turn.then(() => this.waitForSlot());
    this.turn = mine;
    return mine;
  }

  private async waitForSlot(): Promise<void> {
    for (;;) {
      const now = this.clock.now();
      while (this.starts.length > 0 && this.starts[0]! + this.windowMs <= now) this.starts.shift();
      if (this.starts.length < this.limit) {
        this.starts.push(now);
        return;
      }
      // Re-check after waking: a virtual clock may jump further than asked, never less.
      await this.clock.sleep(this.starts[0]! + this.windowMs - now);
    }
  }
}
