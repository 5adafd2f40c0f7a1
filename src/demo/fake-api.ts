// The simulated VK API over a demo world: VK's methods, token rules, per-token rate limits on a
// (virtual) clock, `execute` through the VKScript interpreter, and reproducible fault injection.
// Answers are API bodies exactly as VK sends them: {response} / {response, execute_errors} / {error}.
import type { Clock } from '../vk/clock';
import { APP_METHODS } from './api-app';
import { GROUP_METHODS } from './api-groups';
import { ApiFailure, invalid } from './api-support';
import type { Auth, Ctx, Handler, Params } from './api-support';
import { WALL_METHODS } from './api-wall';
import { userOf } from './crowd';
import { Rng, hash32 } from './prng';
import { createMemoryStorage } from './storage';
import type { StorageBackend } from './storage';
import { VkScriptError, runVkScript } from './vkscript';
import type { CallResult, ExecuteError } from './vkscript';
import type { DemoWorld } from './world-types';

export type { ExecuteError } from './vkscript';

export interface ApiErrorBody {
  /** VK's schema requires it on base_error; live VK omits it. Harmless to readers. */
  inner_type: 'base_error';
  error_code: number;
  error_msg: string;
  error_subcode?: number;
  /** The request's parameters, access_token excluded (as VK does). */
  request_params: { key: string; value: string }[];
}

export type ApiBody = { response: unknown; execute_errors?: ExecuteError[] } | { error: ApiErrorBody };

export type FaultKind = 'rate' | 'internal' | 'network' | 'slow';
export const FAULT_KINDS: readonly FaultKind[] = ['rate', 'internal', 'network', 'slow'];

export interface FaultOptions {
  /** Share of requests that fail, 0…1. */
  rate: number;
  seed: number;
  kinds?: readonly FaultKind[];
}

export interface FakeVkOptions {
  clock: Clock;
  faults?: FaultOptions;
  /** Delay of a 'slow' fault (default 5000 ms). */
  slowMs?: number;
  /** Delay of every request (default 0). */
  latencyMs?: number;
  storage?: StorageBackend;
}

/** The connection dropped: no answer reached the app. `afterProcessing`: VK did handle the request. */
export class FakeNetworkError extends Error {
  override readonly name = 'FakeNetworkError';
  constructor(readonly afterProcessing: boolean) {
    super(afterProcessing ? 'Network error: the answer was lost' : 'Network error: the request was lost');
  }
}

export interface FakeVk {
  readonly world: DemoWorld;
  readonly storage: StorageBackend;
  request(method: string, params: Record<string, string | number>): Promise<ApiBody>;
  /** Issues a user token (what VKWebAppGetAuthToken returns). */
  userToken(userId: number, scopes: readonly string[]): string;
  /** Issues a community token (what VKWebAppGetCommunityToken returns). */
  communityToken(groupId: number, scopes: readonly string[]): string;
  /** Requests received so far, faulted ones included. */
  readonly requestCount: number;
}

export const USER_SCOPES = [
  'friends',
  'photos',
  'video',
  'stories',
  'pages',
  'status',
  'notes',
  'wall',
  'docs',
  'groups',
  'stats',
  'market',
];
export const COMMUNITY_SCOPES = ['stories', 'photos', 'app_widget', 'messages', 'docs', 'manage'];
export const USER_RPS = 3;
export const COMMUNITY_RPS = 20;
export const EXECUTE_MAX_RESPONSE_BYTES = 5 * 1024 * 1024;

type TokenRule = 'user' | 'community' | 'both';
const USER_ONLY = new Set([
  'wall.get',
  'wall.getById',
  'wall.getComments',
  'likes.getList',
  'stats.get',
  'groups.get',
]);
const COMMUNITY_ONLY = new Set(['appWidgets.update']);
const HANDLERS: Record<string, Handler> = { ...WALL_METHODS, ...GROUP_METHODS, ...APP_METHODS };

function ruleOf(method: string): TokenRule {
  return USER_ONLY.has(method) ? 'user' : COMMUNITY_ONLY.has(method) ? 'community' : 'both';
}

const KIND_PREFIX = { user: 'demo-user', community: 'demo-community' } as const;

function signature(seed: number, kind: string, id: number, scopes: string): string {
  return hash32('demo-token-v1', seed, kind, id, scopes).toString(36);
}

function scopeString(scopes: readonly string[]): string {
  const list = [...new Set(scopes)].sort();
  return list.length === 0 ? 'basic' : list.join('-');
}

export function createFakeVk(world: DemoWorld, options: FakeVkOptions): FakeVk {
  const { clock } = options;
  const storage = options.storage ?? createMemoryStorage();
  const slowMs = options.slowMs ?? 5000;
  const latencyMs = options.latencyMs ?? 0;
  const faults = options.faults;
  const faultRng = faults ? new Rng(hash32('faults', faults.seed)) : null;
  const recent = new Map<string, number[]>();
  let requestCount = 0;

  const issue = (
    kind: 'user' | 'community',
    id: number,
    scopes: readonly string[],
    allowed: readonly string[],
  ) => {
    const unknown = scopes.filter((s) => !allowed.includes(s));
    if (unknown.length > 0) throw new RangeError(`Unknown ${kind} scopes: ${unknown.join(',')}`);
    const s = scopeString(scopes);
    return `${KIND_PREFIX[kind]}.${id}.${s}.${signature(world.seed, kind, id, s)}`;
  };

  const parseToken = (token: string): Auth | null => {
    const m = /^demo-(user|community)\.(\d+)\.([a-z_-]+)\.([0-9a-z]+)$/.exec(token);
    if (!m) return null;
    const kind = m[1] as 'user' | 'community';
    const id = Number(m[2]);
    const scopes = m[3] ?? 'basic';
    if (signature(world.seed, kind, id, scopes) !== m[4]) return null;
    if (kind === 'user' && userOf(world, id)?.deactivated !== null) return null;
    if (kind === 'community') {
      const page = world.pageById.get(id);
      if (!page || page.deactivated) return null;
    }
    return { kind, id, scopes: new Set(scopes === 'basic' ? [] : scopes.split('-')) };
  };

  /** Sliding one-second window per token; only accepted requests count. */
  const admit = (token: string, auth: Auth): boolean => {
    const t = clock.now();
    const limit = auth.kind === 'user' ? USER_RPS : COMMUNITY_RPS;
    const times = (recent.get(token) ?? []).filter((x) => x > t - 1000);
    if (times.length >= limit) {
      recent.set(token, times);
      return false;
    }
    times.push(t);
    recent.set(token, times);
    return true;
  };

  const call = (method: string, p: Params, inner: boolean): ApiBody => {
    const request_params = [
      { key: 'method', value: method },
      { key: 'oauth', value: '1' },
      ...Object.entries(p)
        .filter(([k]) => k !== 'access_token')
        .map(([key, value]) => ({ key, value })),
    ];
    const fail = (code: number, msg: string, subcode?: number): ApiBody => ({
      error: {
        inner_type: 'base_error',
        error_code: code,
        error_msg: msg,
        ...(subcode ? { error_subcode: subcode } : {}),
        request_params,
      },
    });
    if (!inner && !p['v']) return fail(8, 'Invalid request: v (version) is required');
    const handler = method !== 'execute' && Object.hasOwn(HANDLERS, method) ? HANDLERS[method] : undefined;
    if (method !== 'execute' && !handler) return fail(3, 'Unknown method passed');
    const token = p['access_token'];
    if (!token) return fail(5, 'User authorization failed: no access_token passed.');
    const auth = parseToken(token);
    if (!auth) return fail(5, 'User authorization failed: invalid access_token (4).');
    if (!inner && !admit(token, auth)) return fail(6, 'Too many requests per second');
    const rule = ruleOf(method);
    if (rule === 'user' && auth.kind === 'community')
      return fail(27, 'Group authorization failed: method is unavailable with group auth.');
    if (rule === 'community' && auth.kind === 'user')
      return fail(15, 'Access denied: this method is available only with group auth');
    const innerCall = (m: string, params: Record<string, string>): CallResult => {
      const body = call(m, { ...params, access_token: token, v: p['v'] ?? '5.199' }, true);
      return 'error' in body
        ? { ok: false, code: body.error.error_code, msg: body.error.error_msg }
        : { ok: true, value: body.response };
    };
    const ctx: Ctx = { world, auth, now: Math.floor(clock.now() / 1000), storage, inner: innerCall };
    try {
      if (method === 'execute') return execute(ctx, p, innerCall);
      return { response: (handler as Handler)(ctx, p) };
    } catch (err) {
      if (err instanceof ApiFailure) return fail(err.code, err.msg, err.subcode);
      if (err instanceof VkScriptError) return fail(err.code, err.message);
      throw err;
    }
  };

  const drawFault = (): { kind: FaultKind; after: boolean } | null => {
    if (!faults || !faultRng) return null;
    // Three draws per request whatever happens, so the fault sequence depends only on the seed.
    const u = faultRng.float();
    const k = faultRng.float();
    const a = faultRng.float();
    const kinds = faults.kinds && faults.kinds.length > 0 ? faults.kinds : FAULT_KINDS;
    if (u >= faults.rate) return null;
    return { kind: kinds[Math.floor(k * kinds.length)] ?? 'internal', after: a < 0.5 };
  };

  const errorOnly = (method: string, p: Params, code: number, msg: string): ApiBody => ({
    error: {
      inner_type: 'base_error',
      error_code: code,
      error_msg: msg,
      request_params: [
        { key: 'method', value: method },
        ...Object.entries(p)
          .filter(([k]) => k !== 'access_token')
          .map(([key, value]) => ({ key, value })),
      ],
    },
  });

  return {
    world,
    storage,
    get requestCount() {
      return requestCount;
    },
    userToken: (userId, scopes) => issue('user', userId, scopes, USER_SCOPES),
    communityToken: (groupId, scopes) => issue('community', groupId, scopes, COMMUNITY_SCOPES),
    async request(method, params) {
      const p: Params = {};
      for (const [k, v] of Object.entries(params)) p[k] = String(v);
      requestCount++;
      const fault = drawFault();
      if (latencyMs > 0) await clock.sleep(latencyMs);
      if (fault?.kind === 'network' && !fault.after) throw new FakeNetworkError(false);
      if (fault?.kind === 'slow') await clock.sleep(slowMs);
      if (fault?.kind === 'rate') return errorOnly(method, p, 6, 'Too many requests per second');
      if (fault?.kind === 'internal') return errorOnly(method, p, 10, 'Internal server error');
      const body = call(method, p, false);
      if (fault?.kind === 'network') throw new FakeNetworkError(true);
      return body;
    },
  };
}

function execute(
  ctx: Ctx,
  p: Params,
  innerCall: (m: string, params: Record<string, string>) => CallResult,
): ApiBody {
  const code = p['code'];
  if (code === undefined || code === '') throw invalid('code is undefined');
  const { response, executeErrors } = runVkScript(code, innerCall);
  const json = JSON.stringify(response ?? null);
  const big =
    json.length * 3 > EXECUTE_MAX_RESPONSE_BYTES &&
    new TextEncoder().encode(json).length > EXECUTE_MAX_RESPONSE_BYTES;
  if (big) {
    throw new ApiFailure(13, 'Runtime error occurred during code invocation: response size is too big');
  }
  return executeErrors.length > 0 ? { response, execute_errors: executeErrors } : { response };
}
