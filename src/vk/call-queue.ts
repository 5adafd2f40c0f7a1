// One queue per token. Calls issued in the same task wait together, then leave in batches of up to 25:
// a batch of one goes out as a direct method call, a larger one as a single `execute`. Each queue has
// its own rate limiter; every request, retries included, takes a slot from it. A retryable failure
// (errors 6, 9, 10, network) sends each affected call back into the queue after a backoff, so a
// retried call may share its next request with others; the retry budget is per call.
import type { Clock } from './clock';
import { VK_AUTH_FAILED, VkApiError, VkTimeoutError, VkValidationError, isRetryable } from './errors';
import { EXECUTE_MAX_CALLS, RETRY_MAX, TIMEOUT_RETRY_MAX, backoffMs } from './limits';
import { applyPick, zipColumns, type ResponsePick } from './pick';
import type { RateLimiter } from './rate-limiter';
import type { VkApiBody, VkTransport, WireParams } from './transport';
import { buildExecuteScript } from './vkscript';

export interface QueuedCall<S extends string> {
  method: string;
  params: WireParams;
  pick: ResponsePick | undefined;
  scopes: readonly S[];
  /** Retries already spent on this call (whole-request failures and its own failures inside `execute`). */
  retries: number;
  /** Of those, retries after a timeout (at most TIMEOUT_RETRY_MAX). */
  timeoutRetries?: number;
  /** Validates the (zipped) result and settles the caller's promise. Errors get the caller's label later. */
  accept(value: unknown): void;
  reject(err: unknown): void;
}

export interface Counters {
  requests: number;
  calls: number;
  retries: number;
}

export interface QueueDeps<S extends string> {
  transport: VkTransport;
  clock: Clock;
  limiter: RateLimiter;
  token(scopes: readonly S[]): Promise<string>;
  forgetToken(token: string): void;
  counters: Counters;
}

/** Lets the current task finish, so calls issued in it join the same batch. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export class CallQueue<S extends string> {
  private readonly waiting: QueuedCall<S>[] = [];
  private draining = false;

  constructor(private readonly deps: QueueDeps<S>) {}

  push(call: QueuedCall<S>): void {
    this.waiting.push(call);
    if (!this.draining) {
      this.draining = true;
      void this.drain();
    }
  }

  private async drain(): Promise<void> {
    await nextTask();
    while (this.waiting.length > 0) {
      // While we wait for a slot, more calls arrive and join the next batch.
      await this.deps.limiter.acquire();
      const batch = this.takeBatch();
      // send() settles every call itself; this only guards against a bug leaving callers hanging.
      this.send(batch).catch((err: unknown) => batch.forEach((call) => call.reject(err)));
    }
    this.draining = false;
  }

  /** Up to 25 calls; a caller's own `execute` always travels alone. */
  private takeBatch(): QueuedCall<S>[] {
    const batch: QueuedCall<S>[] = [];
    while (batch.length < EXECUTE_MAX_CALLS && this.waiting.length > 0) {
      const next = this.waiting[0]!;
      if (next.method === 'execute' && batch.length > 0) break;
      batch.push(next);
      this.waiting.shift();
      if (next.method === 'execute') break;
    }
    return batch;
  }

  private async send(batch: QueuedCall<S>[]): Promise<void> {
    const { transport, counters } = this.deps;
    let token: string;
    try {
      token = await this.deps.token([...new Set(batch.flatMap((call) => call.scopes))]);
    } catch (err) {
      for (const call of batch) call.reject(err);
      return;
    }
    const single = batch.length === 1 ? batch[0]! : null;
    const method = single ? single.method : 'execute';
    const params = single ? single.params : { code: buildExecuteScript(batch) };
    counters.requests += 1;
    counters.calls += batch.length;
    let body: VkApiBody;
    try {
      body = await transport.call(method, params, token);
    } catch (err) {
      if (err instanceof VkApiError && err.code === VK_AUTH_FAILED) this.deps.forgetToken(token);
      for (const call of batch) this.retryOrReject(call, err);
      return;
    }
    if (single) single.accept(single.pick ? applyPick(body.response, single.pick) : body.response);
    else this.route(batch, body, token);
  }

  /** Retryable failures send the call back to the queue after a backoff, within its retry budget. */
  private retryOrReject(call: QueuedCall<S>, err: unknown): void {
    if (!isRetryable(err) || call.retries >= RETRY_MAX || !this.mayRetryTimeout(call, err)) {
      call.reject(err);
      return;
    }
    this.deps.counters.retries += 1;
    const delay = backoffMs(call.retries);
    call.retries += 1;
    void this.deps.clock.sleep(delay).then(() => this.push(call));
  }

  /**
   * A timed-out call may already have been done by VK: only reads are repeated (a write such as
   * wall.createComment could be done twice), and at most TIMEOUT_RETRY_MAX times.
   */
  private mayRetryTimeout(call: QueuedCall<S>, err: unknown): boolean {
    if (!(err instanceof VkTimeoutError)) return true;
    const spent = call.timeoutRetries ?? 0;
    if (!isRead(call.method) || spent >= TIMEOUT_RETRY_MAX) return false;
    call.timeoutRetries = spent + 1;
    return true;
  }

  /** Hands each result of an `execute` to its caller; a `false` result takes the next execute_errors entry. */
  private route(batch: QueuedCall<S>[], body: VkApiBody, token: string): void {
    const results = body.response;
    if (!Array.isArray(results) || results.length !== batch.length) {
      const err = new VkValidationError({
        method: 'execute',
        path: ['response'],
        issue: `expected an array of ${batch.length} results`,
      });
      for (const call of batch) call.reject(err);
      return;
    }
    // VK may add a summary entry for `execute` itself after the calls' own entries: it matches no call.
    const errors = (body.execute_errors ?? []).filter((entry) => entry.method !== 'execute');
    let nextError = 0;
    batch.forEach((call, i) => {
      const value: unknown = results[i];
      const entry = value === false ? errors[nextError++] : undefined;
      if (entry === undefined) {
        call.accept(call.pick ? zipColumns(value, call.pick) : value);
        return;
      }
      if (entry.error_code === VK_AUTH_FAILED) this.deps.forgetToken(token);
      this.retryOrReject(
        call,
        new VkApiError({ code: entry.error_code, method: entry.method, vkMessage: entry.error_msg }),
      );
    });
  }
}

/** Methods that only read (`wall.get`, `groups.isMember`, `storage.get`, `utils.resolveScreenName`…). */
export function isRead(method: string): boolean {
  return /^[a-z]+\.(get|is|search|resolve)[A-Za-z]*$/.test(method);
}
