// The VK API client every feature uses: call() for one method, paginate() for offset/count lists.
// Behind them: a queue and a rate limiter per token, batching into `execute`, bounded retries with
// backoff, typed errors carrying the caller's label, and zod validation of every response.
import { z } from 'zod/mini';
import type { BridgeLike } from './bridge-like';
import { CallQueue, type Counters } from './call-queue';
import type { Clock } from './clock';
import { validationError, withLabel } from './errors';
import { COMMUNITY_RPS, PAGE_SIZES, RATE_WINDOW_MS, USER_RPS } from './limits';
import { assertValidPick, type ResponsePick } from './pick';
import { RateLimiter } from './rate-limiter';
import type { CommunityScope, TokenProvider, UserScope } from './tokens';
import { createBridgeTransport, type VkTransport } from './transport';
import { assertValidMethod, normalizeParams, type CallParams } from './vkscript';

interface CallTarget {
  /** Which token the call needs; 'user' by default. */
  token?: 'user' | 'community';
  /** User-token scopes the call needs (asked for once, on first need). */
  scopes?: readonly UserScope[];
  /** The community whose token to use; required with token: 'community'. */
  groupId?: number;
  /** Community-token scopes the call needs. */
  communityScopes?: readonly CommunityScope[];
  /** What the call concerns (e.g. a page's name); carried into errors so the UI can show them there. */
  label?: string;
}

export interface VkCallRequest<T> extends CallTarget {
  method: string;
  params?: CallParams;
  schema: z.ZodMiniType<T>;
  /** Top-level fields to keep; lists of objects travel as columns inside `execute`. */
  pick?: ResponsePick;
}

export interface VkPaginateRequest<T> extends CallTarget {
  /** An offset/count method: wall.get, wall.getComments, likes.getList, groups.getMembers, … */
  method: string;
  /** Everything except offset and count. */
  params?: CallParams;
  /** Schema of one element of `items`. */
  item: z.ZodMiniType<T>;
  /** Fields to keep from every item (omit for lists of ids, or to keep whole objects). */
  fields?: readonly string[];
  /** Defaults to the method's maximum (limits.ts PAGE_SIZES). */
  pageSize?: number;
  /** Stop after this many items (default: all `count`). */
  limit?: number;
}

export interface VkPage<T> {
  /** `count` as the first page reported it. */
  count: number;
  items: T[];
}

export interface VkApiStats {
  /** HTTP-level requests sent (an execute counts 1; each retry counts again). */
  requests: number;
  /** Method calls carried by those requests. */
  calls: number;
  /** Retries scheduled (whole requests and single calls inside execute). */
  retries: number;
  /** call()s that ended in an error. */
  errors: number;
}

export interface VkApi {
  call<T>(req: VkCallRequest<T>): Promise<T>;
  paginate<T>(req: VkPaginateRequest<T>): Promise<VkPage<T>>;
  stats(): VkApiStats;
}

export type CreateVkApiOptions = (
  { bridge: BridgeLike; transport?: undefined } | { transport: VkTransport }
) & {
  tokens: TokenProvider;
  clock: Clock;
};

export function createVkApi(options: CreateVkApiOptions): VkApi {
  const transport = options.transport ?? createBridgeTransport(options.bridge);
  const { tokens, clock } = options;
  const counters: Counters = { requests: 0, calls: 0, retries: 0 };
  let errors = 0;
  const forgetToken = (token: string) => tokens.forget(token);

  const userQueue = new CallQueue<UserScope>({
    transport,
    clock,
    counters,
    forgetToken,
    limiter: new RateLimiter(clock, USER_RPS, RATE_WINDOW_MS),
    token: (scopes) => tokens.getUserToken(scopes),
  });
  const communityQueues = new Map<number, CallQueue<CommunityScope>>();
  const communityQueue = (groupId: number): CallQueue<CommunityScope> => {
    let queue = communityQueues.get(groupId);
    if (!queue) {
      queue = new CallQueue<CommunityScope>({
        transport,
        clock,
        counters,
        forgetToken,
        limiter: new RateLimiter(clock, COMMUNITY_RPS, RATE_WINDOW_MS),
        token: (scopes) => tokens.getCommunityToken(groupId, scopes),
      });
      communityQueues.set(groupId, queue);
    }
    return queue;
  };

  /** Identical reads in flight: one request, its raw answer shared (each caller validates its own way). */
  const inFlight = new Map<string, Promise<unknown>>();

  async function enqueue<T>(req: VkCallRequest<T>): Promise<T> {
    assertValidMethod(req.method);
    if (req.pick) assertValidPick(req.pick);
    const params = normalizeParams(req.params);
    const key = isSharedRead(req.method) ? readKey(req, params) : null;
    let raw = key === null ? undefined : inFlight.get(key);
    if (!raw) {
      raw = send(req, params, () => key !== null && inFlight.delete(key));
      if (key !== null) inFlight.set(key, raw);
    }
    const value = await raw;
    const parsed = req.schema.safeParse(value);
    if (!parsed.success) throw validationError(req.method, parsed.error);
    return parsed.data;
  }

  /**
   * Queues one call. `settled` runs the moment its answer or error arrives (before anyone awaiting it
   * resumes), so a read issued after a write that was answered together never shares the older read.
   */
  async function send(
    req: VkCallRequest<unknown>,
    params: ReturnType<typeof normalizeParams>,
    settled: () => void,
  ): Promise<unknown> {
    const call = { method: req.method, params, pick: req.pick, retries: 0 };
    const accept = (resolve: (value: unknown) => void) => (value: unknown) => {
      settled();
      resolve(value);
    };
    const reject = (fail: (err: unknown) => void) => (err: unknown) => {
      settled();
      fail(err);
    };
    try {
      if (req.token === 'community') {
        const { groupId } = req;
        if (groupId === undefined || !Number.isInteger(groupId) || groupId <= 0) {
          throw new TypeError(`${req.method}: a community token needs a positive groupId`);
        }
        const scopes = req.communityScopes ?? [];
        // Ask for the token before queueing: a refused scope fails only the calls that need it.
        await tokens.getCommunityToken(groupId, scopes);
        return await new Promise((resolve, fail) => {
          communityQueue(groupId).push({ ...call, scopes, reject: reject(fail), accept: accept(resolve) });
        });
      }
      const scopes = req.scopes ?? [];
      await tokens.getUserToken(scopes);
      return await new Promise((resolve, fail) => {
        userQueue.push({ ...call, scopes, reject: reject(fail), accept: accept(resolve) });
      });
    } catch (err) {
      // Errors before the call reached the queue (a refused token, a bad request).
      settled();
      throw err;
    }
  }

  async function call<T>(req: VkCallRequest<T>): Promise<T> {
    try {
      return await enqueue(req);
    } catch (err) {
      errors += 1;
      throw withLabel(err, req.label ?? null);
    }
  }

  async function paginate<T>(req: VkPaginateRequest<T>): Promise<VkPage<T>> {
    const pageSize = req.pageSize ?? PAGE_SIZES[req.method];
    if (pageSize === undefined || !Number.isInteger(pageSize) || pageSize < 1) {
      throw new TypeError(`paginate: no page size for ${req.method}`);
    }
    const limit = req.limit ?? Number.POSITIVE_INFINITY;
    if (!(limit >= 1)) throw new TypeError(`paginate: limit must be at least 1, got ${limit}`);
    const { method, params, item, fields, pageSize: _pageSize, limit: _limit, ...target } = req;
    const schema = z.object({ count: z.int().check(z.nonnegative()), items: z.array(item) });
    const pick: ResponsePick | undefined = fields ? { count: true, items: fields } : undefined;
    const page = (offset: number, upTo: number) =>
      call({
        ...target,
        method,
        schema,
        pick,
        params: { ...params, offset, count: Math.min(pageSize, upTo - offset) },
      });

    const first = await page(0, limit);
    const total = Math.min(first.count, limit);
    const offsets: number[] = [];
    for (let offset = pageSize; offset < total; offset += pageSize) offsets.push(offset);
    // Issued together, so they share `execute` requests (25 pages each).
    const rest = await Promise.all(offsets.map((offset) => page(offset, total)));
    const items = [first, ...rest].flatMap((p) => p.items);
    return { count: first.count, items: items.slice(0, limit) };
  }

  return {
    call,
    paginate,
    stats: () => ({ ...counters, errors }),
  };
}

/**
 * Reads that may share one request when identical calls are in flight together (e.g. the subscriber's
 * home screen: the giveaway, quiz and leaderboard blocks read the same wall). VK Storage is left out:
 * a read queued after a write must see it.
 */
function isSharedRead(method: string): boolean {
  return /^(groups|wall|likes|users|stats|photos|utils)\.(get|is)[A-Za-z]*$/.test(method);
}

function readKey(req: VkCallRequest<unknown>, params: unknown): string {
  const { method, pick, token, groupId, scopes, communityScopes } = req;
  return JSON.stringify([
    method,
    params,
    pick ?? null,
    token ?? 'user',
    groupId ?? null,
    scopes ?? [],
    communityScopes ?? [],
  ]);
}
